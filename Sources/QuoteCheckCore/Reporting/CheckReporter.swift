/// Renders a check report in one output format. Reporters are small and independent: adding a
/// format is adding a type and a case of `CheckReportFormat`.
public protocol CheckReporter: Sendable {
    /// The whole report as text, ending in a newline.
    func render(_ report: CheckReport) -> String
}

/// The formats `quotecheck check --format` knows.
public enum CheckReportFormat: String, CaseIterable, Sendable {
    case markdown, json, sarif, github

    public var reporter: any CheckReporter { reporter(articleTables: CheckMarkdownReporter.defaultArticleTables) }

    /// The reporter; `articleTables` bounds the Markdown report's per-article quote tables.
    public func reporter(articleTables: Int) -> any CheckReporter {
        switch self {
        case .markdown: CheckMarkdownReporter(articleTables: articleTables)
        case .json: CheckJSONReporter()
        case .sarif: CheckSARIFReporter()
        case .github: CheckGitHubReporter()
        }
    }
}

extension CheckReport {
    /// Where a mention is in the input files: the article's file and, for a whole-file article,
    /// the quote's line and column; for a JSONL article, the JSONL line (column 1).
    func fileLocation(of evidence: Evidence) -> SourceLocation {
        let article = articles[evidence.articleIndex]
        if article.isWholeFile {
            return SourceLocation(file: article.origin.file, line: evidence.line, column: evidence.column)
        }
        return SourceLocation(file: article.origin.file, line: article.origin.line, column: 1)
    }
}
