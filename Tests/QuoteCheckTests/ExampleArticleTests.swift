import Foundation
import QuoteCheckCore
import Testing
@testable import QuoteCheckExtraction

/// The bundled example articles against their hand-made gold (`examples/articles.gold.jsonl`):
/// spans and kinds must match exactly, except for the finder bugs listed in `knownMisses`,
/// which are expected to fail until fixed (and make this test fail once they are fixed, so the
/// list stays true).
@Suite("Example articles")
struct ExampleArticleTests {
    /// Differences from the gold that are known finder bugs, as (article, quoted text as the
    /// finder or the gold has it). See KnownFinderBugTests for the minimal cases.
    static let knownMisses: Set<String> = []

    static let articleNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.exampleArticlesFolder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    static func gold() throws -> [GoldQuote] {
        try GoldQuote.load(Fixtures.examplesFolder.appendingPathComponent("articles.gold.jsonl"))
    }

    static func found(in name: String) throws -> [Span] {
        let path = Fixtures.exampleArticlesFolder + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try Fixtures.extract(text, id: name).map(Span.init)
    }

    @Test("there are example articles, each with gold quotes")
    func articlesHaveGold() throws {
        let gold = try Self.gold()
        #expect(Self.articleNames.count >= 6)
        for name in Self.articleNames {
            #expect(gold.contains { $0.article == name }, "\(name) has no gold quotes")
        }
        #expect(Set(gold.map(\.article)).isSubset(of: Set(Self.articleNames)))
    }

    @Test("spans and kinds match the gold", arguments: articleNames)
    func matchesGold(article: String) throws {
        let expected = Set(try Self.gold().filter { $0.article == article }.map(\.span))
        let actual = Set(try Self.found(in: article))
        var differences: [(key: String, message: String)] = []
        for span in expected.subtracting(actual) {
            if let found = actual.first(where: { $0.start == span.start && $0.end == span.end }) {
                differences.append(("\(article)|\(span.text)", "kind \(found.kind), gold says \(span.kind): \(span)"))
            } else {
                differences.append(("\(article)|\(span.text)", "missed: \(span)"))
            }
        }
        for span in actual.subtracting(expected) where !expected.contains(where: { $0.start == span.start && $0.end == span.end }) {
            differences.append(("\(article)|\(span.text)", "extra: \(span)"))
        }
        let known = differences.filter { Self.knownMisses.contains($0.key) }
        for difference in differences where !Self.knownMisses.contains(difference.key) {
            Issue.record("\(difference.message)")
        }
        // Every known miss of this article must still happen: a fixed bug is taken off the list.
        let expectedKnown = Self.knownMisses.filter { $0.hasPrefix(article + "|") }
        if !expectedKnown.isEmpty {
            withKnownIssue("known finder bugs in \(article)") {
                for difference in known { Issue.record("\(difference.message)") }
            }
        }
        #expect(Set(known.map(\.key)) == expectedKnown, "the known misses of \(article) changed")
    }

    @Test("unclosed and continued flags on the example articles")
    func flags() throws {
        let rules = try Fixtures.rules()
        func records(_ name: String) throws -> [QuoteRecord] {
            let text = try String(contentsOfFile: Fixtures.exampleArticlesFolder + "/" + name, encoding: .utf8)
            return Extractor(rules: rules).extract(Article(id: name, text: text))
        }
        let court = try records("court-pension-fraud.txt")
        #expect(court.filter(\.unclosed).map(\.text) == [
            "You were a comfortable man who wanted to be more comfortable, and you took from people who had nothing else to fall back on.",
        ])
        let sport = try records("sport-rovers-title.txt")
        #expect(sport.filter(\.continued).map(\.text) == ["Then the whole place went up. I’ll remember it until the day I die."])
        #expect(sport.filter(\.unclosed).isEmpty)
        let disaster = try records("disaster-yunnan-landslide.txt")
        #expect(disaster.filter(\.continued).map(\.text) == ["Every team has been told the same thing: keep going."])
        #expect(disaster.filter(\.unclosed).isEmpty)
    }

    @Test("the JSONL version of two articles yields the same quotes, with its metadata")
    func jsonlMatchesText() throws {
        var articles: [Article] = []
        InputReader(paths: [Fixtures.examplesFolder.appendingPathComponent("articles.jsonl").path]).forEach { item in
            if case let .article(article) = item { articles.append(article) } else { Issue.record("\(item)") }
            return true
        }
        #expect(articles.map(\.id) == ["politics-fisheries-talks.txt", "disaster-yunnan-landslide.txt"])
        #expect(articles.map(\.outlet) == ["Reuters", "AFP"])
        #expect(articles.allSatisfy { $0.date != nil })
        let extractor = Extractor(rules: try Fixtures.rules())
        for article in articles {
            let fromText = try Self.found(in: article.id)
            #expect(extractor.extract(article).map(Span.init) == fromText)
        }
    }
}
