import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckEvaluation
@testable import QuoteCheckReports

/// Articles written for these tests, and gold files about them with one corruption a line.
@Suite("Validator")
struct ValidatorTests {
    static let harbour = TestArticle(name: "harbour.txt", text: """
        Council Delays Vote on “Harbour Plan”
        Residents packed the town hall on Tuesday as the council postponed its vote on the waterfront.
        “We need more time to read the engineers’ report,” said Mayor Helen Ortiz.
        Ortiz called the proposal “ambitious but untested” and promised a decision by March.
        Café owner Luis Baptiste said the delay was "a relief for everyone on the quay."

        """)
    static let farm = TestArticle(name: "farm.txt", text: """
        Drought Pushes Grain Prices Higher
        Wheat futures rose for a third week, traders said.
        “Farmers are planting less because water is scarce,” said Priya Natarajan, an analyst at Cedar Commodities.

        """)

    static let headline = harbour.record("Harbour Plan", kind: "headline")
    static let direct = harbour.record("We need more time to read the engineers’ report,", speakers: ["Helen Ortiz"], cue: "said")
    static let partial = harbour.record("ambitious but untested", kind: "partial", speakers: ["Helen Ortiz"], cue: "called")
    static let relief = harbour.record("a relief for everyone on the quay.", kind: "partial", speakers: ["Luis Baptiste"], cue: "said")
    static let farmer = farm.record("Farmers are planting less because water is scarce,", speakers: ["Priya Natarajan"], cue: "said")
    static let clean = [headline, direct, partial, relief, farmer]

    /// A folder with both articles and `gold.jsonl` holding `lines`.
    private func dataset(_ lines: [String]) -> (folder: String, gold: String) {
        let folder = TestPaths.temporaryFolder()
        TestPaths.write(Self.harbour.text, to: folder + "/harbour.txt")
        TestPaths.write(Self.farm.text, to: folder + "/farm.txt")
        TestPaths.write(lines.joined(separator: "\n") + "\n", to: folder + "/gold.jsonl")
        return (folder, folder + "/gold.jsonl")
    }

    private func validate(_ lines: [String], _ options: Validator.Options = .init()) -> ValidationReport {
        let (folder, gold) = dataset(lines)
        let validator = Validator(options: options, rules: TestPaths.ruleSet, store: ArticleStore(directory: folder))
        let (report, unreadable) = validator.validate(paths: [gold])
        #expect(unreadable.isEmpty)
        return report
    }

    private func summary(_ report: ValidationReport) -> [String] {
        report.problems.map { "\($0.location.line) \($0.severity.rawValue) \($0.check.rawValue)" }
    }

