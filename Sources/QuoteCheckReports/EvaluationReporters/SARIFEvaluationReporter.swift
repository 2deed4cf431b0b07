import QuoteCheckText
import QuoteCheckEvaluation

/// SARIF 2.1.0: a result for each bar not reached (at the gold file) and each input problem.
public struct SARIFEvaluationReporter: EvaluationReporter {
    public init() {}
    public func render(_ report: EvaluationReport) -> String {
        SARIFLog(problems: report.problems + BarFailures.problems(report)).render()
    }
}

/// Bars not reached, as problems located at the gold file.
enum BarFailures {
    static func problems(_ report: EvaluationReport) -> [DatasetProblem] {
        report.bars.filter { !$0.passed }.map { bar in
            DatasetProblem(SourceLocation(file: report.goldPath, line: 0, column: 0), .error, .bar, message(bar))
        }
    }

    static func message(_ bar: ScoreBar.Result) -> String {
        "\(bar.bar.figure) \(ReportText.fixed3(bar.value)) is below the bar \(ReportText.fixed3(bar.bar.minimum))"
    }
}
