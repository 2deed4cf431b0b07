import Foundation
import QuoteCheckCore
import Testing
@testable import QuoteCheckExtraction

/// The seed articles in `../shared/corpus/seeds` are the specification: every gold span must be
/// found with its exact offsets and kind, and nothing else. The corpus is not part of the
/// project (it may not be copied), so this test is skipped where it is absent.
@Suite("Seed reproduction")
struct SeedReproductionTests {
    @Test("the seed gold spans and kinds are reproduced exactly",
          .enabled(if: Fixtures.hasSeeds, "../shared/corpus/seeds is absent beside the checkout: seed reproduction not checked"))
    func seedsReproduced() throws {
        let gold = try GoldQuote.load(Fixtures.seedsFolder.appendingPathComponent("gold.jsonl"))
        #expect(gold.count == 30)
        let extractor = Extractor(rules: try Fixtures.rules())
        var found: [Span] = []
        InputReader(paths: [Fixtures.seedsFolder.path]).forEach { item in
            switch item {
            case .article(let article): found += extractor.extract(article).map(Span.init)
            case .failure(let error): Issue.record("\(error)")
            }
            return true
        }
        let expected = Set(gold.map(\.span))
        let actual = Set(found)
        #expect(found.count == actual.count, "a span was reported twice")
        for span in expected.subtracting(actual).sorted(by: { ($0.article, $0.start) < ($1.article, $1.start) }) {
            Issue.record("missed or misclassified: \(span)")
        }
        for span in actual.subtracting(expected).sorted(by: { ($0.article, $0.start) < ($1.article, $1.start) }) {
            Issue.record("extra or misclassified: \(span)")
        }
    }
}
