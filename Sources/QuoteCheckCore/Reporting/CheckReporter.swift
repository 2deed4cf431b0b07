/// Renders a check report in one output format. Reporters are small and independent: adding a
/// format is adding a type and a case of `CheckReportFormat`.
public protocol CheckReporter: Sendable {
    /// Writes the report to `output` piece by piece; the pieces, joined, are the report, ending
    /// in a newline. A report over an archive runs to many megabytes: it need not be held whole.
    func write(_ report: CheckReport, to output: (String) -> Void)
}

extension CheckReporter {
    /// The whole report as one text.
    public func render(_ report: CheckReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }
}

/// How large a piece of a report grows before it is handed on.
let reportPieceBytes = 1 << 16

/// The formats `quotecheck check --format` knows.
public enum CheckReportFormat: String, CaseIterable, Sendable {
    case markdown, html, json, sarif, github

    public var reporter: any CheckReporter { reporter(articleTables: .findings) }

    /// The reporter; `articleTables` chooses the articles whose quotes the Markdown and HTML
    /// reports list.
    public func reporter(articleTables: ArticleTables) -> any CheckReporter {
        switch self {
        case .markdown: CheckMarkdownReporter(articleTables: articleTables)
        case .html: CheckHTMLReporter(articleTables: articleTables)
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
        articles[evidence.articleIndex].origin.placing(line: evidence.line, column: evidence.column)
    }
}
