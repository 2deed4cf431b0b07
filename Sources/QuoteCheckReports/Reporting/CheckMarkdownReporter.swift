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
public struct CheckMarkdownReporter: EditorReportFormat {
    let options: EditorReportOptions

    public init(articleTables: ArticleTables = .findings, placesPerSpeaker: Int = EditorReportOptions.defaultPlacesPerSpeaker) {
        options = EditorReportOptions(articleTables: articleTables, placesPerSpeaker: placesPerSpeaker)
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) { writeSections(report, to: output) }

    // Text.
    func escape(_ text: String) -> String { MarkdownText.escape(text) }
    func code(_ text: String) -> String { "`\(text)`" }
    func link(_ text: String, to anchor: String) -> String { "[\(text)](#\(anchor))" }
    func findingReference(_ number: Int) -> String { String(number) }
    func cell(_ text: String?) -> String { MarkdownText.cell(text) }
    func speakerList(_ names: [String]) -> String { MarkdownText.cell(names.joined(separator: "; ")) }
    func label(_ text: String) -> String { text }

    func marked(_ piece: MarkedContext.Piece, of evidence: Evidence) -> String {
        let text = MarkdownText.escape(piece.text)
        switch piece.mark {
        case .plain: return text
        case .mention: return "<b>\(text)</b>"
        case .speaker: return "<i>\(text)</i>"
        case .cue: return "<ins>\(text)</ins>"
        }
    }

    func contextItem(who: String, sentence: String) -> String { "\(who): \(sentence)" }

    func deleted(_ text: String) -> String { "~~\(text)~~" }
    func inserted(_ text: String) -> String { "**\(text)**" }

    // Blocks: each ends with the blank line Markdown needs after it.
    func heading(_ level: Int, _ text: String, id: String?, _ out: inout ReportLines) {
        out.append(String(repeating: "#", count: level) + " " + text)
        out.append("")
    }

    func paragraph(_ text: String, class: String?, _ out: inout ReportLines) {
        out.append(text)
        out.append("")
    }

    func beginList(class: String?, _ out: inout ReportLines) {}
    func listItem(_ text: String, _ out: inout ReportLines) { out.append("- " + text) }
    func endList(_ out: inout ReportLines) { out.append("") }

    func beginTable(_ columns: [TableColumn], class: String, _ out: inout ReportLines) {
        out.append("| " + columns.map(\.title).joined(separator: " | ") + " |")
        out.append("|" + columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
    }

    func tableRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines) {
        out.append("| " + cells.joined(separator: " | ") + " |")
    }

    /// The cells after the first column's "Total".
    func totalRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines) {
        tableRow(["**Total**"] + cells, columns, &out)
    }

    func endTable(_ out: inout ReportLines) { out.append("") }

    // The format's own parts.
    func opening(_ report: CheckReport, _ out: inout ReportLines) {
        heading(1, "Quote check report", id: nil, &out)
        paragraph(ReportOutline.counts(report), &out)
    }

    func closing(_ out: inout ReportLines) {}

    var findingsLegend: String { "<b>the quote</b>, <i>the words that name the speaker</i> and <ins>the cue</ins>" }

    func findingOpening(_ number: Int, _ finding: CheckFinding, _ out: inout ReportLines) {
        heading(4, "\(number). \(finding.check.rawValue): \(MarkdownText.escape(finding.message))", id: nil, &out)
    }

    func findingClosing(_ out: inout ReportLines) {}

    func evidenceTable(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        out.append("| | " + headers.joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " --- |", count: finding.evidence.count))
        for fact in ReportOutline.Fact.allCases {
            out.append("| \(fact.label(finding)) | " + finding.evidence.map { MarkdownText.cell(fact.value($0)) }.joined(separator: " | ") + " |")
        }
        out.append("")
    }

    func statementOpening(_ number: Int, _ out: inout ReportLines) { heading(3, "Statement \(number)", id: nil, &out) }
    func statementClosing(_ out: inout ReportLines) {}

    func diagram(_ travel: StatementTravel, _ out: inout ReportLines) {
        for line in TravelMermaid.lines(travel) { out.append(line) }
        out.append("")
    }

    var citedArticlesNote: String { "The articles that findings cite." }

    func articleTable(_ number: Int, of report: CheckReport, _ out: inout ReportLines) {
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

    func speakerTable(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
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
            let listed = entry.places.prefix(options.placesPerSpeaker)
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
        out.append("")
    }
}
