import QuoteCheckEvaluation

/// SARIF 2.1.0, for code-scanning upload: every problem a result at its file, line and column.
public struct SARIFValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        SARIFLog(problems: report.problems).render()
    }
}
