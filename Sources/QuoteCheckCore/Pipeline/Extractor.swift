import Matcher

/// The extraction pipeline for one article: layout, quote finding, attribution, records.
/// Stateless and shareable: one instance serves every thread.
public struct Extractor: Sendable {
    public let rules: RuleSet
    let finder: QuoteFinder

    public init(rules: RuleSet) {
        self.rules = rules
        finder = QuoteFinder(rules: rules)
    }

    /// The quote records of `article`, in text order.
    public func extract(_ article: Article) -> [QuoteRecord] {
        article.bytes.withUnsafeBufferPointer { bytes in
            let layout = ArticleLayout(bytes: bytes, rules: rules)
            let quotes = finder.find(in: bytes, layout: layout)
            guard !quotes.isEmpty else { return [] }
            let scalars = ScalarIndex(article.bytes)
            return quotes.map { quote in
                let (line, column) = Lines.position(of: quote.content.lowerBound, lines: layout.lines, in: bytes)
                return QuoteRecord(
                    article: article.id,
                    start: scalars.scalarOffset(quote.content.lowerBound),
                    end: scalars.scalarOffset(quote.content.upperBound),
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[quote.content]), as: UTF8.self),
                    kind: quote.kind, line: line, column: column, unclosed: quote.unclosed,
                    continued: quote.continued, byteRange: quote.content)
            }
        }
    }
}
