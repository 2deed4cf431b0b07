import QuoteCheckRules

/// A quoted span found in an article, before attribution. Ranges are UTF-8 byte offsets.
public struct FoundQuote: Sendable, Equatable {
    /// The quoted words, marks excluded, white space trimmed.
    public var content: Range<Int>
    /// The opening mark, or nil when the quote runs on from the previous line without one.
    public var openMark: Range<Int>?
    /// The closing mark, or nil when the quote was closed at the end of its line.
    public var closeMark: Range<Int>?
    /// Index of the line (paragraph) that holds it.
    public var line: Int
    public var kind: QuoteKind
    /// No closing mark, and no continuation in the next paragraph either: recovered.
    public var unclosed: Bool
    /// Continues a quote left open at the end of the previous paragraph (one statement).
    public var continued: Bool
    /// The mark family that delimits it.
    public var family: MarkRules.Family

    /// The quoted text.
    public func text(in bytes: [UInt8]) -> String { String(decoding: bytes[content], as: UTF8.self) }

    /// The full extent including marks.
    public var outer: Range<Int> {
        (openMark?.lowerBound ?? content.lowerBound)..<(closeMark?.upperBound ?? content.upperBound)
    }
}
