import QuoteCheckText
import QuoteCheckRules

/// The words of a quote as comparison sees them: lower-cased, spelling variants folded to one
/// form, punctuation and quote marks dropped, numbers without thousands separators. Each word
/// remembers where it stands in the quote's text and what it is (capitalised, a sentence start,
/// after an ellipsis, an editorial insertion in brackets), which the checks need to tell a
/// truncation from a sentence boundary and a name from an ordinary word.
public struct QuoteWords: Sendable {
    public typealias Word = ComparisonWord
    public typealias Flags = ComparisonWord.Flags

    public let words: [Word]
    /// The quote ends in an ellipsis: its writer says it goes on.
    public let trailingEllipsis: Bool
    /// The quote text, as UTF-8 bytes (for showing words as written).
    public let bytes: [UInt8]

    public var leadingEllipsis: Bool { words.first?.flags.contains(.afterEllipsis) ?? false }
    public var count: Int { words.count }

    /// Splits `text` into comparison words under `rules`.
    public init(text: String, rules: CompareRules) {
        bytes = Array(text.utf8)
        let (raw, trailing) = ComparisonLexer.words(in: bytes, symbols: rules.symbolByASCII, apostrophes: rules.apostrophes)
        trailingEllipsis = trailing
        words = rules.equivalents.fold(raw)
    }

    /// The written text of words `range` (from the first word's start to the last word's end).
    public func written(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let lower = words[range.lowerBound].display.lowerBound
        let upper = words[range.upperBound - 1].display.upperBound
        return String(decoding: bytes[lower..<max(lower, upper)], as: UTF8.self)
    }

    /// The comparison forms as 64-bit hashes, stable across runs (FNV-1a), for grouping.
    public var hashes: [UInt64] { words.map { StableHash.of($0.form) } }
}
