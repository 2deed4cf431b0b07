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
        // The titles' contexts follow the records: in memory they would grow with the archive.
        var titleEnds: [UInt32] = []
        for context in analysis.titleContexts {
            RecordCoding.encode(context, into: &bytes)
            titleEnds.append(UInt32(bytes.count))
        }
        var personEnds: [UInt32] = []
        for context in analysis.peopleContexts {
            RecordCoding.encode(context, into: &bytes)
            personEnds.append(UInt32(bytes.count))
        }
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
                    uses: person.uses, kind: person.kind)
    }

    /// The occasion of record `index`, its venue interned (many quotes of a story share one).
    private mutating func occasion(_ analysis: ArticleAnalysis, _ index: Int) -> Occasion {
        guard index < analysis.occasions.count, let occasion = analysis.occasions[index] else {
            return Occasion(venue: nil, advance: false)
        }
        return Occasion(venue: interner.intern(occasion.venue), advance: occasion.advance, repeated: occasion.repeated,
                        weekday: occasion.weekday)
    }

    /// Record `index` of article `article`, read back from the spool.
    public func record(article: Int, index: Int) -> QuoteRecord {
        RecordCoding.decode(spool.read(articles[article].spoolRange(of: index)))
    }

    /// The sentence of title mention `index` of article `article`, read back from the spool.
    public func titleContext(article: Int, index: Int) -> MentionContext? {
        let entry = articles[article]
        guard index < entry.titleContextEnds.count else { return nil }
        let start = index == 0 ? Int(entry.recordEnds.last ?? 0) : Int(entry.titleContextEnds[index - 1])
        return RecordCoding.decodeContext(spool.read(entry.spoolStart + start..<entry.spoolStart + Int(entry.titleContextEnds[index])))
    }

    /// The sentence of the first use of spelling `index` of article `article`, read back from
    /// the spool.
    public func personContext(article: Int, index: Int) -> MentionContext? {
        let entry = articles[article]
        guard index < entry.personContextEnds.count else { return nil }
        let start = index == 0 ? Int(entry.titleContextEnds.last ?? entry.recordEnds.last ?? 0) : Int(entry.personContextEnds[index - 1])
        return RecordCoding.decodeContext(spool.read(entry.spoolStart + start..<entry.spoolStart + Int(entry.personContextEnds[index])))
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
