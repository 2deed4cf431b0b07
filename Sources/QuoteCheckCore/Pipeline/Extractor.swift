import Matcher

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
        article.bytes.withUnsafeBufferPointer { bytes in
            let layout = ArticleLayout(bytes: bytes, rules: rules)
            let quotes = finder.find(in: bytes, layout: layout)
            guard !quotes.isEmpty else { return [] }
            var attributions = attributor.attribute(quotes, layout: layout, bytes: bytes, explain: explain)
            let outlet = outlets.outlet(of: article, layout: layout, bytes: bytes)
            if let outlet { explain?("outlet \(outlet.name) (\(outlet.rule))") }
            let scalars = ScalarIndex(article.bytes)
            return quotes.indices.map { index in
                let quote = quotes[index]
                // Each attribution is moved into its record (swapped out, not copied and released).
                var attribution = Attribution()
                swap(&attribution, &attributions[index])
                // The quote's line is known; its column is a difference of scalar offsets.
                let start = scalars.scalarOffset(quote.content.lowerBound)
                let column = start - scalars.scalarOffset(layout.lines[quote.line].lowerBound) + 1
                return QuoteRecord(
                    article: article.id,
                    start: start,
                    end: scalars.scalarOffset(quote.content.upperBound),
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[quote.content]), as: UTF8.self),
                    kind: quote.kind, speakers: attribution.speakers, cue: attribution.cue, via: attribution.via,
                    outlet: outlet?.name, line: quote.line + 1, column: column, unclosed: quote.unclosed,
                    continued: quote.continued, speakerRule: attribution.speakerRule, cueRule: attribution.cueRule,
                    byteRange: quote.content)
            }
        }
    }
}
