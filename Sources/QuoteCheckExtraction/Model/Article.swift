import QuoteCheckText

/// One news article as read from input: its text as UTF-8 bytes (validated) and what the input
/// said about it.
public struct Article: Sendable {
    /// File name for `.txt` input, the `id` field for JSONL input.
    public let id: String
    /// The text, valid UTF-8, exactly as given: every offset quotecheck prints points into it.
    public let bytes: [UInt8]
    /// Publisher named by the input's metadata, if any (JSONL `outlet`).
    public let outlet: String?
    /// Publication date from metadata (JSONL `date`), as written.
    public let date: String?
    /// Where the article lives on the web (JSONL `url`).
    public let url: String?
    /// Where it was read from: a path, plus the line for JSONL input.
    public let origin: SourceLocation

    public init(id: String, bytes: [UInt8], outlet: String? = nil, date: String? = nil, url: String? = nil,
                origin: SourceLocation) {
        self.id = id
        self.bytes = bytes
        self.outlet = outlet
        self.date = date
        self.url = url
        self.origin = origin
    }

    /// Convenience for tests and examples.
    public init(id: String, text: String, outlet: String? = nil, date: String? = nil) {
        self.init(id: id, bytes: Array(text.utf8), outlet: outlet, date: date,
                  origin: SourceLocation(file: id, line: 1, column: 1))
    }

    /// The text as a Swift string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
