import QuoteCheckText
import QuoteCheckRules
import QuoteCheckCrossCheck

/// The editor's report, in GitHub-flavoured Markdown: a summary table; the findings (most
/// severe, surest and most widely carried first), each with its mentions side by side, the
/// sentence that attributes each one with the quote, speaker and cue marked, and a word-level
/// diff of the wordings; the statements findings are about, each with a Mermaid diagram of how
/// it travelled (the other statements are counted); the quotes of the articles findings cite,
/// each article folded in a `<details>`; and the speakers findings name. `articleTables` widens
/// the last three to every article (`all`) or the first N.
public struct CheckMarkdownReporter: CheckReporter {
    /// Which articles get a table of their quotes; the others are counted.
    public let articleTables: ArticleTables
    /// How many places the speaker index lists for one speaker; the others are counted. At most
    /// the corpus's `SpeakerIndex.placesKept` are known.
    public let placesPerSpeaker: Int

    /// The default of `placesPerSpeaker`.
    public static let defaultPlacesPerSpeaker = SpeakerIndex.defaultPlacesKept

    public init(articleTables: ArticleTables = .findings, placesPerSpeaker: Int = defaultPlacesPerSpeaker) {
        self.articleTables = articleTables
        self.placesPerSpeaker = placesPerSpeaker
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        ReportLines.write(to: output) { write(report, &$0) }
    }

    private func write(_ report: CheckReport, _ out: inout ReportLines) {
        let outline = ReportOutline(report, articleTables: articleTables)
        out.append("# Quote check report")
        out.append("")
        out.append("\(report.articles.count) articles · \(report.quoteCount) quotes · "
            + "\(report.statements.count) statements carried by more than one article")
        out.append("")
        summary(report, &out)
        findings(report, &out)
        statements(report, outline, &out)
        articles(report, outline, &out)
        speakers(report, outline, &out)
        inputErrors(report, &out)
    }

    private func summary(_ report: CheckReport, _ out: inout ReportLines) {
        out.append("## Summary")
        out.append("")
        out.append("| Check | Severity | Findings |")
        out.append("| --- | --- | ---: |")
        for definition in report.checks {
            out.append("| \(definition.kind.rawValue) | \(ReportOutline.severityShown(definition, in: report)) | \(report.count(definition.kind)) |")
        }
        let bySeverity = Severity.allCases.reversed().map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        out.append("| **Total** | \(bySeverity) | \(report.findings.count) |")
        out.append("")
    }

    private func findings(_ report: CheckReport, _ out: inout ReportLines) {
        out.append("## Findings")
        out.append("")
        if report.findings.isEmpty {
            out.append("No findings.")
            out.append("")
            return
        }
        out.append("Most severe first, then the surest attribution, then the most widely carried statement. "
            + "Each mention's sentence shows <b>the quote</b>, <i>the words that name the speaker</i> and <ins>the cue</ins>.")
        out.append("")
        var number = 0
        for severity in Severity.allCases.reversed() {
            let matching = report.findings.filter { $0.severity == severity }
            guard !matching.isEmpty else { continue }
            out.append("### \(Self.heading(severity)) (\(matching.count))")
            out.append("")
            for finding in matching {
                number += 1
                out.append("#### \(number). \(finding.check.rawValue): \(MarkdownText.escape(finding.message))")
                out.append("")
                evidenceTable(finding, &out)
                contexts(finding, &out)
                if let diff = finding.diff {
                    out.append("Word diff (~~left out~~, **added**): " + Self.render(diff))
                    out.append("")
                }
                if let statement = finding.statement {
                    out.append("How it travelled: [statement \(statement + 1)](#statement-\(statement + 1)).")
                    out.append("")
                }
            }
        }
    }

