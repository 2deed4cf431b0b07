import Foundation
import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck

enum TestSupport {
    /// The package root (two folders above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The project's rules, loaded once for the whole suite: the one place tests load them.
    static let loadedRules: Result<RuleSet, RuleError> = Result { () throws(RuleError) in
        try RuleSet.load(directory: path("rules"))
    }

    /// The project's rules (a test run stops here when `rules/` does not load).
    static var rules: RuleSet {
        switch loadedRules {
        case let .success(rules): rules
        case let .failure(error): fatalError("rules do not load: \(error)")
        }
    }

    static let checker: CrossChecker = {
        do { return try CrossChecker(rules: rules) } catch { fatalError("checks missing: \(error)") }
    }()

    /// A quote as attribution would give it.
    struct Quote {
        var text: String
        var speakers: [String] = []
        var kind: QuoteKind = .direct
        var via: [String] = []
        /// The speaker rule attribution would name (its confidence follows from it).
        var rule: String? = nil
    }

    /// An article built by hand: its outlet, date, optional text (for titles) and quotes.
    struct Story {
        var id: String
        var outlet: String?
        var date: String?
        var text: String = ""
        var quotes: [Quote]
    }

    /// Runs the whole check over hand-built stories (records constructed directly, as attribution would).
    static func check(_ stories: [Story]) -> CheckReport {
        let analyses = stories.map { story -> ArticleAnalysis in
            let article = Article(id: story.id, text: story.text, outlet: story.outlet, date: story.date)
            var offset = 0
            let records = story.quotes.enumerated().map { index, quote -> QuoteRecord in
                defer { offset += quote.text.unicodeScalars.count + 10 }
                return QuoteRecord(article: story.id, start: offset, end: offset + quote.text.unicodeScalars.count,
                                   text: quote.text, kind: quote.kind, speakers: quote.speakers, cue: "said",
                                   via: quote.via, outlet: nil, line: index + 1, column: 2, speakerRule: quote.rule)
            }
            return checker.analyse(article, records: records)
        }
        return checker.check(analyses)
    }

    /// The analyses of the articles in `paths`, read as `quotecheck check` reads them, in input
    /// order, and the inputs that could not be read.
    static func analyse(_ paths: [String]) -> (analyses: [ArticleAnalysis], errors: [InputError]) {
        var analyses: [ArticleAnalysis] = []
        var errors: [InputError] = []
        OrderedParallelMap(jobs: 2).run(InputReader(paths: paths), process: { checker.analyse($0) }) { item, analysis in
            switch item {
            case let .failure(error): errors.append(error)
            case .article: if let analysis { analyses.append(analysis) }
            }
        }
        return (analyses, errors)
    }

    static func checks(_ report: CheckReport) -> [String] {
        report.findings.map { "\($0.check.rawValue):\($0.severity.rawValue)" }
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Compares `actual` with the snapshot file; with QUOTECHECK_UPDATE_SNAPSHOTS=1 rewrites it.
    static func matchesSnapshot(_ actual: String, _ name: String) -> Bool {
        let file = path("Tests/QuoteCheckTests/Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["QUOTECHECK_UPDATE_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            try? actual.write(toFile: file, atomically: true, encoding: .utf8)
            return true
        }
        guard let expected = try? String(contentsOfFile: file, encoding: .utf8) else { return false }
        return expected == actual
    }
}
