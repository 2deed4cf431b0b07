import QuoteCheckText
import QuoteCheckExtraction

/// Who is quoted how often and where, gathered as articles arrive so that the report's speaker
/// index needs none of the records afterwards.
public struct SpeakerIndex: Sendable {
    /// One speaker: quotes counted, and the first places kept.
    public struct Entry: Sendable {
        public let name: String
        public fileprivate(set) var count = 0
        public fileprivate(set) var places: [Place] = []
    }

    /// Where a speaker is quoted: the article (its index in the run) and the quote's line and
    /// column. Numbers, not text: a run keeps up to `placesKept` of them for every speaker.
    public struct Place: Sendable {
        public let article: Int32
        public let line: Int32
        public let column: Int32
    }

    /// How many places are kept per speaker; the others are only counted.
    public let placesKept: Int
    /// Speakers in order of first appearance.
    public private(set) var entries: [Entry] = []
    /// Quotes with no speaker, headlines aside.
    public private(set) var unattributed = 0
    // Hashing a name is the costly part: one look-up per speaker mention.
    private var number: [String: Int] = [:]

    /// How many places a run keeps per speaker unless told otherwise (the Markdown and HTML
    /// reports list as many).
    public static let defaultPlacesKept = 20

    public init(placesKept: Int = defaultPlacesKept) {
        self.placesKept = placesKept
    }

    /// Counts the speakers of `records`, the quotes of article number `article`.
    public mutating func add(_ records: [QuoteRecord], article: Int) {
        for record in records {
            if record.speakers.isEmpty && record.kind != .headline { unattributed += 1 }
            for speaker in record.speakers {
                // One entry for "O’Neill" and "O'Neill", named as first printed.
                let key = speaker.straightApostrophes
                let index: Int
                if let known = number[key] {
                    index = known
                } else {
                    index = entries.count
                    number[key] = index
                    entries.append(Entry(name: speaker))
                }
                entries[index].count += 1
                if entries[index].places.count < placesKept {
                    entries[index].places.append(Place(article: Int32(clamping: article), line: Int32(clamping: record.line),
                                                       column: Int32(clamping: record.column)))
                }
            }
        }
    }

    /// The entries by name, case-insensitively, then as written.
    public var sorted: [Entry] {
        entries.map { ($0.name.lowercased(), $0) }.sorted { ($0.0, $0.1.name) < ($1.0, $1.1.name) }.map(\.1)
    }
}
