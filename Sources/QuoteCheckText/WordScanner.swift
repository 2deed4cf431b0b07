/// Where a word of article text ends, for the lexers that split text into plain words: title
/// look-up (`TitleLexer`) and quote comparison (`ComparisonLexer`). A word is letters and
/// digits, with an apostrophe between a word character and the next letter or digit ("don't",
/// "Xi’s"), and, when asked, a separator between digits ("3,000", "2.5"). Hyphens and anything
/// else end it. Each part of the word is handed to `visit` as it is read, so that a lexer builds
/// its own form of the word (a hash, a lower-cased string) in the same pass.
public enum WordScanner {
    /// One part of a word, as `visit` receives it.
    public enum Part {
        /// A letter or digit: an ASCII byte (`scalar.value < 0x80`) or any other scalar.
        case letterOrDigit(Unicode.Scalar)
        /// An apostrophe inside the word, whichever mark the text uses.
        case apostrophe
        /// A comma or stop between two digits (only with `digitSeparators`).
        case digitSeparator(Unicode.Scalar)
    }

    /// Reads the word that starts at `start` (a letter or digit) and returns where it ends.
    @inlinable
    public static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, digitSeparators: Bool = false,
                               visit: (Part) -> Void) -> Int {
        var offset = start
        var previousIsDigit = false
        while offset < bytes.count {
            let byte = bytes[offset]
            // ASCII letters and digits, nearly every byte of a word, without decoding.
            if byte < 0x80 && UTF8Scan.isASCIIWordByte(byte) {
                visit(.letterOrDigit(Unicode.Scalar(byte)))
                previousIsDigit = byte >= 0x30 && byte <= 0x39
                offset += 1
                continue
            }
            guard let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) else { break }
            if byte >= 0x80 && UTF8Scan.isLetterOrDigit(scalar) {
                visit(.letterOrDigit(scalar))
                previousIsDigit = UTF8Scan.isDigit(scalar)
                offset += length
                continue
            }
            let next = UTF8Scan.scalar(at: offset + length, in: bytes)?.0
            if isApostrophe(scalar), UTF8Scan.isLetterOrDigit(next) {
                visit(.apostrophe)
                offset += length
                continue
            }
            if digitSeparators, previousIsDigit, scalar == "," || scalar == ".", UTF8Scan.isDigit(next) {
                visit(.digitSeparator(scalar))
                offset += length
                continue
            }
            break
        }
        return offset
    }

    /// Marks written for an apostrophe inside a word (Trump’s, Trump‘s, Trump`s, Trumpʼs). A
    /// switch, not a `Set`: it is asked at the end of every word of every article.
    @inline(__always)
    @inlinable public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "’", "‘", "`", "ʼ", "′": true
        default: false
        }
    }
}
