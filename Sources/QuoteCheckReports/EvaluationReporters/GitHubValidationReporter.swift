import QuoteCheckExtraction
import QuoteCheckEvaluation

/// GitHub Actions workflow commands: each problem an `::error` or `::warning` annotation on its
/// line, then a notice with the counts. The Markdown summary goes to `$GITHUB_STEP_SUMMARY`
/// (written by the command, which knows the environment).
public struct GitHubValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        var out = ""
        for problem in report.problems { out += problem.githubCommand(command: "validate") }
        out += GitHubWorkflowCommand.line("notice", title: "quotecheck validate", message: report.summary) + "\n"
        return out
    }
}
