import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
@testable import QuoteCheckEvaluation
@testable import QuoteCheckReports

/// The seed gold and PolNeAR dev from `../shared/corpus`, scored here and by the reference
/// `score.py`; skipped, saying so, where the corpus or python3 is absent.
@Suite("Evaluation against score.py on ../shared/corpus",
       .enabled(if: TestPaths.sharedCorpusPresent, "../shared/corpus or ../shared/tools/score.py is absent: skipped"))
struct SharedCorpusEvaluationTests {
    static let seeds = TestPaths.sharedCorpus + "/seeds"
    static let dev = TestPaths.sharedCorpus + "/polnear/dev"
    static var devPresent: Bool { FileManager.default.fileExists(atPath: dev + "/gold.jsonl") }

    @Test func seedGoldValidatesClean() {
        let validator = Validator(options: .init(coverage: true, strict: true), rules: TestPaths.ruleSet,
                                  store: ArticleStore(directory: Self.seeds))
        let (report, unreadable) = validator.validate(paths: [Self.seeds + "/gold.jsonl"])
        #expect(unreadable.isEmpty)
        #expect(report.records == 30)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(5))")
    }

    @Test(.enabled(if: Python.isAvailable, "python3 is absent: skipped"))
    func seedFiguresEqualScorePy() throws {
        try compare(gold: Self.seeds + "/gold.jsonl", articles: Self.seeds, options: [])
    }

    @Test(.enabled(if: Python.isAvailable, "python3 is absent: skipped"),
          .enabled(if: devPresent, "../shared/corpus/polnear/dev is absent: skipped"))
    func polnearDevFiguresEqualScorePy() throws {
        try compare(gold: Self.dev + "/gold.jsonl", articles: Self.dev + "/articles", options: [
            "--ignore-spans", Self.dev + "/unattributed_quotes.jsonl", "--ignore-kinds", "term,claim",
            "--speaker-gold", Self.dev + "/gold_proper.jsonl",
        ])
    }

    /// Runs `eval` in process, writes what `quotecheck extract ARTICLES` writes, scores that file
    /// with score.py and compares: the text lines byte for byte, the JSON figures to 1e-12.
    private func compare(gold: String, articles: String, options: [String]) throws {
        var scoring = Scorer.Options()
        if let index = options.firstIndex(of: "--ignore-kinds") { scoring.ignoreKinds = options[index + 1].components(separatedBy: ",") }
        if let index = options.firstIndex(of: "--ignore-spans") {
            scoring.ignoreSpans = try AnnotationReader.read(path: options[index + 1], schema: .spans).records
        }
        if let index = options.firstIndex(of: "--speaker-gold") {
            scoring.speakerGold = try AnnotationReader.read(path: options[index + 1], schema: .spans).records
        }
        let goldFile = try AnnotationReader.read(path: gold, schema: .spans)
        #expect(goldFile.problems.isEmpty)
        let report = Evaluation(options: .init(scoring: scoring, jobs: 2))
            .run(gold: goldFile, extractor: Extractor(rules: TestPaths.ruleSet), store: ArticleStore(directory: articles))
        #expect(report.problems.isEmpty)

        let predictions = TestPaths.temporaryFolder() + "/pred.jsonl"
        var lines: [UInt8] = []
        let extractor = Extractor(rules: TestPaths.ruleSet)
        InputReader(paths: [articles]).forEach { item in
            if case let .article(article) = item { for record in extractor.extract(article) { lines += record.jsonLine } }
            return true
        }
        _ = FileManager.default.createFile(atPath: predictions, contents: Data(lines))

        let text = try Python.run([TestPaths.scoreScript, gold, predictions] + options)
        #expect(text.status == 0)
        #expect(TextEvaluationReporter().render(report) == text.output)

        let json = try Python.run([TestPaths.scoreScript, gold, predictions, "--json"] + options)
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(reference.count == report.scores.figures.count)
        for figure in report.scores.figures {
            let expected = try #require(reference[figure.name] as? NSNumber, "score.py has no \(figure.name)")
            #expect(abs(figure.number - expected.doubleValue) < 1e-12, "\(figure.name): \(figure.number) vs \(expected)")
        }
    }
}
