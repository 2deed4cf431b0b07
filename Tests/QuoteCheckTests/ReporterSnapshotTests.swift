import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckText
@testable import QuoteCheckEvaluation
@testable import QuoteCheckReports

/// Each reporter against a snapshot in `Tests/Snapshots/` (outside the target, so SwiftPM
/// does not ask to declare them as resources). To accept a deliberate change, run the
/// tests with `QUOTECHECK_UPDATE_SNAPSHOTS=1`, then review the diff of the snapshot files.
@Suite("Reporter snapshots")
struct ReporterSnapshotTests {
    static let validation = ValidationReport(
        files: ["data/gold.jsonl"], records: 3,
        problems: [
            DatasetProblem(SourceLocation(file: "data/gold.jsonl", line: 2, column: 77), .error, .text,
                           "text does not match harbour.txt at 236..<258, which reads \"mbitious but untested”\"; the text is at 235..<257, 1 before the record's offsets"),
            DatasetProblem(SourceLocation(file: "data/gold.jsonl", line: 3, column: 41), .error, .syntax,
                           "not valid JSON: unterminated object: expecting ',' or '}'"),
            DatasetProblem(SourceLocation(file: "data/gold.jsonl", line: 4, column: 96), .warning, .speaker,
                           "speaker \"Priya Natarjan\" is not named in farm.txt"),
            DatasetProblem(SourceLocation(file: "data/articles/harbour news.txt", line: 4, column: 28), .warning, .coverage,
                           "data/gold.jsonl lacks the partial quote \"ambitious | untested\" at 235..<257"),
        ])

    static var evaluation: EvaluationReport {
        func quote(_ article: String, _ start: Int, _ end: Int, _ text: String, kind: String, speakers: [String] = [],
                   cue: String? = nil, line: Int = 0) -> QuoteAnnotation {
            QuoteAnnotation(article: article, start: start, end: end, text: text, kind: kind, speakers: speakers, cue: cue,
                            location: SourceLocation(file: "data/gold.jsonl", line: line, column: 1))
        }
        let gold = [
            quote("harbour.txt", 24, 36, "Harbour Plan", kind: "headline", line: 1),
            quote("harbour.txt", 134, 182, "We need more time to read the engineers’ report,", kind: "direct",
                  speakers: ["Helen Ortiz"], cue: "said", line: 2),
            quote("harbour.txt", 235, 257, "ambitious but untested", kind: "partial", speakers: ["Helen Ortiz"], cue: "called", line: 3),
            quote("farm.txt", 87, 137, "Farmers are planting less because water is scarce,", kind: "direct",
                  speakers: ["Priya Natarajan"], cue: "said", line: 4),
        ]
        let predictions = [
            quote("farm.txt", 87, 137, "Farmers are planting less because water is scarce,", kind: "direct",
                  speakers: ["Priya Natarajan"], cue: "said"),
            quote("harbour.txt", 24, 36, "Harbour Plan", kind: "headline"),
            quote("harbour.txt", 134, 181, "We need more time to read the engineers’ report", kind: "partial", speakers: ["Ortiz"], cue: "said"),
            quote("harbour.txt", 338, 372, "a relief for everyone on the quay.", kind: "partial"),
        ]
        let result = Scorer().score(gold: gold, predictions: predictions)
        return EvaluationReport(goldPath: "data/gold.jsonl", result: result,
                                bars: [ScoreBar(figure: "span_overlap_F1", minimum: 0.7), ScoreBar(figure: "kind_acc", minimum: 1.0)],
                                problems: [DatasetProblem(SourceLocation(file: "data/gold.jsonl", line: 5, column: 1), .error, .syntax,
                                                          "not valid JSON: expecting a value")])
    }

    private func check(_ rendered: String, _ name: String) throws {
        let path = TestPaths.snapshots + "/" + name
        if ProcessInfo.processInfo.environment["QUOTECHECK_UPDATE_SNAPSHOTS"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("no snapshot \(name); run with QUOTECHECK_UPDATE_SNAPSHOTS=1 to write it")
            return
        }
        #expect(rendered == String(decoding: data, as: UTF8.self), "\(name) differs from its snapshot")
    }

    @Test func validationText() throws { try check(TextValidationReporter().render(Self.validation), "validate.text.txt") }
    @Test func validationJSON() throws { try check(JSONValidationReporter().render(Self.validation), "validate.json") }
    @Test func validationMarkdown() throws { try check(MarkdownValidationReporter().render(Self.validation), "validate.md") }
    @Test func validationSARIF() throws { try check(SARIFValidationReporter().render(Self.validation), "validate.sarif") }
    @Test func validationGitHub() throws { try check(GitHubValidationReporter().render(Self.validation), "validate.github.txt") }

    @Test func evaluationText() throws { try check(TextEvaluationReporter().render(Self.evaluation), "eval.text.txt") }
    @Test func evaluationJSON() throws { try check(JSONEvaluationReporter().render(Self.evaluation), "eval.json") }
    @Test func evaluationMarkdown() throws { try check(MarkdownEvaluationReporter(mismatchLimit: 2).render(Self.evaluation), "eval.md") }
    @Test func evaluationSARIF() throws { try check(SARIFEvaluationReporter().render(Self.evaluation), "eval.sarif") }
    @Test func evaluationGitHub() throws { try check(GitHubEvaluationReporter().render(Self.evaluation), "eval.github.txt") }

    @Test func machineReadableOutputsParse() throws {
        for rendered in [JSONValidationReporter().render(Self.validation), SARIFValidationReporter().render(Self.validation),
                         JSONEvaluationReporter().render(Self.evaluation), SARIFEvaluationReporter().render(Self.evaluation)] {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(rendered.utf8)) }
        }
    }

    @Test func everyFormatHasItsReporters() {
        for format in ReportFormat.datasetFormats {
            #expect(format.validationReporter.map { !$0.render(Self.validation).isEmpty } == true)
            #expect(format.evaluationReporter().map { !$0.render(Self.evaluation).isEmpty } == true)
        }
        for format in ReportFormat.checkFormats {
            #expect(format.checkReporter() != nil)
        }
    }
}
