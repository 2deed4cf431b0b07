/// Validates UTF-8 once, when an article is read, so that matching can skip PCRE2's own check.
public enum UTF8Validation {
    /// The byte offset of the first invalid sequence, or nil when `bytes` is valid UTF-8.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
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
