import QuoteCheckEvaluation

/// A Markdown summary (for pull requests and `$GITHUB_STEP_SUMMARY`): counts, then a table of
/// problems.
public struct MarkdownValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        var out = "## quotecheck validate\n\n"
        out += "\(report.errorCount == 0 && report.warningCount == 0 ? "Clean" : "Problems found"): "
            + "\(MarkdownText.escape(report.summary)).\n"
        guard !report.problems.isEmpty else { return out }
        out += "\n| location | level | check | message |\n| --- | --- | --- | --- |\n"
        for problem in report.problems {
            out += "| \(MarkdownText.escape(problem.location.description)) | \(problem.severity.rawValue) | "
                + "\(problem.check.rawValue) | \(MarkdownText.escape(problem.message)) |\n"
        }
        return out
    }
}