    @Test func cleanDataValidatesClean() {
        let report = validate(Self.clean, .init(coverage: true, strict: true))
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.records == 5)
        #expect(!report.fails(at: .warning))
    }

    /// One corrupted copy of the clean file: `line` replaced by `text`.
    struct Corruption: Sendable, CustomTestStringConvertible {
        let name: String
        let line: Int
        let text: String
        /// "LINE level check" for each problem expected, in report order.
        let expected: [String]
        /// Text at the column the first problem must point at.
        let columnAt: String?
        var testDescription: String { name }
    }

    static let range = harbour.span(of: "ambitious but untested")
    static func partialRecord(start: Int = range.lowerBound, end: Int = range.upperBound, text: String = "ambitious but untested",
                              kind: String = "partial", article: String = "harbour.txt") -> String {
        TestRecord.line(article: article, start: start, end: end, text: text, kind: kind, speakers: ["Helen Ortiz"], cue: "called")
    }

    static let corruptions: [Corruption] = [
        Corruption(name: "shifted offset", line: 3, text: partialRecord(start: range.lowerBound + 1, end: range.upperBound + 1),
                   expected: ["3 error text"], columnAt: "\"ambitious"),
        Corruption(name: "changed text", line: 3, text: partialRecord(text: "ambitious but untried"),
                   expected: ["3 error text"], columnAt: "\"ambitious"),
        Corruption(name: "unknown kind", line: 3, text: partialRecord(kind: "indirect"), expected: ["3 error kind"], columnAt: "\"indirect\""),
        Corruption(name: "missing article", line: 3, text: partialRecord(article: "nowhere.txt"),
                   expected: ["3 error article"], columnAt: "\"nowhere.txt\""),
        Corruption(name: "end out of range", line: 3, text: partialRecord(end: 10_000), expected: ["3 error range"], columnAt: "10000"),
        Corruption(name: "negative start", line: 3, text: partialRecord(start: -1), expected: ["3 error range"], columnAt: "-1"),
        Corruption(name: "end before start", line: 3, text: partialRecord(start: range.upperBound, end: range.lowerBound),
                   expected: ["3 error range"], columnAt: "\(range.lowerBound), \"text\""),
        Corruption(name: "wrong type", line: 3,
                   text: partialRecord().replacingOccurrences(of: "\"start\": \(range.lowerBound)", with: "\"start\": \"\(range.lowerBound)\""),
                   expected: ["3 error field"], columnAt: "\"\(range.lowerBound)\""),
        Corruption(name: "truncated JSON line", line: 3, text: String(partialRecord().prefix(70)), expected: ["3 error syntax"], columnAt: nil),
        Corruption(name: "not an object", line: 3, text: "[1, 2]", expected: ["3 error syntax"], columnAt: "["),
        Corruption(name: "missing field", line: 3, text: partialRecord().replacingOccurrences(of: ", \"cue\": \"called\"", with: ""),
                   expected: ["3 error field"], columnAt: "{"),
        Corruption(name: "space at the edge", line: 3, text: harbour.record("Ortiz called ", kind: "partial"),
                   expected: ["3 warning marks", "3 error edge-space", "3 warning marks"], columnAt: nil),
        Corruption(name: "duplicate", line: 3, text: direct, expected: ["3 error duplicate"], columnAt: nil),
        Corruption(name: "overlap", line: 3, text: harbour.record("more time", kind: "partial"),
                   expected: ["3 warning marks", "3 error overlap", "3 warning marks"], columnAt: nil),
        Corruption(name: "speaker not named", line: 5,
                   text: farm.record("Farmers are planting less because water is scarce,", speakers: ["Priya Natarjan"]),
                   expected: ["5 warning speaker"], columnAt: "[\"Priya"),
    ]

    @Test(arguments: corruptions)
    func eachCorruptionIsReportedOnItsLine(_ corruption: Corruption) {
        var lines = Self.clean
        lines[corruption.line - 1] = corruption.text
        let report = validate(lines)
        #expect(summary(report) == corruption.expected)
        #expect(report.problems.allSatisfy { $0.location.file.hasSuffix("/gold.jsonl") })
        if let needle = corruption.columnAt, let first = report.problems.first {
            let text = corruption.text
            let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: needle)!.lowerBound) + 1
            #expect(first.location.column == column, "\(first)")
        }
        #expect(report.fails(at: corruption.expected.contains { $0.contains("error") } ? .error : .warning))
    }

    @Test func everyProblemOfAFileInOneRun() {
        var lines = Self.clean
        lines[1] = Self.harbour.record("We need more time to read the engineers’ report,", kind: "quote")
        lines[2] = String(Self.partial.prefix(30))
        lines[4] = Self.farmer.replacingOccurrences(of: "\"end\": ", with: "\"end\": 1.5, \"x\": ")
        lines.append(Self.headline)
        let report = validate(lines)
        #expect(summary(report) == ["2 error kind", "3 error syntax", "5 error field", "6 error duplicate"])
        #expect(report.records == 4)
        #expect(TextValidationReporter().render(report).hasSuffix("4 errors, 0 warnings in 4 records (1 file)\n"))
    }

    @Test func textThatIsNotAtItsOffsetsSaysWhereItIs() {
        let shifted = Self.partialRecord(start: Self.range.lowerBound + 2, end: Self.range.upperBound + 2)
        let message = validate([shifted]).problems.first?.message ?? ""
        #expect(message.contains("the text is at \(Self.range.lowerBound)..<\(Self.range.upperBound), 2 before the record's offsets"), "\(message)")
    }

    @Test func textThatFitsNowhereSaysSo() {
        let report = validate([TestRecord.line(article: "farm.txt", start: 0, end: 7, text: "Flooded", kind: "headline")])
        #expect(report.problems.first?.message.contains("nowhere in the article") == true)
    }

    @Test func allowedKindsComeFromTheOptions() {
        let indirect = Self.harbour.record("ambitious but untested", kind: "indirect")
        #expect(summary(validate([indirect])) == ["1 error kind"])
        #expect(validate([indirect], .init(allowedKinds: ["indirect"])).problems.isEmpty)
    }

    @Test func coverageReportsQuotesTheFileLacks() {
        let lacking = [Self.headline, Self.direct, Self.relief, Self.farmer]
        #expect(validate(lacking).problems.isEmpty)
        let report = validate(lacking, .init(coverage: true))
        #expect(report.problems.count == 1)
        let problem = report.problems[0]
        #expect(problem.check == .coverage)
        #expect(problem.severity == .warning)
        #expect(problem.location.file.hasSuffix("/harbour.txt"))
        #expect(problem.location.line == 4)
        #expect(problem.location.column == 28)
        #expect(problem.message.contains("ambitious but untested"))
        #expect(!report.fails(at: .error))
        #expect(report.fails(at: .warning))
        let strict = validate(lacking, .init(coverage: true, strict: true))
        #expect(strict.problems.map(\.severity) == [.error])
    }

    @Test func anArticleThatIsNotUTF8IsAnError() {
        let (folder, gold) = dataset([TestRecord.line(article: "bad.txt", start: 0, end: 3, text: "abc", kind: "direct")])
        _ = FileManager.default.createFile(atPath: folder + "/bad.txt", contents: Data([0x61, 0x62, 0x63, 0xFF, 0x0A]))
        let (report, _) = Validator(options: .init(), rules: TestPaths.ruleSet, store: ArticleStore(directory: folder)).validate(paths: [gold])
        #expect(summary(report) == ["1 error article"])
        #expect(report.problems[0].message.contains("not valid UTF-8"))
    }

    @Test func aFileThatCannotBeOpenedIsAnInputError() {
        let validator = Validator(options: .init(), rules: TestPaths.ruleSet, store: ArticleStore(directory: TestPaths.temporaryFolder()))
        let (report, unreadable) = validator.validate(paths: ["/nonexistent/gold.jsonl"])
        #expect(report.problems.isEmpty)
        #expect(unreadable.map(\.path) == ["/nonexistent/gold.jsonl"])
    }

    @Test func spansSchemaNeedsOnlyWhatTheScorerReads() {
        let line = #"{"article": "a.txt", "start": 1, "end": 4, "speakers": null, "kind": null}"#
        let spans = AnnotationReader.read(bytes: Array(line.utf8), path: "x.jsonl", schema: .spans)
        #expect(spans.problems.isEmpty)
        #expect(spans.records.first?.speakers == [])
        let seed = AnnotationReader.read(bytes: Array(line.utf8), path: "x.jsonl", schema: .seed)
        #expect(seed.problems.map(\.message) == [
            "missing \"text\" (a string)", "\"kind\" must be a string, found null", "\"speakers\" must be an array of strings, found null",
            "missing \"cue\" (a string or null)", "missing \"via\" (an array of strings)", "missing \"outlet\" (a string or null)",
        ])
    }
}
