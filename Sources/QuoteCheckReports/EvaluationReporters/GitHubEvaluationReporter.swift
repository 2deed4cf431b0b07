import QuoteCheckText
import QuoteCheckExtraction
import QuoteCheckEvaluation

/// GitHub Actions workflow commands: an `::error` for each bar not reached and each input
/// problem, then a notice with the headline figures. The Markdown summary goes to
/// `$GITHUB_STEP_SUMMARY` (written by the command).
public struct GitHubEvaluationReporter: EvaluationReporter {
    public init() {}
    public func render(_ report: EvaluationReport) -> String {
        var out = ""
        for problem in report.problems { out += problem.githubCommand(command: "eval") }
        for bar in report.bars where !bar.passed {
            out += GitHubWorkflowCommand.line("error", location: SourceLocation(file: report.goldPath, line: 0, column: 0),
                                              title: "quotecheck eval: bar", message: BarFailures.message(bar)) + "\n"
        }
        let scores = report.scores
        let headline = [
            "span F1 exact \(ReportText.fixed3(scores.spanExact.f1)) overlap \(ReportText.fixed3(scores.spanOverlap.f1))",
            "kind \(ReportText.fixed3(scores.kindAccuracy))",
            "speaker \(ReportText.fixed3(scores.speakerStrictAccuracy)) (lenient \(ReportText.fixed3(scores.speakerLenientAccuracy)))",
            "cue \(ReportText.fixed3(scores.cueAccuracy))", "via \(ReportText.fixed3(scores.viaAccuracy))",
            "outlet \(ReportText.fixed3(scores.outletAccuracy))",
            "\(scores.gold) gold, \(scores.predicted) predicted",
        ].joined(separator: "; ")
        out += GitHubWorkflowCommand.line("notice", title: "quotecheck eval", message: headline) + "\n"
        return out
    }
}
