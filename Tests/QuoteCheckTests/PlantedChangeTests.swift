import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck

/// Planted changes (see `PlantedChange`): on a sample of PolNeAR train articles (the first
/// 60; all of them with `QUOTECHECK_PLANTED_ALL=1`, as `Benchmarks/planted.sh` runs it) when
/// ../shared is present, and always on the project's own example articles.
@Suite("Planted changes raise the matching finding")
struct PlantedChangeTests {
    static let sample = 60

    struct Tally: CustomStringConvertible {
        var planted: [PlantedChange: Int] = [:]
        var hits: [PlantedChange: Int] = [:]
        var misses: [PlantedChange.Outcome] = []

        mutating func add(_ outcome: PlantedChange.Outcome) {
            planted[outcome.change, default: 0] += 1
            if outcome.hit { hits[outcome.change, default: 0] += 1 } else { misses.append(outcome) }
        }

        func rate(_ changes: [PlantedChange]) -> Double {
            let total = changes.reduce(0) { $0 + (planted[$1] ?? 0) }
            return total == 0 ? 1 : Double(changes.reduce(0) { $0 + (hits[$1] ?? 0) }) / Double(total)
        }

        var description: String {
            var lines = ["change | planted | right finding"]
            for change in PlantedChange.allCases {
                lines.append("\(change.rawValue) | \(planted[change] ?? 0) | \(hits[change] ?? 0)")
            }
            lines += misses.prefix(40).map { "miss: \($0.change.rawValue) in \($0.article): expected \($0.change.expected.sorted()), got \($0.found.sorted())" }
            return lines.joined(separator: "\n")
        }
    }

    static func tally(_ articles: [Article]) -> Tally {
        let checker = try! CrossChecker(rules: TestSupport.rules)
        let extractor = Extractor(rules: TestSupport.rules)
        var tally = Tally()
        for article in articles {
            for outcome in PlantedChange.outcomes(of: article, checker: checker, extractor: extractor) { tally.add(outcome) }
        }
        return tally
    }

    static func articles(in folder: String, limit: Int?) -> [Article] {
        var articles: [Article] = []
        InputReader(paths: [folder]).forEach { item in
            if case let .article(article) = item { articles.append(article) }
            return limit.map { articles.count < $0 } ?? true
        }
        return articles
    }

    @Test("on the project's own example articles: unchanged copies raise nothing, planted changes their finding")
    func exampleArticles() {
        let tally = Self.tally(Self.articles(in: TestSupport.path("examples/articles"), limit: nil))
        #expect((tally.planted[.unchanged] ?? 0) > 0)
        #expect(tally.misses.filter { $0.change == .unchanged }.isEmpty, "\(tally)")
        #expect(tally.rate(PlantedChange.allCases.filter { $0 != .unchanged }) >= 0.95, "\(tally)")
    }

    @Test("on PolNeAR train: at least 95% of planted changes raise their finding, unchanged copies nothing",
          .enabled(if: PolnearArticles.present, "../shared/corpus/polnear is absent: skipped"))
    func polnearTrain() {
        let all = ProcessInfo.processInfo.environment["QUOTECHECK_PLANTED_ALL"] == "1"
        let tally = Self.tally(Self.articles(in: PolnearArticles.train, limit: all ? nil : Self.sample))
        print("planted changes on \(all ? "all" : "\(Self.sample)") PolNeAR train articles:\n\(tally)")
        #expect(tally.misses.filter { $0.change == .unchanged }.isEmpty, "\(tally)")
        #expect(tally.rate(PlantedChange.allCases.filter { $0 != .unchanged }) >= 0.95, "\(tally)")
    }
}
