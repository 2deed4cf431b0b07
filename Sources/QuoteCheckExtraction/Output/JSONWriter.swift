import QuoteCheckText

/// Appends JSON values to a byte buffer with keys in the order written: the seed schema's order
/// is part of the output contract, which `JSONEncoder` (alphabetical or unordered) cannot keep.
///
/// The buffer is the writer's own memory rather than an `[UInt8]`: writing a record is a few
/// hundred one- and few-byte appends, and `Array.append` paid a uniqueness and capacity check
/// and a call for each (`extract` spent 9% of its instructions here). Non-copyable, so two
/// writers never share that memory.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// One bit per open container (bit 0 the innermost): does its next value need a comma? A
    /// bit stack rather than an array, so writing a record allocates nothing but its bytes.
    private var needsComma: UInt64 = 0

    /// A copy of what has been written.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// What has been written, handed on without a copy: the writer's memory passes to the
    /// result, which frees it. For a worker's records, which were copied twice on their way
    /// to standard output (about 2% of `extract`'s instructions).
    public consuming func finish() -> WrittenBytes {
        let written = WrittenBytes(taking: base, count: count)
        discard self
        return written
    }

    /// Hands what has been written to `output` as text and empties the buffer, once it holds at
    /// least `minimum` bytes; the document goes on where it was. For documents written in pieces.
    public mutating func handOn(atLeast minimum: Int = 0, to output: (String) -> Void) {
        guard count >= minimum, count > 0 else { return }
        output(String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self))
        count = 0
    }

    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never) private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Stores after the caller reserved room.
    @inline(__always) private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Stores a short piece (a key, a fixed piece of a record, an article id, a rule name: 2 to
    /// 64 bytes) after the caller reserved room: eight bytes at a time, the last eight
    /// overlapping the ones before (four and four below eight). Too short for a call into
    /// memcpy to pay, and a byte loop showed in profiles.
    @inline(__always) private mutating func putShort(_ start: UnsafePointer<UInt8>, _ length: Int) {
        let source = UnsafeRawPointer(start), target = UnsafeMutableRawPointer(base + count)
        if length >= 8 {
            var index = 0
            while index + 8 < length {
                target.storeBytes(of: source.loadUnaligned(fromByteOffset: index, as: UInt64.self), toByteOffset: index, as: UInt64.self)
                index += 8
            }
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 {
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self), toByteOffset: length - 4, as: UInt32.self)
        } else {
            for index in 0..<length {
                target.storeBytes(of: source.load(fromByteOffset: index, as: UInt8.self), toByteOffset: index, as: UInt8.self)
            }
        }
        count += length
    }

    @inline(__always) private mutating func put(_ first: UInt8, _ second: UInt8) {
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    @inline(__always) private mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        put(source, buffer.count)
    }

    /// Stores bytes after the caller reserved room: short ones (keys, ids, names, most cues)
    /// without a call, longer ones by memcpy.
    @inline(__always) private mutating func put(_ source: UnsafePointer<UInt8>, _ length: Int) {
        if length <= 64 {
            putShort(source, length)
        } else {
            (base + count).update(from: source, count: length)
            count += length
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    public mutating func beginObject() { separate(); append(UInt8(ascii: "{")); needsComma <<= 1 }
    public mutating func endObject() { append(UInt8(ascii: "}")); needsComma >>= 1 }
    public mutating func beginArray() { separate(); append(UInt8(ascii: "[")); needsComma <<= 1 }
    public mutating func endArray() { append(UInt8(ascii: "]")); needsComma >>= 1 }
    /// Ends a JSON Lines record: the next value starts a new line, not a list.
    public mutating func newline() { append(UInt8(ascii: "\n")); needsComma &= ~1 }

    @_disfavoredOverload  // a literal key takes the `StaticString` one
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        endKey()
    }

    /// A key known at compile time: copied without looking for characters to escape, which
    /// the schema's key names do not have.
    public mutating func key(_ name: StaticString) {
        assert(!name.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } })
        // Comma, quotes, name, colon: one capacity check, then plain stores.
        let length = name.utf8CodeUnitCount
        reserve(length + 6)
        if needsComma & 1 != 0 { put(UInt8(ascii: ","), UInt8(ascii: " ")) }
        put(UInt8(ascii: "\""))
        putShort(name.utf8Start, length)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"), UInt8(ascii: " "))
        needsComma &= ~1
    }

    /// The key's colon; its value follows without a comma.
    private mutating func endKey() {
        append(UInt8(ascii: ":"), UInt8(ascii: " "))
        needsComma &= ~1
    }

    public mutating func string(_ value: String?) {
        separate()
        if let value { appendString(value) } else { append("null") }
    }
    /// A string value given as its UTF-8 bytes (which must be valid UTF-8).
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        appendString(utf8)
    }
    public mutating func int(_ value: Int) {
        separate()
        appendInt(value)
    }

    private mutating func appendInt(_ value: Int) {
        // A sign and at most 20 digits: one capacity check, then the digits are counted and
        // written in place, last first, two at a time from a table (a record's offsets, line
        // and column run to four or five digits: a division and a store a digit cost 1.6% of
        // `extract`'s instructions).
        reserve(21)
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var rest = magnitude
        while rest >= 100 {
            digitCount += 2
            rest /= 100
        }
        if rest >= 10 { digitCount += 1 }
        var index = count + digitCount
        do {
            let pairs = Self.digitPairs.utf8Start
            while magnitude >= 100 {
                let pair = Int(magnitude % 100) &* 2
                magnitude /= 100
                index -= 2
                base[index] = pairs[pair]
                base[index + 1] = pairs[pair + 1]
            }
            if magnitude >= 10 {
                base[index - 2] = pairs[Int(magnitude) &* 2]
                base[index - 1] = pairs[Int(magnitude) &* 2 + 1]
            } else {
                base[index - 1] = UInt8(ascii: "0") + UInt8(magnitude)
            }
        }
        count += digitCount
    }

    /// "00", "01", … "99", one pair after another. A literal, so reading it is a constant address
    /// (a `static let` array was a lazy-initialisation check on every number).
    private static var digitPairs: StaticString { """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """ }

    public mutating func double(_ value: Double) { separate(); var text = String(value); text.withUTF8 { append($0) } }
    public mutating func bool(_ value: Bool) { separate(); append(value ? "true" : "false") }
    public mutating func null() { separate(); append("null") }
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // A value written whole from fixed pieces. A record's keys, commas and brackets are known at
    // compile time: writing them as a few fixed pieces, rather than a key, a separator test and
    // a bracket at a time, cut what a record cost to write by a third.

    /// Starts a value that the caller writes whole with the `fragment` methods: the writer puts
    /// only the comma before it, and trusts the pieces to make valid JSON.
    public mutating func beginFragments() { separate() }
    /// JSON text as it is: keys, punctuation, literals. Inlined, so that each piece's length is
    /// known where it is written and the copy is a few fixed moves.
    @inline(__always)
    public mutating func fragment(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        putShort(text.utf8Start, text.utf8CodeUnitCount)
    }
    @inline(__always)
    public mutating func fragment(_ encoded: EncodedJSONString) {
        encoded.bytes.withUnsafeBufferPointer { append($0) }
    }
    /// Bytes already encoded as a JSON value (an `EncodedJSONTable` entry).
    @inline(__always)
    public mutating func fragment(encoded: UnsafeBufferPointer<UInt8>) { append(encoded) }
    public mutating func fragment(int value: Int) { appendInt(value) }
    public mutating func fragment(string value: String) { appendString(value) }
    public mutating func fragment(string utf8: UnsafeBufferPointer<UInt8>) { appendString(utf8) }

    // Field names are the schema's, known at compile time; a name made at run time goes through
    // `key(_:)` and a value method.
    public mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: StaticString, _ values: [String]) { key(name); strings(values) }
    public mutating func field(_ name: StaticString, _ value: Double) { key(name); double(value) }

    private mutating func separate() {
        if needsComma & 1 != 0 {
            append(UInt8(ascii: ","), UInt8(ascii: " "))
        }
        needsComma |= 1
    }

    private mutating func appendString(_ value: String) {
        var value = value
        // `withUTF8` hands over the string's own bytes (native strings need no copy).
        value.withUTF8 { appendString($0) }
    }

    private mutating func appendString(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Most strings need no escaping and are copied whole.
        let clean = JSONPlainBytes.prefixLength(utf8)
        reserve(clean + 2)
        put(UInt8(ascii: "\""))
        if clean > 0 { put(utf8.baseAddress!, clean) }
        if clean < utf8.count { appendEscaped(UnsafeBufferPointer(rebasing: utf8[clean...])) }
        append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): append(92, 34)
            case UInt8(ascii: "\\"): append(92, 92)
            case 0x0A: append(92, UInt8(ascii: "n"))
            case 0x0D: append(92, UInt8(ascii: "r"))
            case 0x09: append(92, UInt8(ascii: "t"))
            case 0..<0x20:
                let hex: StaticString = "0123456789abcdef"
                append(92, UInt8(ascii: "u"))
                append(48, 48)
                append(hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 15)])
            default: append(byte)
            }
        }
    }
}
