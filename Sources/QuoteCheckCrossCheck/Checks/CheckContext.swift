import QuoteCheckRules
import QuoteCheckExtraction

/// Everything the checks look at once grouping is done: the articles, the mentions of grouped
/// quotes, the statements they form, and the rules. Built and used on one thread.
final class CheckContext {
    /// A grouped quote: which article, which of its records, and which of its grouped quotes.
    struct Mention {
        let article: Int
        let record: Int
        let grouped: Int
    }

    /// A statement carried by two or more articles: its variants (indices into `grouping.variants`),
    /// ranked most widely carried first, and all its mentions in input order.
    struct Statement {
        /// Index in the report's statement list.
        let index: Int
        let variants: [Int]
        let mentions: [Int]
    }

    let rules: RuleSet
    let corpus: CheckCorpus
    var articles: [CorpusArticle] { corpus.articles }
    let mentions: [Mention]
    let grouping: StatementGrouper.Result
    /// Statements carried by more than one article, in order of first appearance.
    let statements: [Statement]
    private var wordsCache: [Int: QuoteWords] = [:]
    /// The speakers each article credits, for the few articles a speaker conflict asks about.
    private var creditedCache: [Int: [String]] = [:]
    /// The names each article gives, for the few articles a speaker conflict asks about.
    private var storyNamesCache: [Int: Set<String>] = [:]
    /// The words near a spokesperson word in each mention's attributing sentence, for the few
    /// mentions whose speakers meet others' that do not agree by name.
    private var spokespersonCache: [Int: [String]?] = [:]
    /// Speaker lists' folded names, by the list's number, in a direct-mapped cache: the lists
    /// of one statement meet again and again, while keeping every list's names raised the peak
    /// by 15 MB at 100 MB of text.
    private var namesCache = [(number: Int32, names: [SpeakerNames.Name])](repeating: (-1, []), count: 8192)
    /// Each name of a state (rules compare `states`), in comparison form, to the state's own name.
    private let stateNames: [String: String]

    init(rules: RuleSet, corpus: CheckCorpus) {
        self.rules = rules
        self.corpus = corpus
        var stateNames: [String: String] = [:]
        for names in rules.compare.states {
            for name in names { stateNames[SpeakerNames.words(name).joined(separator: " ")] = names[0] }
        }
        self.stateNames = stateNames
        var mentions: [Mention] = []
        var words: [[UInt64]] = []
        for (articleIndex, article) in corpus.articles.enumerated() {
            for (groupedIndex, quote) in article.grouped.enumerated() {
                mentions.append(Mention(article: articleIndex, record: quote.record, grouped: groupedIndex))
                words.append(quote.words)
            }
        }
        self.mentions = mentions
        let grouping = StatementGrouper(rules: rules.compare).group(words)
        self.grouping = grouping
        var statements: [Statement] = []
        for variantIndices in grouping.statements {
            var all: [Int] = []
            for variant in variantIndices { all += grouping.variants[variant].mentions }
            all.sort()
            let articleSet = Set(all.map { mentions[$0].article })
            guard articleSet.count >= 2 else { continue }
            // Rank: carried by more articles first, then first seen first.
            var articleCount: [Int: Int] = [:]
            for variant in variantIndices {
                articleCount[variant] = Set(grouping.variants[variant].mentions.map { mentions[$0].article }).count
            }
            let ranked = variantIndices.sorted { lhs, rhs in
                let (left, right) = (articleCount[lhs]!, articleCount[rhs]!)
                if left != right { return left > right }
                return grouping.variants[lhs].mentions[0] < grouping.variants[rhs].mentions[0]
            }
            statements.append(Statement(index: statements.count, variants: ranked, mentions: all))
        }
        self.statements = statements
    }

    /// A mention's whole record, read back from the spool: for texts and evidence, not for the
    /// comparisons that run over every mention.
    func record(_ mention: Int) -> QuoteRecord {
        let place = mentions[mention]
        return corpus.record(article: place.article, index: place.record)
    }

    func text(_ mention: Int) -> String { record(mention).text }

    func article(_ mention: Int) -> CorpusArticle { articles[mentions[mention].article] }

    private func quote(_ mention: Int) -> GroupedQuote {
        let place = mentions[mention]
        return corpus.articles[place.article].grouped[place.grouped]
    }

    func speakers(_ mention: Int) -> [String] { quote(mention).speakers }
    func via(_ mention: Int) -> [String] { quote(mention).via }
    /// Numbers of the mention's speaker and via lists (equal lists, equal numbers; empty is 0).
    func speakersNumber(_ mention: Int) -> Int32 { quote(mention).speakersNumber }
    func viaNumber(_ mention: Int) -> Int32 { quote(mention).viaNumber }
    func kind(_ mention: Int) -> QuoteKind { quote(mention).kind }
    /// How sure attribution was of the mention's speakers; a record given without a rule (a
    /// rule example, an annotated dataset) counts as sure.
    func confidence(_ mention: Int) -> Confidence { quote(mention).confidence ?? .high }

