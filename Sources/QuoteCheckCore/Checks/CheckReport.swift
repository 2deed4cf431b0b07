/// The result of a cross-source check: what reporters render.
public struct CheckReport: Sendable {
    /// The articles, in input order, with their quotes.
    public let articles: [ArticleAnalysis]
    /// Findings, most severe first, then in the rules' check order, then by first mention.
    public let findings: [CheckFinding]
    /// Statements carried by more than one article, with their provenance.
    public let statements: [StatementProvenance]
    /// Inputs that could not be read (reported, and the run went on).
    public let inputErrors: [InputError]
    /// The checks that ran, in the rules' order.
    public let checks: [CheckRules.Definition]

    public init(articles: [ArticleAnalysis], findings: [CheckFinding], statements: [StatementProvenance],
                inputErrors: [InputError], checks: [CheckRules.Definition]) {
        self.articles = articles
        self.findings = findings
        self.statements = statements
        self.inputErrors = inputErrors
        self.checks = checks
    }

    public var quoteCount: Int { articles.reduce(0) { $0 + $1.records.count } }

    public func count(_ check: CheckKind) -> Int { findings.lazy.filter { $0.check == check }.count }
    public func count(_ severity: Severity) -> Int { findings.lazy.filter { $0.severity == severity }.count }

    /// Number of findings at or above `severity` (what `--fail-on` looks at).
    public func count(atLeast severity: Severity) -> Int { findings.lazy.filter { $0.severity >= severity }.count }
}
