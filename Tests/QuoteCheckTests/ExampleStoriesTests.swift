import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// The bundled example stories (examples/stories, written for the project) and the report made
/// from them (reports/example-report.md).
@Suite struct ExampleStoriesTests {
    /// The inputs of the example report, as `reports/README.md` names them.
    static let inputs = ["examples/stories", "examples/stories/wires.jsonl"].map(TestSupport.path)

    static func report() -> CheckReport {
        let (analyses, errors) = TestSupport.analyse(inputs)
        return TestSupport.checker.check(analyses, inputErrors: errors)
    }

    /// The stories' analyses, in input order.
    static func analyses() -> [ArticleAnalysis] { TestSupport.analyse(inputs).analyses }

    @Test func checksThatNeedNoSpeakersFireOnTheStories() {
        let report = Self.report()
        #expect(report.inputErrors.isEmpty)
        #expect(report.articles.count == 6)
        let found = TestSupport.checks(report)
        #expect(found.contains("wording-drift:error"))
        #expect(found.contains("wording-drift:warning"))
        #expect(found.contains("truncated-quote:warning"))
        // The split quote, the spelling and quote-style variants and the partial quotes stay silent.
        let textual = report.findings.filter { $0.check == .wordingDrift || $0.check == .truncatedQuote }
        #expect(textual.count == 3, "\(textual.map(\.message))")
    }

    /// Needs attribution: speaker-conflict (Lind/Olsen), role-conflict (Rendel as defence and
    /// foreign minister on 5 March) and via-conflict (Jiji Press/VTV) come from speakers and via;
    /// name-spelling ("Tomas Rendell" in one wire) from the people attribution reads.
    @Test
    func everyCheckFiresOnTheStories() {
        let report = Self.report()
        let checks = Set(report.findings.map(\.check))
        #expect(checks == Set(CheckKind.allCases), "\(report.findings.map(\.message))")
        let drift = report.findings.filter { $0.check == .wordingDrift }
        #expect(drift.count == 2)
        #expect(report.findings.filter { $0.check == .speakerConflict }.count == 1)
        #expect(report.findings.filter { $0.check == .truncatedQuote }.count == 1)
        // Hollis's released excerpt against her speech as given: information, not drift.
        #expect(report.findings.filter { $0.check == .advanceText }.map(\.severity) == [.info])
        #expect(report.findings.filter { $0.check == .nameSpelling }.map(\.evidence[0].text) == ["Tomas Rendell"])
    }

    /// Fails when reports/example-report.md is not what the current code and rules produce.
    /// Regenerate with the command in reports/README.md.
    @Test func exampleReportIsCurrent() throws {
        let fresh = CheckMarkdownReporter().render(Self.report())
        let stored = try String(contentsOfFile: TestSupport.path("reports/example-report.md"), encoding: .utf8)
        #expect(stored == fresh, "reports/example-report.md is stale: run the command in reports/README.md")
    }

    /// The same for reports/example-report.html.
    @Test func exampleHTMLReportIsCurrent() throws {
        let fresh = CheckHTMLReporter().render(Self.report())
        let stored = try String(contentsOfFile: TestSupport.path("reports/example-report.html"), encoding: .utf8)
        #expect(stored == fresh, "reports/example-report.html is stale: run the command in reports/README.md")
    }
}