    /// `SpeakerNames.compatible` for two mentions' speakers, from each list's folded names
    /// (cached by list). Remembering the answer per pair of lists as well held 38 MB at 100 MB
    /// of text for little gain: the names were the costly part.
    func speakersAgree(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (speakersNumber(a), speakersNumber(b))
        if x == y || x == 0 || y == 0 { return true }
        return SpeakerNames.compatible(names(a, x), names(b, y)) || speaksFor(a, b) || speaksFor(b, a)
    }

    /// True when `spokesperson`'s one speaker is named as a spokesperson of `body`'s one speaker
    /// in the sentence that attributes the quote ("foreign ministry spokeswoman Mao Ning told …"
    /// for "Chinese Foreign Ministry"): a spokesperson's words are the body's. Near the
    /// spokesperson word (four words before it, six after: "a spokeswoman for the ministry")
    /// must stand a word of the body's name, of four letters or more and no nationality, and no
    /// nationality the body's name lacks ("Japanese foreign ministry spokesman" speaks for no
    /// Chinese ministry).
    private func speaksFor(_ spokesperson: Int, _ body: Int) -> Bool {
        guard !rules.compare.spokespeople.isEmpty else { return false }
        let bodySpeakers = speakers(body)
        guard bodySpeakers.count == 1, speakers(spokesperson).count == 1,
              let near = wordsNearSpokesperson(spokesperson) else { return false }
        let name = Set(SpeakerNames.words(bodySpeakers[0]))
        let nationalities = rules.speakers.nationalities
        return near.contains { $0.count >= 4 && !nationalities.contains($0) && name.contains($0) }
            && near.allSatisfy { !nationalities.contains($0) || name.contains($0) }
    }

    /// The words around the first spokesperson word (rules compare `spokespeople`) of the
    /// sentence that attributes the mention, lower-cased; nil when it has none. Cached: a
    /// mention meets many others.
    private func wordsNearSpokesperson(_ mention: Int) -> [String]? {
        if let cached = spokespersonCache[mention] { return cached }
        var near: [String]?
        if let sentence = record(mention).context?.text {
            let words = sentence.lowercased().split { !$0.isLetter }.map(String.init)
            if let index = words.firstIndex(where: rules.compare.spokespeople.contains) {
                near = Array(words[max(0, index - 4)..<min(words.count, index + 7)])
            }
        }
        spokespersonCache[mention] = .some(near)
        return near
    }

    private func names(_ mention: Int, _ number: Int32) -> [SpeakerNames.Name] {
        let slot = Int(number) & (namesCache.count - 1)
        if namesCache[slot].number == number { return namesCache[slot].names }
        let names = speakers(mention).map { SpeakerNames.Name(source($0)) }
        namesCache[slot] = (number, names)
        return names
    }

    /// The speaker as comparison names it: a state's capital or short form ("Pyongyang", "the
    /// North") is the state ("North Korea"); other names are as written.
    private func source(_ speaker: String) -> String {
        stateNames.isEmpty ? speaker : stateNames[SpeakerNames.words(speaker).joined(separator: " ")] ?? speaker
    }

    /// True when some quote of article `article` is credited to a speaker who agrees with
    /// `mention`'s speakers.
    func articleCredits(_ article: Int, speakersOf mention: Int) -> Bool {
        let wanted = speakers(mention)
        guard !wanted.isEmpty else { return false }
        if creditedCache[article] == nil {
            creditedCache[article] = Array(Set(corpus.records(of: article).flatMap(\.speakers)))
        }
        let sources = wanted.map(source)
        return creditedCache[article]!.contains { SpeakerNames.compatible([source($0)], sources) && !SpeakerNames.isDescription($0) }
    }

    /// True unless the two mentions' articles each name at least `story_min_names` people or
    /// bodies and share none: then they report two stories, and one line in both is a stock
    /// phrase two people used ("We have the votes"), not one remark credited two ways. A person
    /// is matched by surname, a body by its whole name; a short brief names too few to tell.
    func sameStory(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (mentions[a].article, mentions[b].article)
        let least = rules.compare.storyMinNames
        if x == y || least == 0 { return true }
        let (namesX, namesY) = (storyNames(x), storyNames(y))
        return namesX.count < least || namesY.count < least || !namesX.isDisjoint(with: namesY)
    }

    /// The surnames of the people an article names and the whole names of its bodies, in
    /// comparison form (`SpeakerNames.words`: lower case, accents and apostrophes folded).
    private func storyNames(_ article: Int) -> Set<String> {
        if let cached = storyNamesCache[article] { return cached }
        let names = Set(articles[article].people.compactMap { person -> String? in
            let words = SpeakerNames.words(person.name)
            return person.kind == .person ? words.last : words.joined(separator: " ")
        })
        storyNamesCache[article] = names
        return names
    }

