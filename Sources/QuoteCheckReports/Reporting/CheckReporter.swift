import QuoteCheckText
import QuoteCheckCrossCheck

/// Renders a check report in one output format. Reporters are small and independent: adding a
/// format is adding a type and a case of `ReportFormat`.
public protocol CheckReporter: Sendable {
    /// Writes the report to `output` piece by piece; the pieces, joined, are the report, ending
    /// in a newline. A report over an archive runs to many megabytes: it need not be held whole.
    func write(_ report: CheckReport, to output: (String) -> Void)
}

extension CheckReporter {
    /// The whole report as one text.
    public func render(_ report: CheckReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }
}

/// How large a piece of a report grows before it is handed on.
let reportPieceBytes = 1 << 16

extension CheckReport {
    /// Where a mention is in the input files: the article's file and, for a whole-file article,
    /// the quote's line and column; for a JSONL article, the JSONL line (column 1).
    func fileLocation(of evidence: Evidence) -> SourceLocation {
        articles[evidence.articleIndex].origin.placing(line: evidence.line, column: evidence.column)
    }
}
