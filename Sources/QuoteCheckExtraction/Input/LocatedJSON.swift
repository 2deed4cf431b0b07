import QuoteCheckText

/// A JSON value read from one line of a JSON Lines file, with the byte offset in the line where
/// it starts, so that a problem with any field can be reported at its own column.
///
/// Both JSON Lines inputs read through it: article files (a bad field is reported at its value)
/// and annotated datasets, checked field by field. `JSONSerialization` gives neither positions
/// nor the difference between `1` and `1.0`, both of which those messages need.
public struct LocatedJSON: Sendable {
    /// The value itself.
    public indirect enum Value: Sendable {
        /// Members in the order written; a repeated key keeps every occurrence here.
        case object([Member])
        case array([LocatedJSON])
        case string(String)
        /// A string kept as its UTF-8 bytes (valid UTF-8, escapes resolved): the values of the
        /// top-level members `parse(_:keepingBytesOf:)` names. An article's text goes on as
        /// bytes, and making it a `String` first cost a validation pass over it.
        case stringBytes([UInt8])
        /// A number written without fraction or exponent that fits in `Int`.
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// One `"key": value` of an object.
    public struct Member: Sendable {
        public let key: String
        public let keyOffset: Int
        public let value: LocatedJSON
    }

    public let value: Value
    /// Byte offset of the value's first byte in its line.
    public let offset: Int

    /// What a value is, in words, for messages ("a string", "null").
    public var typeName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string, .stringBytes: return "a string"
        case .integer: return "an integer"
        case .number: return "a number with a fraction or exponent"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// The last value of `key` in an object (Python's `json` keeps the last one too).
    public subscript(key: String) -> LocatedJSON? {
        guard case let .object(members) = value else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// Parses one JSON text (a whole line), rejecting anything after the value. String values
    /// of the top-level object's members named in `keys` come as `.stringBytes`.
    public static func parse(_ bytes: [UInt8], keepingBytesOf keys: [String] = []) throws(JSONSyntaxError) -> LocatedJSON {
        let result: Result<LocatedJSON, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, bytesKeys: keys)
            do throws(JSONSyntaxError) {
                parser.skipSpace()
                let value = try parser.value(depth: 0)
                parser.skipSpace()
                if parser.position < buffer.count {
                    throw JSONSyntaxError(offset: parser.position, message: "extra data after the JSON value")
                }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Where and why a line is not JSON.
public struct JSONSyntaxError: Error, Sendable {
    /// Byte offset in the line.
    public let offset: Int
    public let message: String
}

/// A recursive-descent parser of RFC 8259 JSON over UTF-8 bytes. Like Python's `json`, it also
/// accepts `NaN`, `Infinity` and `-Infinity`, and rejects raw control characters in strings.
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Top-level member names whose string values are kept as bytes.
    let bytesKeys: [String]
    var position = 0
    static let maxDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>, bytesKeys: [String] = []) {
        self.bytes = bytes
        self.bytesKeys = bytesKeys
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, message: message)
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> LocatedJSON {
        guard depth < Self.maxDepth else { throw fail("nested too deeply") }
        let start = position
        guard let byte = current else { throw fail("expecting a value, found the end of the line") }
        switch byte {
        case UInt8(ascii: "{"): return LocatedJSON(value: try object(depth: depth), offset: start)
        case UInt8(ascii: "["): return LocatedJSON(value: try array(depth: depth), offset: start)
        case UInt8(ascii: "\""): return LocatedJSON(value: .string(try string()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return LocatedJSON(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return LocatedJSON(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return LocatedJSON(value: .null, offset: start)
        case UInt8(ascii: "N"): try literal("NaN"); return LocatedJSON(value: .number(.nan), offset: start)
        case UInt8(ascii: "I"): try literal("Infinity"); return LocatedJSON(value: .number(.infinity), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return LocatedJSON(value: try number(), offset: start)
        default: throw fail("expecting a value")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, bytes[position..<position + expected.count].elementsEqual(expected) else {
            throw fail("expecting a value")
        }
        position += expected.count
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> LocatedJSON.Value {
        position += 1
        var members: [LocatedJSON.Member] = []
        skipSpace()
        if current == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else {
                throw fail(current == nil ? "unterminated object: expecting a property name in double quotes"
                                          : "expecting a property name in double quotes")
            }
            let keyOffset = position
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw fail("expecting ':' after the property name") }
            position += 1
            skipSpace()
            if depth == 0, current == UInt8(ascii: "\""), bytesKeys.contains(key) {
                let start = position
                // Room for the rest of the line: the text is most of it.
                let text = try stringBytes(reserving: bytes.count - position)
                members.append(LocatedJSON.Member(key: key, keyOffset: keyOffset, value: LocatedJSON(value: .stringBytes(text), offset: start)))
            } else {
                members.append(LocatedJSON.Member(key: key, keyOffset: keyOffset, value: try value(depth: depth + 1)))
            }
            if try closes(UInt8(ascii: "}"), "object") { return .object(members) }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> LocatedJSON.Value {
        position += 1
        var items: [LocatedJSON] = []
        skipSpace()
        if current == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            if try closes(UInt8(ascii: "]"), "array") { return .array(items) }
        }
    }

    /// After a member or an item: true at the container's closing `mark`, false at a comma
    /// (either consumed); anything else is an error naming what was expected.
    private mutating func closes(_ mark: UInt8, _ container: String) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        let expected = "expecting ',' or '\(Character(Unicode.Scalar(mark)))'"
        switch current {
        case UInt8(ascii: ","): position += 1; return false
        case mark: position += 1; return true
        case nil: throw fail("unterminated \(container): \(expected)")
        default: throw fail(expected)
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        String(decoding: try stringBytes(reserving: 0), as: UTF8.self)
    }

    /// The bytes of the string at `position`, escapes resolved. They are valid UTF-8: the line
    /// was validated, plain runs end only at ASCII bytes, and an escape gives a whole scalar.
    private mutating func stringBytes(reserving capacity: Int) throws(JSONSyntaxError) -> [UInt8] {
        let start = position
        position += 1
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        while true {
            guard let byte = current else { throw fail("unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return out
            case UInt8(ascii: "\\"):
                position += 1
                guard let escape = current else { throw fail("unterminated string", at: start) }
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): try unicodeEscape(into: &out)
                default: throw fail("invalid escape in a string", at: position - 2)
                }
            case 0..<0x20:
                throw fail("control character in a string (write it as an escape)")
            default:
                // A run of plain bytes is copied at once: article texts are long and mostly plain.
                let end = position + JSONPlainBytes.prefixLength(UnsafeBufferPointer(rebasing: bytes[position...]))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<end]))
                position = end
            }
        }
    }

    /// The scalar of a `\uXXXX` escape (after `\u`), joining a surrogate pair; a lone surrogate,
    /// which no Swift string can hold, becomes U+FFFD.
    private mutating func unicodeEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = position - 2
        let high = try hex4(escapeStart)
        var scalarValue = high
        if (0xD800..<0xDC00).contains(high), position + 6 <= bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            let save = position
            position += 2
            let low = try hex4(escapeStart)
            if (0xDC00..<0xE000).contains(low) {
                scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            } else {
                position = save
            }
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    private mutating func hex4(_ escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("invalid \\u escape", at: escapeStart) }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    private mutating func number() throws(JSONSyntaxError) -> LocatedJSON.Value {
        let start = position
        if current == UInt8(ascii: "-") {
            position += 1
            if current == UInt8(ascii: "I") { try literal("Infinity"); return .number(-.infinity) }
        }
        guard let first = current, isDigit(first) else { throw fail("expecting a value", at: start) }
        position += 1
        if first != UInt8(ascii: "0") { while let byte = current, isDigit(byte) { position += 1 } }
        var isInteger = true
        if current == UInt8(ascii: "."), position + 1 < bytes.count, isDigit(bytes[position + 1]) {
            isInteger = false
            position += 1
            while let byte = current, isDigit(byte) { position += 1 }
        }
        if let byte = current, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            var probe = position + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            if probe < bytes.count, isDigit(bytes[probe]) {
                isInteger = false
                position = probe
                while let byte = current, isDigit(byte) { position += 1 }
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        return .number(Double(text) ?? .nan)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
