import QuoteCheckText
import QuoteCheckExtraction

/// One record of an annotated quote dataset, or one prediction in the same (seed) schema: the
/// fields the scorer compares, plus where the record was read so problems can point at it.
public struct QuoteAnnotation: Sendable, Equatable {
    public var article: String
    /// Unicode scalar offsets into the article, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String?
    /// Kept as written: a dataset may use kinds quotecheck does not produce (`indirect`).
    public var kind: String?
    /// `null` or absent reads as empty, as in the reference scorer.
    public var speakers: [String]
    public var cue: String?
    public var via: [String]
    public var outlet: String?
    /// The record's line (column 1); line 0 for records that come from no file.
    public var location: SourceLocation
    /// 1-based column of each field's value in the line, for messages about that field.
    public var columns: [String: Int]

    public init(article: String, start: Int, end: Int, text: String? = nil, kind: String? = nil,
                speakers: [String] = [], cue: String? = nil, via: [String] = [], outlet: String? = nil,
                location: SourceLocation = SourceLocation(file: "", line: 0, column: 0), columns: [String: Int] = [:]) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speakers = speakers
        self.cue = cue
        self.via = via
        self.outlet = outlet
        self.location = location
        self.columns = columns
    }

    /// A prediction of the extractor in the dataset's terms.
    public init(_ record: QuoteRecord) {
        self.init(article: record.article, start: record.start, end: record.end, text: record.text,
                  kind: record.kind.rawValue, speakers: record.speakers, cue: record.cue, via: record.via,
                  outlet: record.outlet,
                  location: SourceLocation(file: record.article, line: record.line, column: record.column))
    }

    /// Where `field`'s value is, or the record's line when the field is absent.
    public func location(of field: String) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: columns[field] ?? location.column)
    }

    /// The span as a key: records with the same key are the same quote.
    public var spanKey: SpanKey { SpanKey(article: Array(article.utf8), start: start, end: end) }
}

/// Article and offsets: how the scorer recognises the same span in two files. The name is kept
/// as bytes because Python compares names code point by code point, while Swift's `String`
/// equality would merge canonically equivalent spellings.
public struct SpanKey: Hashable, Sendable {
    public let article: [UInt8]
    public let start: Int
    public let end: Int
}
