/// Byte-level helpers for reading UTF-8 text without building `Character`s: the hot path of
/// quote finding looks at a mark's neighbours only, one scalar either side.
public enum UTF8Scan {
    /// An ASCII letter or digit (arithmetic, so the hot loops touch no table).
    @inline(__always)
    @inlinable public static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || ((byte | 0x20) &- 0x61) < 26
    }

    /// The byte lower-cased when it is an ASCII capital, else as it is.
    @inline(__always)
    @inlinable public static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The scalar that starts at `offset`, and its length in bytes.
    @inline(__always)
    @inlinable public static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar that ends just before `offset`.
    @inline(__always)
    @inlinable public static func scalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)?.0
    }

    /// Start of the scalar that ends before `offset`.
    @inline(__always)
    @inlinable public static func previousStart(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    @inline(__always)
    @inlinable public static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }  // the edge of a line counts as space
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    @inlinable public static func isLetterOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        // General Punctuation (curly quotes, dashes, ellipsis, spaces) holds no letter or digit,
        // and is most of the non-ASCII in English news: no property look-up (about 1,000
        // instructions) for it.
        if scalar.value >= 0x2000 && scalar.value <= 0x206F { return false }
        return isNonASCIILetterOrDigit(scalar)
    }

    // The Unicode property look-ups stay out of line: inlined, their generic `NumericType?`
    // temporaries make every caller set up a large stack frame on each call, ASCII or not.
    @inline(never)
    @inlinable public static func isNonASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(never)
    @inlinable public static func isNonASCIIUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    @inlinable public static func isNonASCIILowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    @inline(__always)
    @inlinable public static func isUppercase(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return isNonASCIIUppercase(scalar)
    }

    @inline(__always)
    @inlinable public static func isLowercase(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return isNonASCIILowercase(scalar)
    }

    @inline(__always)
    @inlinable public static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value >= 0x30 && scalar.value <= 0x39
    }

    @inline(__always)
    @inlinable public static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `range` without white space (including no-break and other Unicode spaces) at either end.
    @inlinable public static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        // An ASCII byte at either end settles it without decoding (every line and quote is
        // trimmed, and nearly all start and end in ASCII).
        while lower < upper {
            let byte = bytes[lower]
            if byte < 0x80 {
                guard isSpaceByte(byte) else { break }
                lower += 1
            } else {
                guard let (scalar, length) = scalar(at: lower, in: bytes), isSpace(scalar) else { break }
                lower += length
            }
        }
        while upper > lower {
            let byte = bytes[upper - 1]
            if byte < 0x80 {
                guard isSpaceByte(byte) else { break }
                upper -= 1
            } else {
                guard isSpace(scalar(before: upper, in: bytes)) else { break }
                upper = previousStart(upper, in: bytes)
            }
        }
        return lower..<upper
    }

    /// How many of the words of four letters or more in `range` start with a capital, and how
    /// many such words there are: Title Case headlines score high, sentence-case ledes low.
    /// A hyphen or one of `apostrophes` inside a word does not end it.
    @inlinable public static func capitalisedLongWords(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                                       apostrophes: ScalarSet) -> (capitalised: Int, total: Int) {
        var capitalised = 0, total = 0, offset = range.lowerBound
        var wordStart: Unicode.Scalar? = nil, letters = 0
        func finish() {
            if letters >= 4 { total += 1; if isUppercase(wordStart) { capitalised += 1 } }
            wordStart = nil; letters = 0
        }
        while offset < range.upperBound, let (scalar, length) = scalar(at: offset, in: bytes) {
            if isLetterOrDigit(scalar) {
                if letters == 0 { wordStart = scalar }
                letters += 1
            } else if scalar != "-" && !apostrophes.contains(scalar) {
                finish()
            }
            offset += length
        }
        finish()
        return (capitalised, total)
    }

    /// Counts words (runs of letters or digits, with inner hyphens and apostrophes) in `range`,
    /// stopping once the count passes `limit`.
    @inlinable public static func wordCount(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> Int {
        var count = 0, inWord = false, offset = range.lowerBound
        while offset < range.upperBound, count <= limit {
            let byte = bytes[offset]
            if byte < 0x80 {  // ASCII without decoding
                if byte == 0x20 || byte == 0x09 { inWord = false } else if !inWord && isASCIIWordByte(byte) { inWord = true; count += 1 }
                offset += 1
                continue
            }
            guard let (scalar, length) = scalar(at: offset, in: bytes) else { break }
            if isSpace(scalar) { inWord = false } else if !inWord && isLetterOrDigit(scalar) { inWord = true; count += 1 }
            offset += length
        }
        return count
    }
}
