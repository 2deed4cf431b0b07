/// Every output format of quotecheck's reports. Each command offers the formats it can write:
/// `check` the editor's page (`markdown`, `html`) and the machine formats, `validate` and `eval`
/// plain `text` and the machine formats; a reporter exists for each pair.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, sarif, github

    /// What `check --format` offers, in the order its help lists them.
    public static let checkFormats: [ReportFormat] = [.markdown, .html, .json, .sarif, .github]
    /// What `validate --format` and `eval --format` offer, in the order their help lists them.
    public static let datasetFormats: [ReportFormat] = [.text, .json, .markdown, .sarif, .github]

    /// The check reporter of this format (nil for `text`); `articleTables` chooses the articles
    /// whose quotes the Markdown and HTML reports list.
    public func checkReporter(articleTables: ArticleTables = .findings) -> (any CheckReporter)? {
        switch self {
        case .markdown: CheckMarkdownReporter(articleTables: articleTables)
        case .html: CheckHTMLReporter(articleTables: articleTables)
        case .json: CheckJSONReporter()
        case .sarif: CheckSARIFReporter()
        case .github: CheckGitHubReporter()
        case .text: nil
        }
    }

    /// The `validate` reporter of this format (nil for `html`).
    public var validationReporter: (any ValidationReporter)? {
        switch self {
        case .text: TextValidationReporter()
        case .json: JSONValidationReporter()
        case .markdown: MarkdownValidationReporter()
        case .sarif: SARIFValidationReporter()
        case .github: GitHubValidationReporter()
        case .html: nil
        }
    }

    /// The `eval` reporter of this format (nil for `html`).
    public func evaluationReporter(mismatchLimit: Int = MarkdownEvaluationReporter.defaultMismatchLimit) -> (any EvaluationReporter)? {
        switch self {
        case .text: TextEvaluationReporter()
        case .json: JSONEvaluationReporter()
        case .markdown: MarkdownEvaluationReporter(mismatchLimit: mismatchLimit)
        case .sarif: SARIFEvaluationReporter()
        case .github: GitHubEvaluationReporter()
        case .html: nil
        }
    }
}
