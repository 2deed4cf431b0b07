import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckCrossCheck

/// What the editor's reports (Markdown and HTML) show of a check report, chosen once for both:
/// the statements the findings are about, how each travelled, the articles that get a table of
/// their quotes and the speakers the index lists. By default (`ArticleTables.findings`) that is
/// what the findings need and the rest is counted: a report over an archive stays readable.
struct ReportOutline {
    /// Statements (indices into the report's list) that findings are about, in the order of
    /// the first finding about each, with how each travelled.
    let travels: [StatementTravel]
    /// Statements carried by more than one article that no finding is about: listed in a table
    /// when every article is asked for, else only counted.
    let otherStatements: [StatementProvenance]
    let listsOtherStatements: Bool
    /// Articles (indices) that get a table of their quotes, in input order.
    let articles: [Int]
    /// The speaker index's entries shown, and how many speakers are left out.
    let speakers: [SpeakerIndex.Entry]
    let speakersLeftOut: Int

    init(_ report: CheckReport, articleTables: ArticleTables) {
        var order: [Int] = []
        var seen = Set<Int>()
        for finding in report.findings {
            if let statement = finding.statement, seen.insert(statement).inserted { order.append(statement) }
        }
        travels = order.map { statement in
            StatementTravel(report.statements[statement], report: report,
                            findings: report.findings.filter { $0.statement == statement })
        }
        otherStatements = report.statements.filter { !seen.contains($0.index) }
        listsOtherStatements = articleTables != .findings

        let cited = Set(report.findings.flatMap { $0.evidence.map(\.articleIndex) })
        switch articleTables {
        case .findings: articles = cited.sorted()
        case .all: articles = Array(report.articles.indices)
        case let .first(count): articles = Array(report.articles.indices.prefix(count))
        }

        let all = report.corpus.speakers.sorted
        if articleTables == .findings {
            let named = Set(report.findings.flatMap { $0.evidence.flatMap { $0.speakers.map(\.straightApostrophes) } })
            speakers = all.filter { named.contains($0.name.straightApostrophes) }
        } else {
            speakers = all
        }
        speakersLeftOut = all.count - speakers.count
    }

    /// Quotes in the articles without a table.
    func quotesLeftOut(_ report: CheckReport) -> (articles: Int, quotes: Int) {
        let shown = Set(articles)
        let rest = report.articles.indices.filter { !shown.contains($0) }
        return (rest.count, rest.reduce(0) { $0 + report.articles[$1].recordCount })
    }

    // What both reports write the same way.

    /// The facts a finding's table gives of each mention, in order: each reporter escapes the
    /// values and may dress some up (the HTML page colours speakers and quotes).
    enum Fact: CaseIterable {
        case article, place, date, outlet, speakers, via, text, attribution

        func label(_ finding: CheckFinding) -> String {
            switch self {
            case .article: "Article"
            case .place: "Line:column"
            case .date: "Date"
            case .outlet: "Outlet"
            case .speakers: "Speaker"
            case .via: "Via"
            case .text: finding.check == .roleConflict ? "Title" : finding.check == .nameSpelling ? "Name" : "Quote"
            case .attribution: "Attribution"
            }
        }

        /// The value as plain text; nil or empty when there is none.
        func value(_ evidence: Evidence) -> String? {
            switch self {
            case .article: evidence.article
            case .place: "\(evidence.line):\(evidence.column)"
            case .date: evidence.date
            case .outlet: evidence.outlet
            case .speakers: evidence.speakers.joined(separator: "; ")
            case .via: evidence.via.joined(separator: "; ")
            case .text: evidence.text
            case .attribution: ReportOutline.attribution(evidence)
            }
        }
    }

    /// The report's counts under its title: "12 articles · 80 quotes · 3 statements carried by
    /// more than one article" (no markup, nothing to escape).
    static func counts(_ report: CheckReport) -> String {
        "\(report.articles.count) articles · \(report.quoteCount) quotes · "
            + "\(report.statements.count) statements carried by more than one article"
    }

    /// The findings by severity, most severe first, each with its number in the report (1-based,
    /// counted in this order); severities without findings are left out.
    static func findingsBySeverity(_ report: CheckReport) -> [(severity: Severity, findings: [(number: Int, finding: CheckFinding)])] {
        var number = 0
        return Severity.allCases.reversed().compactMap { severity in
            let matching = report.findings.filter { $0.severity == severity }
            guard !matching.isEmpty else { return nil }
            return (severity, matching.map { finding in
                number += 1
                return (number, finding)
            })
        }
    }

    /// The heading of a severity's findings.
    static func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Information"
        }
    }

    /// The findings' count by severity, most severe first: "1 error, 2 warning, 0 info".
    static func severityTotals(_ report: CheckReport) -> String {
        Severity.allCases.reversed().map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: ", ")
    }

    /// Where a statement was first seen: "article 3:4, 2024-03-05 (Reuters)".
    static func firstSeen(_ statement: StatementProvenance) -> String {
        let first = statement.first
        var seen = "\(first.article) \(first.line):\(first.column)"
        if let date = first.date { seen += ", \(date)" }
        if let outlet = first.outlet { seen += " (\(outlet))" }
        return seen
    }

    /// The column header of each mention of a finding.
    static func mentionHeaders(_ finding: CheckFinding) -> [String] {
        let headers: [String]
        switch finding.check {
        case .wordingDrift: headers = ["Wording carried more widely", "Variant"]
        case .truncatedQuote: headers = ["Longer", "Shorter"]
        default: headers = []
        }
        return finding.evidence.indices.map { $0 < headers.count ? headers[$0] : "Mention \($0 + 1)" }
    }

    /// The rule that decided a mention's speaker, and how sure it is: "cue-after-quote/name, high".
    static func attribution(_ evidence: Evidence) -> String? {
        guard let rule = evidence.speakerRule else { return nil }
        return evidence.confidence.map { "\(rule), \($0.rawValue)" } ?? rule
    }

    /// The numbers (1-based, in report order) of the findings about each statement.
    static func findingNumbers(_ report: CheckReport) -> [Int: [Int]] {
        var numbers: [Int: [Int]] = [:]
        for (index, finding) in report.findings.enumerated() {
            if let statement = finding.statement { numbers[statement, default: []].append(index + 1) }
        }
        return numbers
    }

    /// An article's one-line description: "id · outlet · date (from where) · N quotes".
    static func articleLine(_ article: CorpusArticle) -> String {
        var parts = [article.id, article.publisher ?? "outlet unknown"]
        parts.append(article.date.map { "\($0.iso) (from \($0.source.rawValue))" } ?? "date unknown")
        parts.append("\(article.recordCount) quote\(article.recordCount == 1 ? "" : "s")")
        return parts.joined(separator: " · ")
    }

    /// A check's severity as the summary shows it: the rules' (and the escalated one), or the
    /// severities its findings have when they differ.
    static func severityShown(_ definition: CheckRules.Definition, in report: CheckReport) -> String {
        let severities = Set(report.findings.filter { $0.check == definition.kind }.map(\.severity))
        var shown = definition.severity.rawValue
        if let escalated = definition.escalatedSeverity { shown += " or \(escalated.rawValue)" }
        if severities.count > 1 || (severities.count == 1 && severities.first != definition.severity) {
            shown = Severity.allCases.reversed().filter(severities.contains).map(\.rawValue).joined(separator: ", ")
        }
        return shown
    }
}
