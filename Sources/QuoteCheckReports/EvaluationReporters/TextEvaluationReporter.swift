import QuoteCheckEvaluation

/// The reference scorer's own output, line for line (`f"{k:22s} {v:.3f}"`), so the two can be
/// diffed. Bars and input problems go to standard error, written by the command.
public struct TextEvaluationReporter: EvaluationReporter {
    public init() {}
    public func render(_ report: EvaluationReport) -> String {
        var out = ""
        for figure in report.scores.figures {
            let padding = String(repeating: " ", count: max(0, 22 - figure.name.count))
            out += figure.name + padding + " " + ReportText.figure(figure.value) + "\n"
        }
        return out
    }
}
