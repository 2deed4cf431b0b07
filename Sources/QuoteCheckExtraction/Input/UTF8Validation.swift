import QuoteCheckText

/// Validates UTF-8 once, when an article is read, so that matching can skip PCRE2's own check.
public enum UTF8Validation {
    /// The byte offset of the first invalid sequence, or nil when `bytes` is valid UTF-8.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// Checks scalar by scalar: lead byte, continuation bytes, no overlong forms, no surrogates,
    /// nothing past U+10FFFF. Runs of ASCII, most of news text even with curly quotes in it, are
    /// passed over sixteen bytes at a time.
    private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                while index + 16 <= count {
                    let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD2<UInt64>.self)
                    guard let lane = ByteWord.firstSetLane(block & SIMD2(repeating: 0x8080_8080_8080_8080)) else {
                        index += 16
                        continue
                    }
                    // Straight to the first non-ASCII byte: news text runs short between them.
                    index += lane
                    break
                }
                continue
            }
            let length: Int, minimum: UInt32
            if lead & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if lead & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if lead & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return index }
            guard index + length <= count else { return index }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                let next = base[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                value = value << 6 | UInt32(next & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in scalars) of a byte offset in possibly invalid UTF-8.
    public static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 0x0A { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
