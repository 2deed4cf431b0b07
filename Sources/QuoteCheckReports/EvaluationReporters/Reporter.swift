import QuoteCheckEvaluation

/// Renders what `quotecheck validate` found, in one output format.
public protocol ValidationReporter {
    func render(_ report: ValidationReport) -> String
}

/// Renders what `quotecheck eval` measured, in one output format.
public protocol EvaluationReporter {
    func render(_ report: EvaluationReport) -> String
}
