import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckText
@testable import QuoteCheckEvaluation
@testable import QuoteCheckReports

/// Text that reaches a terminal (issue 17, rows 12-13 beyond the check report): control
/// characters from quotes and file names are shown, never sent, on standard error and in the
/// `validate` and `eval` reports; web addresses in their Markdown stay text.
@Suite("Terminal text")
struct TerminalTextTests {
    /// ESC, BEL, CR, DEL and the C1 control CSI (U+009B), which some terminals act on alone.
    static let hostile = "red \u{1B}[31malert\u{07}\r\u{7F}\u{9B}2J"

    /// No byte a terminal would act on: C0 but line feed and tab, DEL, and C1 (UTF-8 C2 80–9F).
    static func isInert(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return !scalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test("control characters are written out as \\u{…}; line feeds, tabs and other text stay")
    func escapesControls() {
        let escaped = TerminalText.escape(Self.hostile + "\n\tnext «line» ✓")
        #expect(escaped == #"red \u{1B}[31malert\u{7}\u{D}\u{7F}\u{9B}2J"# + "\n\tnext «line» ✓")
        #expect(TerminalText.escape("plain “text”\n") == "plain “text”\n")
    }

    @Test("the Markdown escaper writes out C1 and DEL as well as C0")
    func markdownEscapesEveryControl() {
        let escaped = MarkdownText.escape(Self.hostile)
        #expect(Self.isInert(escaped), "\(escaped.debugDescription)")
        #expect(escaped.contains(#"\\u{9B}"#) && escaped.contains(#"\\u{1B}"#))
    }

    @Test("an error naming a file with ESC in its name shows the escape, not the byte")
    func diagnosticsEscapeFileNames() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "bad\u{1B}]0;pwned\u{07}.txt"
        try Fixtures.write([0x22, 0xFF, 0x22], to: name, in: folder)
        let outcome = try CommandRunner.run(["extract", folder.appendingPathComponent(name).path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(#"bad\u{1B}]0;pwned\u{7}.txt:1:2: error: invalid UTF-8"#), "\(outcome.stderr.debugDescription)")
        #expect(Self.isInert(outcome.stderr), "\(outcome.stderr.debugDescription)")
        // A path that does not exist, and a warning from a folder walk, likewise.
        let missing = try CommandRunner.run(["check", folder.appendingPathComponent("gone\u{9B}31m.txt").path])
        #expect(missing.status == 2)
        #expect(Self.isInert(missing.stderr) && missing.stderr.contains(#"gone\u{9B}31m.txt"#), "\(missing.stderr.debugDescription)")
    }

    static let report = ValidationReport(files: ["gold\u{1B}.jsonl"], records: 1, problems: [
        DatasetProblem(SourceLocation(file: "gold\u{1B}[2J.jsonl", line: 1, column: 1), .error, .text,
                       "text does not match, which reads \"\(hostile) https://evil.example/x\""),
    ])

    @Test("validate's text and Markdown reports write control characters out")
    func validateReportsAreInert() {
        for rendered in [TextValidationReporter().render(Self.report), MarkdownValidationReporter().render(Self.report)] {
            #expect(Self.isInert(rendered), "\(rendered.debugDescription)")
            #expect(rendered.contains("u{1B}"))
        }
    }

    @Test("validate's and eval's Markdown keep web addresses as text")
    func markdownAddressesStayText() {
        let validation = MarkdownValidationReporter().render(Self.report)
        #expect(!validation.contains("https://") && validation.contains("evil.example"), "\(validation)")
        let quote = QuoteAnnotation(article: "www.evil.example/a.txt", start: 0, end: 5, text: "see https://evil.example/x \u{1B}[31m",
                                    kind: "direct", speakers: [], cue: nil,
                                    location: SourceLocation(file: "gold.jsonl", line: 1, column: 1))
        let result = Scorer().score(gold: [quote], predictions: [])
        let evaluation = MarkdownEvaluationReporter().render(EvaluationReport(goldPath: "https://evil.example/gold.jsonl", result: result, bars: []))
        #expect(!evaluation.contains("https://") && !evaluation.contains("www.evil"), "\(evaluation)")
        #expect(Self.isInert(evaluation), "\(evaluation.debugDescription)")
    }
}
