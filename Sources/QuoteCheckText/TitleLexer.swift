/// Splits article text into words for finding titles and names ("Defence Minister Liang
/// Guanglie", "Gov. Lena Ortiz"): letters and digits with inner apostrophes, each with what
/// separates it from the word before (a space, a hyphen, a comma, a period). The roles rules
/// split their titles with it too, so that a title is read as article text is.
public enum TitleLexer {
    /// A word of the article for title look-up: where it is and what stands before it. Its
    /// folded form is made only when asked for (`WordList.form`).
    public struct Token: Sendable {
        public let range: Range<Int>
        public let capitalised: Bool
        /// What stands between the previous word and this one.
        public let gap: Gap
        /// `WordHash` of the word's unfolded form (`form(of:in:)`), when the word is ASCII.
        public let formHash: UInt64?
    }

    /// What separates two words: white space, a hyphen, a comma, one period (then white space),
    /// or anything else.
    public enum Gap: Sendable, Equatable { case space, hyphen, comma, period, other }

    /// Lower-cased words of a name or title, split as article text is ("U.S." → u, s).
    public static func words(of text: String, apostrophes: ScalarSet) -> [String] {
        Array(text.utf8).withUnsafeBufferPointer { bytes in tokens(in: bytes, apostrophes: apostrophes).map { form(of: $0, in: bytes) } }
    }

    /// Words: letters and digits with inner apostrophes (any of `apostrophes`); hyphens and
    /// everything else split.
    public static func tokens(in bytes: UnsafeBufferPointer<UInt8>, apostrophes: ScalarSet) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var gap = Gap.space
        while offset < bytes.count {
            let byte = bytes[offset]
            // Plain ASCII between words: a space keeps the gap, other punctuation sets it.
            if byte < 0x80 && !UTF8Scan.isASCIIWordByte(byte) {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D: break
                case UInt8(ascii: "-"): if gap == .space { gap = .hyphen }
                case UInt8(ascii: ","): gap = .comma
                case UInt8(ascii: "."): if gap == .space { gap = .period } else if gap != .comma { gap = .other }
                default: if gap != .comma { gap = .other }
                }
                offset += 1
                continue
            }
            guard let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) else { break }
            guard UTF8Scan.isLetterOrDigit(scalar) else {
                if UTF8Scan.isSpace(scalar) {
                    // keeps the gap as it is
                } else if scalar == "‑" {
                    if gap == .space { gap = .hyphen }
                } else if gap != .comma {
                    gap = .other
                }
                offset += length
                continue
            }
            let start = offset
            let (end, hash) = wordEnd(from: offset, in: bytes, apostrophes: apostrophes)
            offset = end
            tokens.append(Token(range: start..<offset, capitalised: UTF8Scan.isUppercase(scalar), gap: gap, formHash: hash))
            gap = .space
        }
        return tokens
    }

    /// Where the word starting at `start` ends (`WordScanner`), and, for an ASCII word, the
    /// hash of its form.
    private static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, apostrophes: ScalarSet) -> (Int, UInt64?) {
        var hash = WordHash.offsetBasis, isASCII = true
        let end = WordScanner.wordEnd(from: start, in: bytes, apostrophes: apostrophes) { part in
            switch part {
            case .letterOrDigit(let scalar):
                if scalar.value < 0x80 { hash = WordHash.combine(hash, UTF8Scan.asciiLowercased(UInt8(scalar.value))) } else { isASCII = false }
            case .joiner: hash = WordHash.combine(hash, UInt8(ascii: "'"))  // (only apostrophes join here)
            }
        }
        return (end, isASCII ? hash : nil)
    }

    /// The word lower-cased, its apostrophes (whichever mark joined it: ’ ` ʼ) written as '.
    public static func form(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var form: [UInt8] = []
        form.reserveCapacity(token.range.count)
        var offset = token.range.lowerBound
        while offset < token.range.upperBound, let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) {
            if scalar.value < 0x80 && UTF8Scan.isASCIIWordByte(UInt8(scalar.value)) {
                form.append(UTF8Scan.asciiLowercased(UInt8(scalar.value)))
            } else if scalar.value >= 0x80 && UTF8Scan.isLetterOrDigit(scalar) {
                form.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                form.append(UInt8(ascii: "'"))
            }
            offset += length
        }
        return String(decoding: form, as: UTF8.self)
    }
}