    private func evidenceTable(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        out.append("| | " + headers.joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " --- |", count: finding.evidence.count))
        for fact in ReportOutline.Fact.allCases {
            out.append("| \(fact.label(finding)) | " + finding.evidence.map { MarkdownText.cell(fact.value($0)) }.joined(separator: " | ") + " |")
        }
        out.append("")
    }

    /// Each mention's sentence, the quote, speaker and cue marked.
    private func contexts(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        var wrote = false
        for (index, evidence) in finding.evidence.enumerated() {
            guard let marked = MarkedContext(evidence) else { continue }
            var line = "- \(headers[index]), \(MarkdownText.escape(evidence.article)) \(evidence.line):\(evidence.column): "
            if marked.clippedBefore { line += "… " }
            for piece in marked.pieces {
                let text = MarkdownText.escape(piece.text)
                switch piece.mark {
                case .plain: line += text
                case .mention: line += "<b>\(text)</b>"
                case .speaker: line += "<i>\(text)</i>"
                case .cue: line += "<ins>\(text)</ins>"
                }
            }
            if marked.clippedAfter { line += " …" }
            out.append(line)
            wrote = true
        }
        if wrote { out.append("") }
    }

    private func statements(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("## Statements carried by more than one article")
        out.append("")
        if report.statements.isEmpty {
            out.append("None.")
            out.append("")
            return
        }
        let numbers = ReportOutline.findingNumbers(report)
        if !outline.travels.isEmpty {
            out.append("The \(outline.travels.count) that findings are about, each with how it travelled: from its first "
                + "source to the articles that carried it, in date order; red marks the mention a finding sets apart.")
            out.append("")
        }
        for travel in outline.travels {
            let statement = travel.statement
            out.append("### Statement \(statement.index + 1)")
            out.append("")
            var facts = "“\(MarkdownText.escape(statement.text))” · "
                + "\(MarkdownText.cell(statement.speakers.joined(separator: "; "))) · first seen "
                + "\(MarkdownText.escape(ReportOutline.firstSeen(statement))) · "
                + "\(statement.articleCount) articles · \(statement.variantCount) wording\(statement.variantCount == 1 ? "" : "s")"
            if let cited = numbers[statement.index] {
                facts += " · finding\(cited.count == 1 ? "" : "s") " + cited.map(String.init).joined(separator: ", ")
            }
            out.append(facts)
            out.append("")
            for line in TravelMermaid.lines(travel) { out.append(line) }
            out.append("")
            for (rank, wording) in travel.wordings.enumerated() {
                out.append("- \(StatementTravel.wordingLabel(rank)) (\(wording.articles) article\(wording.articles == 1 ? "" : "s")): "
                    + MarkdownText.escape(wording.text))
            }
            if travel.moreWordings > 0 { out.append("- and \(travel.moreWordings) more wordings") }
            out.append("")
        }
        let others = outline.otherStatements
        guard !others.isEmpty else { return }
        guard outline.listsOtherStatements else {
            out.append("\(others.count) more statement\(others.count == 1 ? " is" : "s are") carried by more than one article "
                + "without a finding; `--article-tables all` lists them here, and `--format json` gives them all.")
            out.append("")
            return
        }
        if !outline.travels.isEmpty {
            out.append("### Statements without a finding")
            out.append("")
        }
        out.append("| # | Statement | Speaker | First seen | Outlets | Articles | Wordings |")
        out.append("| ---: | --- | --- | --- | --- | ---: | ---: |")
        for statement in others {
            out.append("| \(statement.index + 1) | \(MarkdownText.cell(statement.text)) "
                + "| \(MarkdownText.cell(statement.speakers.joined(separator: "; "))) | \(MarkdownText.escape(ReportOutline.firstSeen(statement))) "
                + "| \(MarkdownText.cell(statement.outlets.joined(separator: ", "))) | \(statement.articleCount) "
                + "| \(statement.variantCount) |")
        }
        out.append("")
    }

    private func articles(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("## Quotes by article")
        out.append("")
        if articleTables == .findings {
            out.append(outline.articles.isEmpty ? "No finding cites an article." : "The articles that findings cite.")
            out.append("")
        }
        for number in outline.articles {
            let article = report.articles[number]
            // Raw HTML: its text is escaped as HTML, and the blank line after it lets the table
            // inside be read as Markdown.
            out.append("<details><summary>\(HTMLText.escape(ReportOutline.articleLine(article)))</summary>")
            out.append("")
            if article.recordCount > 0 {
                out.append("| Line:column | Kind | Quote | Speaker | Cue | Via |")
                out.append("| --- | --- | --- | --- | --- | --- |")
                for record in report.records(of: number) {
                    out.write("| ")
                    out.write(record.line)
                    out.write(":")
                    out.write(record.column)
                    out.write(" | ")
                    out.write(record.kind.rawValue)
                    out.write(" | ")
                    out.write(MarkdownText.cell(record.text))
                    out.write(" | ")
                    out.write(MarkdownText.cell(record.speakers.joined(separator: "; ")))
                    out.write(" | ")
                    out.write(MarkdownText.cell(record.cue))
                    out.write(" | ")
                    out.write(MarkdownText.cell(record.via.joined(separator: "; ")))
                    out.write(" |")
                    out.endLine()
                }
            } else {
                out.append("No quotes.")
            }
            out.append("")
            out.append("</details>")
            out.append("")
        }
        let left = outline.quotesLeftOut(report)
        if left.articles > 0 {
            out.append("The quotes of \(left.articles) more articles (\(left.quotes) quotes) are not listed here; "
                + "`--article-tables all` lists them, and `quotecheck extract` prints every quote as JSON Lines.")
            out.append("")
        }
    }

    private func speakers(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("## Speaker index")
        out.append("")
        let index = report.corpus.speakers
        if index.entries.isEmpty {
            out.append("No quote has a speaker.")
        } else if outline.speakers.isEmpty {
            out.append("No finding names a speaker.")
        } else {
            out.append("| Speaker | Quotes | Where |")
            out.append("| --- | ---: | --- |")
            for entry in outline.speakers {
                // Written piece by piece, like the article tables' rows. Each place is escaped on
                // its own: the ", " between places needs no escaping, so this is the escaped list.
                out.write("| ")
                out.write(MarkdownText.escape(entry.name))
                out.write(" | ")
                out.write(entry.count)
                out.write(" | ")
                let listed = entry.places.prefix(placesPerSpeaker)
                for (number, place) in listed.enumerated() {
                    if number > 0 { out.write(", ") }
                    out.write(MarkdownText.escape(report.articles[Int(place.article)].id))
                    out.write(" ")
                    out.write(Int(place.line))
                    out.write(":")
                    out.write(Int(place.column))
                }
                if entry.count > listed.count {
                    out.write(" and ")
                    out.write(entry.count - listed.count)
                    out.write(" more")
                }
                out.write(" |")
                out.endLine()
            }
        }
        out.append("")
        if outline.speakersLeftOut > 0 {
            out.append("The speakers findings name; \(outline.speakersLeftOut) more are quoted (`--article-tables all` lists them).")
            out.append("")
        }
        out.append("Quotes with no speaker found (headlines aside): \(index.unattributed).")
        out.append("")
    }

    private func inputErrors(_ report: CheckReport, _ out: inout ReportLines) {
        guard !report.inputErrors.isEmpty else { return }
        out.append("## Inputs that could not be read")
        out.append("")
        for error in report.inputErrors {
            out.append("- \(MarkdownText.escape(error.location.description)): \(MarkdownText.escape(error.message))")
        }
        out.append("")
    }

    static func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Information"
        }
    }

    /// `same ~~removed~~ **added** same`, every piece escaped.
    static func render(_ diff: WordDiff) -> String {
        diff.segments.map { segment in
            switch segment {
            case let .same(text): MarkdownText.escape(text)
            case let .removed(text): "~~\(MarkdownText.escape(text))~~"
            case let .added(text): "**\(MarkdownText.escape(text))**"
            }
        }.joined(separator: " ")
    }
}
