/// Appends JSON values to a byte buffer with keys in the order written: the seed schema's order
/// is part of the output contract, which `JSONEncoder` (alphabetical or unordered) cannot keep.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// One bit per open container (bit 0 the innermost): does its next value need a comma? A
    /// bit stack rather than an array, so writing a record allocates nothing but its bytes.
    private var needsComma: UInt64 = 0

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma <<= 1 }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma >>= 1 }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma <<= 1 }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma >>= 1 }
    /// Ends a JSON Lines record: the next value starts a new line, not a list.
    public mutating func newline() { bytes.append(UInt8(ascii: "\n")); needsComma &= ~1 }

    @_disfavoredOverload  // a literal key takes the `StaticString` one
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        endKey()
    }

    /// A key known at compile time: copied without looking for characters to escape, which
    /// the schema's key names do not have.
    public mutating func key(_ name: StaticString) {
        separate()
        name.withUTF8Buffer { buffer in
            assert(!buffer.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: buffer)
            bytes.append(UInt8(ascii: "\""))
        }
        endKey()
    }

    /// The key's colon; its value follows without a comma.
    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        needsComma &= ~1
    }

    public mutating func string(_ value: String?) {
        separate()
        if let value { appendString(value) } else { bytes.append(contentsOf: "null".utf8) }
    }
    public mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
    public mutating func double(_ value: Double) { separate(); bytes.append(contentsOf: String(value).utf8) }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // Field names are the schema's, known at compile time; a name made at run time goes through
    // `key(_:)` and a value method.
    public mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: StaticString, _ values: [String]) { key(name); strings(values) }
    public mutating func field(_ name: StaticString, _ value: Double) { key(name); double(value) }

    private mutating func separate() {
        if needsComma & 1 != 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
        needsComma |= 1
    }

    private mutating func appendString(_ value: String) {
        var value = value
        // `withUTF8` hands over the string's own bytes (native strings need no copy); most
        // strings need no escaping and are copied whole.
        value.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var clean = 0
            while clean < utf8.count {
                let byte = utf8[clean]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                clean += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<clean]))
            if clean < utf8.count { appendEscaped(UnsafeBufferPointer(rebasing: utf8[clean...])) }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
    }
}
