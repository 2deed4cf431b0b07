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

/// A place in an input file, 1-based, for messages of the form `FILE:LINE:COLUMN`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }

    /// Where line `line`, column `column` of the text of an article read from here is in the
    /// input: that place in a whole file; in a JSON Lines file, the article's line (its text is
    /// one string there), column 1.
    public func placing(line: Int, column: Int) -> SourceLocation {
        file.hasSuffix(".jsonl") ? SourceLocation(file: file, line: self.line, column: 1)
            : SourceLocation(file: file, line: line, column: column)
    }
}
