import QuoteCheckText
import QuoteCheckExtraction

/// What the per-article work of the cross-source check gives: the article's quotes, its date,
/// the titles it gives the speakers and, for each quote that takes part in grouping, the
/// quote's comparison words as hashes. The text itself is not kept. `CheckCorpus.append` then
/// keeps what the run needs of it.
public struct ArticleAnalysis: Sendable {
    public let id: String
    /// Where the article was read from (a file, or a JSONL file and line).
    public let origin: SourceLocation
    /// The input's outlet metadata, if any.
    public let outlet: String?
    public let date: ArticleDate?
    public let records: [QuoteRecord]
    /// Per record: its comparison words (hashed) when the record is grouped, else nil.
    public let words: [[UInt64]?]
    /// Per record: the occasion its paragraph reports, for grouped records (empty when not read).
    public let occasions: [Occasion?]
    public let titles: [TitleMention]
    /// Scalar offsets and line/column of each title mention, parallel to `titles`.
    public let titlePositions: [TextPosition]
    /// The sentence of each title mention, parallel to `titles` (empty when not read).
    public let titleContexts: [MentionContext]
    /// Each spelling of a full name the article gives, in order of first use.
    public let people: [NamedPerson]
    /// The sentence of each spelling's first use, parallel to `people`.
    public let peopleContexts: [MentionContext]

    public init(id: String, origin: SourceLocation, outlet: String?, date: ArticleDate?, records: [QuoteRecord],
                words: [[UInt64]?], titles: [TitleMention], titlePositions: [TextPosition], titleContexts: [MentionContext] = [],
                occasions: [Occasion?] = [], people: [NamedPerson] = [], peopleContexts: [MentionContext] = []) {
        self.id = id
        self.origin = origin
        self.outlet = outlet
        self.date = date
        self.records = records
        self.words = words
        self.occasions = occasions
        self.titles = titles
        self.titlePositions = titlePositions
        self.titleContexts = titleContexts
        self.people = people
        self.peopleContexts = peopleContexts
    }

    /// The article's publisher: the input's metadata, else the outlet attribution found.
    public var publisher: String? { outlet ?? records.lazy.compactMap(\.outlet).first }
}

/// Where a span stands in an article: scalar offsets (end exclusive) and 1-based line and column.
public struct TextPosition: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let line: Int
    public let column: Int
    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }
}
