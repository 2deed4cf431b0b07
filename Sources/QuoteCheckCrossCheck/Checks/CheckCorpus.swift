import QuoteCheckExtraction

/// The articles of a check run as they arrive: for each article, what grouping and the checks
/// compare (`CorpusArticle`); its quote records go to a spool on disk and are read back only
/// for findings, statements and report tables. Memory so grows with the quotes that are
/// grouped, by their word hashes and speakers, not with the records and their texts.
public struct CheckCorpus: Sendable {
    public private(set) var articles: [CorpusArticle] = []
    public private(set) var quoteCount = 0
    /// Speakers, counted as the articles arrive (the Markdown report's index).
    public private(set) var speakers: SpeakerIndex
    let spool: QuoteSpool
    private var interner = StringInterner()

    /// `inMemory` keeps the records in memory instead of a temporary file (for small runs and
    /// tests); `placesPerSpeaker` is how many places the speaker index keeps per speaker.
    public init(inMemory: Bool = false, placesPerSpeaker: Int = SpeakerIndex.defaultPlacesKept) {
        spool = QuoteSpool(inMemory: inMemory)
        speakers = SpeakerIndex(placesKept: placesPerSpeaker)
    }

    /// Why the records are kept in memory although a spool file was asked for, if they are.
    public var spoolWarning: String? { spool.warning }

    /// Takes in one article's analysis: its records go to the spool, its grouped quotes' facts
    /// stay, with equal strings and word lists shared across articles.
    public mutating func append(_ analysis: ArticleAnalysis) {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(analysis.records.count)
        var grouped: [GroupedQuote] = []
        // Kept for the whole run: no room to spare.
        grouped.reserveCapacity(analysis.words.lazy.filter { $0 != nil }.count)
        for (index, record) in analysis.records.enumerated() {
            RecordCoding.encode(record, into: &bytes)
            ends.append(UInt32(bytes.count))
            guard let words = analysis.words[index] else { continue }
            let speakers = interner.numbered(record.speakers), via = interner.numbered(record.via)
            grouped.append(GroupedQuote(record: index, words: interner.intern(words), speakers: speakers.list,
                                        via: via.list, speakersNumber: speakers.number, viaNumber: via.number,
                                        outlet: interner.intern(record.outlet), kind: record.kind,
                                        confidence: record.confidence,
                                        occasion: occasion(analysis, index)))
        }
        // The titles' contexts follow the records, then the spellings': in memory they would grow
        // with the archive.
        let titleEnds = Self.append(analysis.titleContexts, to: &bytes)
        let personEnds = Self.append(analysis.peopleContexts, to: &bytes)
        let start = spool.append(bytes)
        speakers.add(analysis.records, article: articles.count)
        quoteCount += analysis.records.count
        articles.append(CorpusArticle(id: analysis.id, origin: analysis.origin, outlet: analysis.outlet, date: analysis.date,
                                      titles: analysis.titles, titlePositions: analysis.titlePositions,
                                      publisher: analysis.publisher, grouped: grouped,
                                      people: analysis.people.map { interned($0) }, spoolStart: start, recordEnds: ends,
                                      titleContextEnds: titleEnds, personContextEnds: personEnds))
    }

    /// A spelling with its name interned: the same people recur across a run's articles.
    private mutating func interned(_ person: NamedPerson) -> NamedPerson {
        NamedPerson(name: interner.intern(person.name), firstNameGender: person.firstNameGender, position: person.position,
                    uses: person.uses, kind: person.kind, prose: person.prose)
    }

    /// Encodes `contexts` after `bytes`; returns where each one ends.
    private static func append(_ contexts: [MentionContext], to bytes: inout [UInt8]) -> [UInt32] {
        contexts.map { context in
            RecordCoding.encode(context, into: &bytes)
            return UInt32(bytes.count)
        }
    }

    /// Context `index` of a run that starts at `start` and whose contexts end at `ends` (offsets
    /// from the article's spool start), read back from the spool.
    private func context(_ entry: CorpusArticle, ends: [UInt32], index: Int, from start: UInt32) -> MentionContext? {
        guard index < ends.count else { return nil }
        let lower = index == 0 ? Int(start) : Int(ends[index - 1])
        return RecordCoding.decodeContext(spool.read(entry.spoolStart + lower..<entry.spoolStart + Int(ends[index])))
    }

    /// The occasion of record `index`, its venue interned (many quotes of a story share one).
    private mutating func occasion(_ analysis: ArticleAnalysis, _ index: Int) -> Occasion {
        guard index < analysis.occasions.count, let occasion = analysis.occasions[index] else {
            return Occasion(venue: nil, advance: false)
        }
        return Occasion(venue: interner.intern(occasion.venue), medium: interner.intern(occasion.medium),
                        advance: occasion.advance, repeated: occasion.repeated,
                        weekday: occasion.weekday, daysBefore: occasion.daysBefore)
    }

    /// Record `index` of article `article`, read back from the spool.
    public func record(article: Int, index: Int) -> QuoteRecord {
        RecordCoding.decode(spool.read(articles[article].spoolRange(of: index)))
    }

    /// The sentence of title mention `index` of article `article`, read back from the spool.
    public func titleContext(article: Int, index: Int) -> MentionContext? {
        let entry = articles[article]
        return context(entry, ends: entry.titleContextEnds, index: index, from: entry.recordEnds.last ?? 0)
    }

    /// The sentence of the first use of spelling `index` of article `article`, read back from
    /// the spool.
    public func personContext(article: Int, index: Int) -> MentionContext? {
        let entry = articles[article]
        return context(entry, ends: entry.personContextEnds, index: index,
                       from: entry.titleContextEnds.last ?? entry.recordEnds.last ?? 0)
    }

    /// All the records of article `article`, in order, read back from the spool in one read.
    public func records(of article: Int) -> [QuoteRecord] {
        let entry = articles[article]
        let block = spool.read(entry.spoolRange)
        var start = 0
        return entry.recordEnds.map { end in
            defer { start = Int(end) }
            return RecordCoding.decode(Array(block[start..<Int(end)]))
        }
    }
}
