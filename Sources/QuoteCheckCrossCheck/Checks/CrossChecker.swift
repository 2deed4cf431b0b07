import Matcher
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// The cross-source check: per article (in parallel) extraction, dates, titles and comparison
/// words; then, over all articles, grouping of statements, the checks and their findings.
public struct CrossChecker: Sendable {
    public let rules: RuleSet
    let extractor: Extractor
    let titleFinder: TitleFinder
    let dateFinder: DateFinder
    let contextFinder: MentionContextFinder

    /// Fails when the rules lack a check definition.
    public init(rules: RuleSet, folder: String = "rules") throws(RuleError) {
        try rules.checks.validate(folder: folder)
        self.rules = rules
        extractor = Extractor(rules: rules)
        titleFinder = TitleFinder(rules: rules)
        dateFinder = DateFinder(rules: rules.dates)
        contextFinder = MentionContextFinder(rules: rules)
    }

    /// The per-article work: extraction, then `analyse(_:records:)`. Safe on any thread.
    public func analyse(_ article: Article) -> ArticleAnalysis {
        // Bound for the date and occasion patterns too; extraction binds the article again.
        article.withBytesAsMatchOrigin { _ in
            let (records, people) = extractor.extractWithPeople(article)
            return analyse(article, records: records, people: people)
        }
    }

    /// The full names `article` gives, as extraction reads them (for records built by hand).
    public func people(of article: Article) -> [PersonMention] {
        article.withBytesAsMatchOrigin { _ in extractor.extractWithPeople(article).people }
    }

    /// Keeps of `article` what the check needs, given its quote records (tests pass records
    /// built by hand) and the full names it gives.
    public func analyse(_ article: Article, records: [QuoteRecord], people mentions: [PersonMention] = []) -> ArticleAnalysis {
        let compare = rules.compare
        let words: [[UInt64]?] = records.map { record in
            guard compare.kinds.contains(record.kind) else { return nil }
            let words = QuoteWords(text: record.text, rules: compare)
            return words.count >= compare.minWords ? words.hashes : nil
        }
        var people: [String] = []
        for record in records {
            for speaker in record.speakers where !people.contains(speaker) { people.append(speaker) }
        }
        let titles = titleFinder.titles(of: people, in: article.bytes)
        var records = records
        var positions: [TextPosition] = []
        var titleContexts: [MentionContext] = []
        var occasions: [Occasion?] = Array(repeating: nil, count: records.count)
        // Each spelling once, at its first use.
        var spellings: [(mention: PersonMention, uses: Int)] = []
        var spellingIndex: [String: Int] = [:]
        for mention in mentions {
            if let index = spellingIndex[mention.name] {
                spellings[index].uses += 1
            } else {
                spellingIndex[mention.name] = spellings.count
                spellings.append((mention, 1))
            }
        }
        var named: [NamedPerson] = []
        var peopleContexts: [MentionContext] = []
        if words.contains(where: { $0 != nil }) || !titles.isEmpty || !spellings.isEmpty {
            article.bytes.withUnsafeBufferPointer { bytes in
                let lines = Lines.ranges(in: bytes)
                let scalars = ScalarIndex(article.bytes)
                var reader = Occasion.Reader(lines: lines, bytes: bytes, rules: rules.occasions)
                for index in records.indices where words[index] != nil {
                    occasions[index] = reader.occasion(line: records[index].line)
                    // Only a quote that can be compared can be a finding's evidence.
                    let quote = records[index].byteRange
                    guard !quote.isEmpty, quote.upperBound <= bytes.count else { continue }
                    records[index].context = contextFinder.context(
                        of: quote, speakerWords: records[index].speakerByteRange, cueWords: records[index].cueByteRange,
                        paragraph: lines[Lines.index(of: quote.lowerBound, lines: lines)], bytes: bytes, scalars: scalars)
                }
                // Where a name (with its title, or a spelling of it) stands, and its sentence.
                func place(_ range: Range<Int>) -> (TextPosition, MentionContext) {
                    let (line, column) = Lines.position(of: range.lowerBound, lines: lines, in: bytes)
                    let position = TextPosition(start: scalars.scalarOffset(range.lowerBound), end: scalars.scalarOffset(range.upperBound),
                                                line: line, column: column)
                    return (position, contextFinder.context(of: range, speakerWords: nil, cueWords: nil,
                                                            paragraph: lines[line - 1], bytes: bytes, scalars: scalars))
                }
                for title in titles {
                    let (position, context) = place(title.range)
                    positions.append(position)
                    titleContexts.append(context)
                }
                for (mention, uses) in spellings where mention.bytes.upperBound <= bytes.count {
                    let (position, context) = place(mention.bytes)
                    let line = UTF8Scan.trimmed(lines[position.line - 1], in: bytes)
                    let prose = position.line > 1 && !(line.isEmpty || bytes[line.lowerBound] == UInt8(ascii: "<"))
                    named.append(NamedPerson(name: mention.name, firstNameGender: mention.firstNameGender, position: position,
                                             uses: uses, kind: mention.kind, prose: prose))
                    peopleContexts.append(context)
                }
            }
        }
        return ArticleAnalysis(id: article.id, origin: article.origin, outlet: article.outlet,
                               date: dateFinder.date(of: article), records: records, words: words,
                               titles: titles, titlePositions: positions, titleContexts: titleContexts, occasions: occasions,
                               people: named, peopleContexts: peopleContexts)
    }

