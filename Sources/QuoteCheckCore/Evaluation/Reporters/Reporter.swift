/// Renders what `quotecheck validate` found, in one output format.
public protocol ValidationReporter {
    func render(_ report: ValidationReport) -> String
}

/// Renders what `quotecheck eval` measured, in one output format.
public protocol EvaluationReporter {
    func render(_ report: EvaluationReport) -> String
}

/// The output formats of `validate` and `eval`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, sarif, github

    public var validationReporter: any ValidationReporter {
        switch self {
        case .text: return TextValidationReporter()
        case .json: return JSONValidationReporter()
        case .markdown: return MarkdownValidationReporter()
        case .sarif: return SARIFValidationReporter()
        case .github: return GitHubValidationReporter()
        }
    }

    public func evaluationReporter(mismatchLimit: Int = MarkdownEvaluationReporter.defaultMismatchLimit) -> any EvaluationReporter {
        switch self {
        case .text: return TextEvaluationReporter()
        case .json: return JSONEvaluationReporter()
        case .markdown: return MarkdownEvaluationReporter(mismatchLimit: mismatchLimit)
        case .sarif: return SARIFEvaluationReporter()
        case .github: return GitHubEvaluationReporter()
        }
    }
}
