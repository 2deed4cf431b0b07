/// A word of a quote as comparison sees it, before spelling variants are folded: lower-cased,
/// numbers without thousands separators, where it stands in the quote's text and what it is.
public struct ComparisonWord: Sendable, Equatable {
    /// The comparison form ("defense" for "Defence", "3000" for "3,000").
    public var form: String
    /// Byte range of the written word(s) in the quote text.
    public var display: Range<Int>
    public var flags: Flags

    /// What a word is, beyond its form.
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Written with a capital first letter.
        public static let capitalised = Flags(rawValue: 1)
        /// First word of a sentence (or of the quote).
        public static let sentenceStart = Flags(rawValue: 2)
        /// An ellipsis stands between this word and the one before (or before the quote's first word).
        public static let afterEllipsis = Flags(rawValue: 4)
        /// Inside square brackets: the writer's words, not the speaker's.
        public static let editorial = Flags(rawValue: 8)
        /// Contains a digit.
        public static let numeric = Flags(rawValue: 16)
        /// A full stop stands right before this word, even one that may close an abbreviation
        /// ("… Washington D.C. This is …"): with a capital, a sentence may start here.
        public static let afterStop = Flags(rawValue: 32)
    }

    public init(form: String, display: Range<Int>, flags: Flags) {
        self.form = form
        self.display = display
        self.flags = flags
    }
}

/// Splits a quote's text into comparison words: the lexer of `QuoteWords`, which the rules also
/// use to read their spelling classes (so that a class is split as quotes are).
public enum ComparisonLexer {
    /// The comparison words of `bytes` (a quote's text), before spelling variants are folded,
    /// and whether the text ends in an ellipsis. `symbols[c]` is the word an ASCII symbol `c`
    /// stands for ("%" → "percent"), if any; `apostrophes` are the marks that join a word.
    public static func words(in bytes: [UInt8], symbols: [String?], apostrophes: ScalarSet) -> (words: [ComparisonWord], trailingEllipsis: Bool) {
        var raw: [ComparisonWord] = []
        var trailing = false
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            var bracketDepth = 0
            var pendingEllipsis = false
            var pendingSentenceEnd = true
            var dots = 0
            var lastWordIsInitial = false
            var pendingStop = false
            func begin(_ flags: inout ComparisonWord.Flags) {
                if pendingStop { flags.insert(.afterStop) }
                pendingStop = false
                // A stop ends a sentence when a capital or a number follows ("U.S. troops" does not).
                if pendingSentenceEnd && (raw.isEmpty || !flags.isDisjoint(with: [.capitalised, .numeric])) {
                    flags.insert(.sentenceStart)
                }
                if pendingEllipsis { flags.insert(.afterEllipsis) }
                if bracketDepth > 0 { flags.insert(.editorial) }
                pendingEllipsis = false
                pendingSentenceEnd = false
            }
            while offset < buffer.count, let (scalar, length) = UTF8Scan.scalar(at: offset, in: buffer) {
                if scalar != "." {
                    if dots >= 3 { pendingEllipsis = true } else if dots > 0 && !lastWordIsInitial { pendingSentenceEnd = true }
                    if dots > 0 && dots < 3 { pendingStop = true }
                    dots = 0
                }
                if UTF8Scan.isLetterOrDigit(scalar) {
                    let (end, form) = word(at: offset, in: buffer, apostrophes: apostrophes)
                    var flags: ComparisonWord.Flags = []
                    if UTF8Scan.isUppercase(scalar) { flags.insert(.capitalised) }
                    if form.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { flags.insert(.numeric) }
                    begin(&flags)
                    raw.append(ComparisonWord(form: form, display: offset..<end, flags: flags))
                    lastWordIsInitial = end - offset == 1 && flags.contains(.capitalised)
                    offset = end
                    continue
                }
                switch scalar {
                case ".": dots += 1
                case "…": pendingEllipsis = true
                case "!", "?": pendingSentenceEnd = true
                case "[": bracketDepth += 1
                case "]": bracketDepth = max(0, bracketDepth - 1)
                default:
                    if scalar.value < 0x80, Int(scalar.value) < symbols.count, let symbol = symbols[Int(scalar.value)] {
                        var flags: ComparisonWord.Flags = []
                        begin(&flags)
                        raw.append(ComparisonWord(form: symbol, display: offset..<offset + length, flags: flags))
                    }
                }
                offset += length
            }
            if dots >= 3 { pendingEllipsis = true }
            trailing = pendingEllipsis
        }
        return (raw, trailing)
    }

    /// The word starting at `offset` (`WordScanner`, with separators between digits: "don't",
    /// "3,000", "2.5"), lower-cased. Hyphens split words, so "e-mail" and "well-being" compare
    /// word by word; 3,000 compares as 3000, and 2.5 keeps its point.
    public static func word(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, apostrophes: ScalarSet) -> (Int, String) {
        var form: [UInt8] = []
        let end = WordScanner.wordEnd(from: start, in: bytes, apostrophes: apostrophes, digitSeparators: true) { part in
            switch part {
            case .letterOrDigit(let scalar):
                if scalar.value < 0x80 {
                    form.append(UTF8Scan.asciiLowercased(UInt8(scalar.value)))
                } else {
                    form.append(contentsOf: Array(String(scalar).lowercased().utf8))
                }
            case .joiner(let mark, _):
                if apostrophes.contains(mark) { form.append(UInt8(ascii: "'")) } else if mark == "." { form.append(UInt8(ascii: ".")) }
            }
        }
        return (end, String(decoding: form, as: UTF8.self))
    }
}
