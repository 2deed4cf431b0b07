/// Which articles the editor's reports (Markdown, HTML) give a table of their quotes:
/// `check --article-tables findings|all|N`. A run over an archive would otherwise print the
/// archive again; the articles not shown are counted.
public enum ArticleTables: Sendable, Equatable {
    /// The articles that a finding cites (the default): what an editor needs to judge them.
    case findings
    /// Every article.
    case all
    /// The first N articles, in input order.
    case first(Int)

    /// `findings`, `all`, or a number of articles (0 or more); nil for anything else.
    public init?(argument: String) {
        switch argument {
        case "findings": self = .findings
        case "all": self = .all
        default:
            guard let count = Int(argument), count >= 0 else { return nil }
            self = .first(count)
        }
    }
}
