import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// What a check run keeps in memory of one article once its quote records went to the spool:
/// where it came from, its date and titles, and the facts of each quote that takes part in
/// grouping. Everything else of a quote is read back from the spool when a finding, a statement
/// or a report table needs it.
public struct CorpusArticle: Sendable {
    public let id: String
    /// Where the article was read from (a file, or a JSONL file and line).
    public let origin: SourceLocation
    /// The input's outlet metadata, if any.
    public let outlet: String?
    public let date: ArticleDate?
    public let titles: [TitleMention]
    /// Scalar offsets and line/column of each title mention, parallel to `titles`.
    public let titlePositions: [TextPosition]
    /// The article's publisher: the input's metadata, else the outlet attribution found.
    public let publisher: String?
    /// The quotes that take part in grouping, in record order.
    public let grouped: [GroupedQuote]
    /// Each spelling of a full name the article gives, in order of first use.
    public let people: [NamedPerson]
    /// Where the article's records start in the spool, and where each one ends (from that start);
    /// then where each title mention's context ends (they follow the records).
    let spoolStart: Int
    let recordEnds: [UInt32]
    let titleContextEnds: [UInt32]
    /// Where each spelling's context ends (they follow the titles' contexts).
    let personContextEnds: [UInt32]

    public var recordCount: Int { recordEnds.count }

    /// The spool bytes of record `index`.
    func spoolRange(of index: Int) -> Range<Int> {
        spoolStart + (index == 0 ? 0 : Int(recordEnds[index - 1]))..<spoolStart + Int(recordEnds[index])
    }

    /// The spool bytes of all the article's records.
    var spoolRange: Range<Int> { spoolStart..<spoolStart + Int(recordEnds.last ?? 0) }
}

/// A quote that takes part in grouping, with what the checks compare of it; its text and
/// position stay in the spool.
public struct GroupedQuote: Sendable {
    /// Index of the record in its article.
    public let record: Int
    /// Comparison words, hashed (see `QuoteWords`).
    public let words: [UInt64]
    public let speakers: [String]
    public let via: [String]
    /// Numbers of the speaker and via lists: equal lists have equal numbers, the empty list 0.
    public let speakersNumber: Int32
    public let viaNumber: Int32
    /// The outlet attribution gave the quote, if any.
    public let outlet: String?
    public let kind: QuoteKind
    /// How sure attribution was of the speakers (nil when it names none, or the record came
    /// without a rule).
    public let confidence: Confidence?
    /// The occasion its paragraph reports (venue interned).
    public let occasion: Occasion
}
