import Matcher
import QuoteCheckText
import QuoteCheckRules

/// The extraction pipeline for one article: layout, quote finding, attribution, outlet, records.
/// Stateless and shareable: one instance serves every thread.
public struct Extractor: Sendable {
    public let rules: RuleSet
    let finder: QuoteFinder
    let attributor: Attributor
    let outlets: OutletDetector

    public init(rules: RuleSet) {
        self.rules = rules
        finder = QuoteFinder(rules: rules)
        attributor = Attributor(rules: rules)
        outlets = OutletDetector(outlets: rules.outlets)
    }

    /// The quote records of `article`, in text order. `explain` receives the attribution sieve's
    /// decisions, one block per quote.
    public func extract(_ article: Article, explain: ((String) -> Void)? = nil) -> [QuoteRecord] {
        extract(article, explain: explain, people: nil)
    }

    /// The quote records of `article` and the people it names in full (in text order), read in
    /// one pass: the cross-source check compares how articles spell one person. An article
    /// without quotes is still read for its people.
    public func extractWithPeople(_ article: Article) -> (records: [QuoteRecord], people: [PersonMention]) {
        var people: [PersonMention] = []
        let records = extract(article, explain: nil) { people = $0 }
        return (records, people)
    }

    private func extract(_ article: Article, explain: ((String) -> Void)?, people: (([PersonMention]) -> Void)?) -> [QuoteRecord] {
        var records: [QuoteRecord] = []
        let ruleNames = attributor.ruleNames
        forEachQuote(of: article, explain: explain, people: people) { quote, bytes, place, attribution, names, outlet in
            records.append(QuoteRecord(
                article: article.id, start: place.start, end: place.end,
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[quote.content]), as: UTF8.self),
                kind: quote.kind, speakers: names.strings(attribution.speakers),
                cue: attribution.cue.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) },
                via: names.strings(attribution.via), outlet: outlet, line: quote.line + 1, column: place.column,
                unclosed: quote.unclosed, continued: quote.continued,
                speakerRule: attribution.speakerRule.map { ruleNames[$0] }, cueRule: attribution.cueRule.map { ruleNames[$0] },
                byteRange: quote.content, speakerByteRange: attribution.speakerWords, cueByteRange: attribution.cue))
        }
        return records
    }

    /// Writes the records of `article` as JSON Lines, the same bytes as `extract` then
    /// `QuoteRecord.write` and a newline, without making the records: each text goes from the
    /// article's bytes to the output. Returns how many were written.
    @discardableResult
    public func writeRecords(of article: Article, explain: ((String) -> Void)? = nil, to writer: inout JSONWriter) -> Int {
        var written = 0
        let ruleNames = attributor.ruleNames
        let id = EncodedJSONString(article.id)
        // The article's outlet is the same for all its quotes: encoded at the first (and nil
        // for all of them when the article has none).
        var encodedOutlet: EncodedJSONString? = nil
        forEachQuote(of: article, explain: explain) { quote, bytes, place, attribution, names, outlet in
            if let outlet, encodedOutlet == nil { encodedOutlet = EncodedJSONString(outlet) }
            QuoteRecord.write(article: id, start: place.start, end: place.end,
                              text: UnsafeBufferPointer(rebasing: bytes[quote.content]), kind: quote.kind,
                              speakers: TableNameList(table: names, list: attribution.speakers),
                              cue: attribution.cue.map { UnsafeBufferPointer(rebasing: bytes[$0]) },
                              via: TableNameList(table: names, list: attribution.via), outlet: encodedOutlet,
                              line: quote.line + 1, column: place.column,
                              unclosed: quote.unclosed, continued: quote.continued,
                              speakerRule: attribution.speakerRule.map { ruleNames.encoded($0) },
                              cueRule: attribution.cueRule.map { ruleNames.encoded($0) },
                              confidence: attribution.speakers.isEmpty ? nil : attribution.speakerRule.flatMap { ruleNames.confidence($0) },
                              to: &writer)
            writer.newline()
            written += 1
        }
        return written
    }

    /// The attribution without the article's publisher among its intermediaries: `via` is who
    /// stands between the speaker and the publisher, and an outlet's own reporting ("“…,” Lind
    /// told Reuters" in a Reuters story) has nobody between.
    private static func publisherDropped(from attribution: Attribution, _ outlet: String?, _ names: NameTable) -> Attribution {
        guard let outlet, !attribution.via.isEmpty else { return attribution }
        let via = attribution.via
        let kept = (0..<via.count).map { names[via, $0] }.filter { names.string($0).caseInsensitiveCompare(outlet) != .orderedSame }
        guard kept.count < via.count else { return attribution }
        var result = attribution
        result.via = names.list(kept)
        return result
    }

    /// Where a quote stands: scalar offsets (end exclusive) and its 1-based column.
    private struct Place {
        let start: Int
        let end: Int
        let column: Int
    }

    /// The pipeline, then each quote in text order with the article's bytes (which the quote's and
    /// cue's ranges index), its place, attribution, the names that numbers and the article's outlet.
    private func forEachQuote(of article: Article, explain: ((String) -> Void)?, people: (([PersonMention]) -> Void)? = nil,
                              _ body: (FoundQuote, UnsafeBufferPointer<UInt8>, Place, Attribution, NameTable, String?) -> Void) {
        article.withBytesAsMatchOrigin { bytes in
            let layout = ArticleLayout(bytes: bytes, rules: rules)
            let quotes = finder.find(in: bytes, layout: layout)
            guard !quotes.isEmpty || people != nil else { return }
            let names = NameTable()
            // The outlet first: its house style tells how its headlines credit their quotes.
            let outlet = quotes.isEmpty ? nil : outlets.outlet(of: article, layout: layout, bytes: bytes)
            if let outlet { explain?("outlet \(outlet.name) (\(outlet.rule))") }
            let attributions = attributor.attribute(quotes, layout: layout, bytes: bytes, names: names, outlet: outlet?.name,
                                                    explain: explain, people: people)
            guard !quotes.isEmpty else { return }
            // Quotes come in text order, each inside its line: line starts, starts and ends are
            // asked in order when a line's start is asked once for all its quotes.
            var scalars = ScalarCursor(bytes)
            var line = (index: -1, scalarStart: 0)
            for index in quotes.indices {
                let quote = quotes[index]
                if quote.line != line.index {
                    line = (quote.line, scalars.scalarOffset(layout.lines[quote.line].lowerBound))
                }
                // The quote's line is known; its column is a difference of scalar offsets.
                let start = scalars.scalarOffset(quote.content.lowerBound)
                let place = Place(start: start, end: scalars.scalarOffset(quote.content.upperBound),
                                  column: start - line.scalarStart + 1)
                body(quote, bytes, place, Self.publisherDropped(from: attributions[index], outlet?.name, names), names, outlet?.name)
            }
        }
    }
}
