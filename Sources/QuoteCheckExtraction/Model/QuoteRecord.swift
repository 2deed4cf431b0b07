import QuoteCheckRules

/// One quote as quotecheck reports it: the seed schema, then extra fields that explain it.
///
/// Offsets are Unicode scalar offsets into the article text, end exclusive; `text` is exactly the
/// article between them.
public struct QuoteRecord: Sendable, Equatable {
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: QuoteKind
    /// Canonical full names or groups; empty when the text names no source.
    public var speakers: [String]
    /// The reporting words as written ("said", "according to"); nil for a continuation.
    public var cue: String?
    /// Intermediaries between speaker and publisher, canonical.
    public var via: [String]
    /// The publisher of the article, canonical, or nil.
    public var outlet: String?

    // Extra fields: where and why.
    /// 1-based line and column of the first quoted character.
    public var line: Int
    public var column: Int
    /// The quote had no closing mark in its paragraph; it was closed at the paragraph's end.
    public var unclosed: Bool
    /// The quote continues an open quote from the previous paragraph.
    public var continued: Bool
    /// Which rule decided the speaker and the cue (rule ids from `rules/`).
    public var speakerRule: String?
    public var cueRule: String?
    /// How sure the speaker attribution is (nil when the record has no speaker).
    public var confidence: Confidence? { speakers.isEmpty ? nil : Confidence(speakerRule: speakerRule) }
    /// Byte offsets, for internal consumers that work on bytes (not printed).
    public var byteRange: Range<Int>
    /// Byte offsets of the words that name the speaker and of the cue, where attribution read
    /// them (not printed by `extract`; the check report shows them in their sentence).
    public var speakerByteRange: Range<Int>?
    public var cueByteRange: Range<Int>?
    /// The sentence(s) around the quote with those words, for the check report's evidence: set
    /// by the cross-source check for the quotes it compares, nil otherwise.
    public var context: MentionContext?

    public init(article: String, start: Int, end: Int, text: String, kind: QuoteKind,
                speakers: [String] = [], cue: String? = nil, via: [String] = [], outlet: String? = nil,
                line: Int = 0, column: Int = 0, unclosed: Bool = false, continued: Bool = false,
                speakerRule: String? = nil, cueRule: String? = nil, byteRange: Range<Int> = 0..<0,
                speakerByteRange: Range<Int>? = nil, cueByteRange: Range<Int>? = nil, context: MentionContext? = nil) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speakers = speakers
        self.cue = cue
        self.via = via
        self.outlet = outlet
        self.line = line
        self.column = column
        self.unclosed = unclosed
        self.continued = continued
        self.speakerRule = speakerRule
        self.cueRule = cueRule
        self.byteRange = byteRange
        self.speakerByteRange = speakerByteRange
        self.cueByteRange = cueByteRange
        self.context = context
    }
}