    /// Groups the statements of `analyses`, runs every check and gathers the report; the records
    /// are kept in memory (they are already).
    public func check(_ analyses: [ArticleAnalysis], inputErrors: [InputError] = []) -> CheckReport {
        var corpus = CheckCorpus(inMemory: true)
        for analysis in analyses { corpus.append(analysis) }
        return check(corpus, inputErrors: inputErrors)
    }

    /// Groups the statements of `corpus`, runs every check and gathers the report.
    public func check(_ corpus: CheckCorpus, inputErrors: [InputError] = []) -> CheckReport {
        let context = CheckContext(rules: rules, corpus: corpus)
        let comparisons = VariantComparison.all(in: context)
        let checks: [any CrossSourceCheck] = [SpeakerConflictCheck(), WordingDriftCheck(), TruncatedQuoteCheck(),
                                              RoleConflictCheck(), ViaConflictCheck(), AdvanceTextCheck(), NameSpellingCheck()]
        let order = rules.checks.order
        var findings: [CheckFinding] = []
        for kind in order {
            guard let check = checks.first(where: { $0.kind == kind }), let definition = context.definition(kind) else { continue }
            findings += check.findings(in: context, comparisons: comparisons, definition: definition)
        }
        let statements = StatementProvenance.all(in: context)
        // What an editor reads first: the most severe, then the surest (a finding is as sure as
        // its least sure attribution), then the most widely carried statement; then the rules'
        // check order and the first mention, so that the order is stable.
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        func reach(_ finding: CheckFinding) -> Int {
            finding.statement.map { statements[$0].articleCount } ?? Set(finding.evidence.map(\.articleIndex)).count
        }
        findings = findings.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.severity != b.severity { return a.severity > b.severity }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            let (reachA, reachB) = (reach(a), reach(b))
            if reachA != reachB { return reachA > reachB }
            if a.check != b.check { return rank[a.check]! < rank[b.check]! }
            if let first = a.evidence.first, let second = b.evidence.first,
               (first.articleIndex, first.start) != (second.articleIndex, second.start) {
                return (first.articleIndex, first.start) < (second.articleIndex, second.start)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return CheckReport(corpus: corpus, findings: findings, statements: statements,
                           inputErrors: inputErrors, checks: order.compactMap { rules.checks.definitions[$0] })
    }
}
