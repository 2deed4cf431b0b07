/// The sentence that attributes a mention (a quote, or a title given to a person), as the
/// article writes it, so that an editor can judge a finding without opening the article: the
/// sentence holding the quote and the words that name its speaker and cue, or, when those stand
/// elsewhere (a lead-in, a continuation), the sentences on either side of the quote.
///
/// Offsets are Unicode scalar offsets into the article, end exclusive, like a record's.
public struct MentionContext: Sendable, Equatable {
    /// The sentence(s), from one paragraph of the article.
    public let text: String
    /// Where `text` stands in the article.
    public let start: Int
    public let end: Int
    /// The words that name the speaker and the cue, where attribution read them. They may stand
    /// outside `text` (a lead-in in the paragraph before), or be nil (no cue, a title mention).
    public let speakerWords: Range<Int>?
    public let cueWords: Range<Int>?
    /// The sentence went on beyond what `text` shows, before or after it (a run-on paragraph
    /// is cut a few hundred characters from the quote).
    public let clippedBefore: Bool
    public let clippedAfter: Bool

    public init(text: String, start: Int, end: Int, speakerWords: Range<Int>? = nil, cueWords: Range<Int>? = nil,
                clippedBefore: Bool = false, clippedAfter: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.speakerWords = speakerWords
        self.cueWords = cueWords
        self.clippedBefore = clippedBefore
        self.clippedAfter = clippedAfter
    }
}