    /// The publisher of a mention: attribution's outlet, else the input's metadata.
    func outlet(_ mention: Int) -> String? { quote(mention).outlet ?? article(mention).outlet }

    /// The comparison words of a mention's quote, read again from its text (kept small: only
    /// quotes that are compared are read).
    func words(_ mention: Int) -> QuoteWords {
        if let cached = wordsCache[mention] { return cached }
        let words = QuoteWords(text: text(mention), rules: rules.compare)
        wordsCache[mention] = words
        return words
    }

    /// The quote record of an article next to `mention` (offset -1 or +1), if any.
    func neighbour(of mention: Int, offset: Int) -> QuoteRecord? {
        let place = mentions[mention]
        let index = place.record + offset
        guard index >= 0, index < articles[place.article].recordCount else { return nil }
        return corpus.record(article: place.article, index: index)
    }

    /// The occasion the mention's paragraph reports.
    func occasion(_ mention: Int) -> Occasion { quote(mention).occasion }

    /// True unless the two mentions report different occasions: remarks dated further apart
    /// than `occasion_days` (a line said again weeks later), paragraphs that name different
    /// venues (two interviews), remarks dated to different days ("on Wednesday", "on Monday"),
    /// or advance text against the speech as given.
    func sameOccasion(_ a: Int, _ b: Int) -> Bool {
        let (occasionA, occasionB) = (occasion(a), occasion(b))
        if occasionA.differentVenue(from: occasionB) || occasionA.advance != occasionB.advance { return false }
        guard withinOccasionDays(a, b) else { return false }
        guard let dateA = article(a).date, let dateB = article(b).date else { return true }
        // "as she put it on Wednesday" against "on Monday": two days, two remarks.
        if occasionA.weekday != nil, occasionB.weekday != nil,
           occasionA.day(published: dateA.day) != occasionB.day(published: dateB.day) { return false }
        return true
    }

    /// The days the mention's remark may have been made on: its article's date, moved back by
    /// a weekday or a past-time phrase near the quote ("said last month"); nil when undated.
    func remarkDays(_ mention: Int) -> ClosedRange<Int>? {
        article(mention).date.map { occasion(mention).days(published: $0.day) }
    }

    /// True unless both mentions' remarks are dated and further apart than `occasion_days`
    /// (0: any distance). An article of 21 December quoting what was said "last month" may
    /// report the remark another outlet printed on 23 November.
    func withinOccasionDays(_ a: Int, _ b: Int) -> Bool {
        let window = rules.compare.occasionDays
        guard window > 0, let daysA = remarkDays(a), let daysB = remarkDays(b) else { return true }
        return max(daysA.lowerBound, daysB.lowerBound) - min(daysA.upperBound, daysB.upperBound) <= window
    }

    /// A statement's mentions split by occasion: runs of dated remarks, in order of their
    /// earliest possible day, each starting no more than `occasion_days` after the latest day
    /// of the run so far; undated mentions join the first run. Each run keeps input order.
    func occasions(of mentions: [Int]) -> [[Int]] {
        let window = rules.compare.occasionDays
        let dated = mentions.compactMap { mention in remarkDays(mention).map { (mention, $0) } }
        guard window > 0, !dated.isEmpty else { return [mentions] }
        let undated = mentions.filter { article($0).date == nil }
        let byDay = dated.sorted { ($0.1.lowerBound, $0.0) < ($1.1.lowerBound, $1.0) }
        var runs: [[Int]] = []
        var lastDay = Int.min
        for (mention, days) in byDay {
            if runs.isEmpty || days.lowerBound - lastDay > window { runs.append([]) }
            runs[runs.count - 1].append(mention)
            lastDay = max(lastDay, days.upperBound)
        }
        runs[0] += undated
        return runs.map { $0.sorted() }
    }

    /// True when two mentions come from different publishers: different outlets when both are
    /// known, different articles otherwise.
    func differentSources(_ a: Int, _ b: Int) -> Bool {
        if mentions[a].article == mentions[b].article { return false }
        if let outletA = outlet(a), let outletB = outlet(b) { return outletA.lowercased() != outletB.lowercased() }
        return true
    }

    package func evidence(_ mention: Int) -> Evidence {
        let place = mentions[mention]
        return Evidence(record(mention), articleIndex: place.article, article: articles[place.article])
    }

    func definition(_ kind: CheckKind) -> CheckRules.Definition? { rules.checks.definitions[kind] }

    /// A short excerpt of a quote for messages: its first words, with an ellipsis when cut.
    static func excerpt(_ text: String, words limit: Int = 12) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let shown = words.prefix(limit).joined(separator: " ")
        return words.count > limit ? shown + " …" : shown
    }
}
