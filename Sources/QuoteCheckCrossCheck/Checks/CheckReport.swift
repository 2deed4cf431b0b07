import QuoteCheckRules
import QuoteCheckExtraction

/// The result of a cross-source check: what reporters render.
public struct CheckReport: Sendable {
    /// The articles, in input order; their quotes are read back through `records(of:)`.
    public let corpus: CheckCorpus
    /// Findings, most severe first, then the surest, then those about the most widely carried
    /// statements; then in the rules' check order, then by first mention.
    public let findings: [CheckFinding]
    /// Statements carried by more than one article, with their provenance.
    public let statements: [StatementProvenance]
    /// Inputs that could not be read (reported, and the run went on).
    public let inputErrors: [InputError]
    /// The checks that ran, in the rules' order.
    public let checks: [CheckRules.Definition]

    public init(corpus: CheckCorpus, findings: [CheckFinding], statements: [StatementProvenance],
                inputErrors: [InputError], checks: [CheckRules.Definition]) {
        self.corpus = corpus
        self.findings = findings
        self.statements = statements
        self.inputErrors = inputErrors
        self.checks = checks
    }

    public var articles: [CorpusArticle] { corpus.articles }
    public var quoteCount: Int { corpus.quoteCount }

    /// The quote records of article `index`, in order.
    public func records(of index: Int) -> [QuoteRecord] { corpus.records(of: index) }

    /// A statement's mention as evidence, read back from the spool.
    package func evidence(_ mention: StatementMention) -> Evidence {
        Evidence(corpus.record(article: mention.article, index: mention.record), articleIndex: mention.article,
                 article: articles[mention.article])
    }

    public func count(_ check: CheckKind) -> Int { findings.lazy.filter { $0.check == check }.count }
    public func count(_ severity: Severity) -> Int { findings.lazy.filter { $0.severity == severity }.count }

    /// Number of findings at or above `severity` (what `--fail-on` looks at).
    public func count(atLeast severity: Severity) -> Int { findings.lazy.filter { $0.severity >= severity }.count }
}
