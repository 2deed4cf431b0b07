import QuoteCheckText
import QuoteCheckRules
import QuoteCheckCrossCheck

/// The editor's report as one self-contained HTML page, with what the Markdown report holds:
/// findings with each mention's sentence marked, the statements findings are about with how
/// each travelled (an inline SVG: the page loads nothing, runs no script, and says so in its
/// content security policy), the quotes of the articles findings cite, each quote coloured by
/// its speaker, and the speaker index in the same colours. Every text from the articles goes
/// through `HTMLText`.
public struct CheckHTMLReporter: EditorReportFormat {
    let options: EditorReportOptions

    public init(articleTables: ArticleTables = .findings, placesPerSpeaker: Int = EditorReportOptions.defaultPlacesPerSpeaker) {
        options = EditorReportOptions(articleTables: articleTables, placesPerSpeaker: placesPerSpeaker)
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) { writeSections(report, to: output) }

    // Text.
    func escape(_ text: String) -> String { HTMLText.escape(text) }
    func code(_ text: String) -> String { "<code>\(HTMLText.escape(text))</code>" }
    func link(_ text: String, to anchor: String) -> String { "<a href=\"#\(anchor)\">\(text)</a>" }
    func findingReference(_ number: Int) -> String { link(String(number), to: "finding-\(number)") }
    func speakerList(_ names: [String]) -> String { Self.speakers(names) }
    func cell(_ text: String?) -> String { Self.cell(text) }
    func label(_ text: String) -> String { "<b>\(text)</b>" }

    func marked(_ piece: MarkedContext.Piece, of evidence: Evidence) -> String {
        let text = HTMLText.escape(piece.text)
        switch piece.mark {
        case .plain: return text
        case .mention: return "<span class=\"q\">\(text)</span>"
        case .speaker: return "<span class=\"sp\"\(Self.colour(evidence.speakers))>\(text)</span>"
        case .cue: return "<span class=\"cue\">\(text)</span>"
        }
    }

    func contextItem(who: String, sentence: String) -> String {
        "<span class=\"who\">\(who)</span><blockquote>\(sentence)</blockquote>"
    }

    func deleted(_ text: String) -> String { "<del>\(text)</del>" }
    func inserted(_ text: String) -> String { "<ins>\(text)</ins>" }

    // Blocks.
    func heading(_ level: Int, _ text: String, id: String?, _ out: inout ReportLines) {
        out.append("<h\(level)\(id.map { " id=\"\($0)\"" } ?? "")>\(text)</h\(level)>")
    }

    func paragraph(_ text: String, class: String?, _ out: inout ReportLines) {
        out.append("<p\(`class`.map { " class=\"\($0)\"" } ?? "")>\(text)</p>")
    }

    func beginList(class: String?, _ out: inout ReportLines) {
        out.append("<ul\(`class`.map { " class=\"\($0)\"" } ?? "")>")
    }

    func listItem(_ text: String, _ out: inout ReportLines) { out.append("<li>\(text)</li>") }
    func endList(_ out: inout ReportLines) { out.append("</ul>") }

    func beginTable(_ columns: [TableColumn], class: String, _ out: inout ReportLines) {
        out.append("<table class=\"\(`class`)\"><thead><tr>"
            + columns.map { "<th\($0.numeric ? " class=\"number\"" : "")>\($0.title)</th>" }.joined() + "</tr></thead><tbody>")
    }

    func tableRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines) {
        out.append("<tr>" + Self.cells(cells, columns) + "</tr>")
    }

    /// The cells after the first column's "Total".
    func totalRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines) {
        out.append("<tr class=\"total\">" + Self.cells(["Total"] + cells, columns) + "</tr>")
    }

    func endTable(_ out: inout ReportLines) { out.append("</tbody></table>") }

    private static func cells(_ cells: [String], _ columns: [TableColumn]) -> String {
        zip(cells, columns).map { cell, column in "<td\(column.numeric ? " class=\"number\"" : "")>\(cell)</td>" }.joined()
    }

    // The format's own parts.
    func opening(_ report: CheckReport, _ out: inout ReportLines) {
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        out.append("<title>Quote check report</title>")
        out.append("<style>")
        out.append(Self.style)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        heading(1, "Quote check report", id: nil, &out)
        paragraph(ReportOutline.counts(report), class: "counts", &out)
    }

    func closing(_ out: inout ReportLines) {
        out.append("</body>")
        out.append("</html>")
    }

    var findingsLegend: String {
        "<span class=\"q\">the quote</span>, <span class=\"sp\">the words that name the speaker</span> and <span class=\"cue\">the cue</span>"
    }

    func findingOpening(_ number: Int, _ finding: CheckFinding, _ out: inout ReportLines) {
        let severity = finding.severity.rawValue
        out.append("<section class=\"finding \(severity)\" id=\"finding-\(number)\">")
        heading(4, "<span class=\"badge \(severity)\">\(severity)</span> \(number). \(HTMLText.escape(finding.check.rawValue))", id: nil, &out)
        paragraph(HTMLText.escape(finding.message), class: "message", &out)
    }

    func findingClosing(_ out: inout ReportLines) { out.append("</section>") }

    func evidenceTable(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        out.append("<table class=\"evidence\"><thead><tr><th></th>"
            + headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>")
        for fact in ReportOutline.Fact.allCases {
            let cells = finding.evidence.map { evidence in
                switch fact {
                case .speakers: Self.speakers(evidence.speakers)
                case .text: Self.quote(evidence.text, speakers: evidence.speakers)
                default: Self.cell(fact.value(evidence))
                }
            }
            out.append("<tr><th>\(fact.label(finding))</th>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
        }
        out.append("</tbody></table>")
    }

    func statementOpening(_ number: Int, _ out: inout ReportLines) {
        out.append("<section class=\"statement\" id=\"statement-\(number)\">")
        heading(3, "Statement \(number)", id: nil, &out)
    }

    func statementClosing(_ out: inout ReportLines) { out.append("</section>") }

    func diagram(_ travel: StatementTravel, _ out: inout ReportLines) {
        out.append("<div class=\"diagram\">\(TravelSVG.svg(travel, id: travel.statement.index + 1))</div>")
    }

    var citedArticlesNote: String { "The articles that findings cite; each quote is coloured by its speaker." }

    func articleTable(_ number: Int, of report: CheckReport, _ out: inout ReportLines) {
        let article = report.articles[number]
        out.append("<details><summary>\(HTMLText.escape(ReportOutline.articleLine(article)))</summary>")
        if article.recordCount > 0 {
            out.append("<table class=\"quotes\"><thead><tr><th>Line:column</th><th>Kind</th><th>Quote</th><th>Speaker</th>"
                + "<th>Cue</th><th>Via</th></tr></thead><tbody>")
            for record in report.records(of: number) {
                // The row carries the speaker's colour, which its quote and speaker take.
                out.append("<tr\(Self.colour(record.speakers))><td>\(record.line):\(record.column)</td><td>\(record.kind.rawValue)</td>"
                    + "<td><span class=\"quote\">\(HTMLText.escape(record.text))</span></td>"
                    + "<td>\(record.speakers.map { "<span class=\"speaker\">\(HTMLText.escape($0))</span>" }.joined(separator: " "))</td>"
                    + "<td>\(Self.cell(record.cue))</td><td>\(Self.cell(record.via.joined(separator: "; ")))</td></tr>")
            }
            out.append("</tbody></table>")
        } else {
            paragraph("No quotes.", &out)
        }
        out.append("</details>")
    }

    func speakerTable(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("<table class=\"speakers\"><thead><tr><th>Speaker</th><th class=\"number\">Quotes</th><th>Where</th></tr></thead><tbody>")
        for entry in outline.speakers {
            let listed = entry.places.prefix(options.placesPerSpeaker)
            var places = listed.map { place in
                "\(HTMLText.escape(report.articles[Int(place.article)].id)) \(place.line):\(place.column)"
            }.joined(separator: ", ")
            if entry.count > listed.count { places += " and \(entry.count - listed.count) more" }
            out.append("<tr><td>\(Self.speakers([entry.name]))</td><td class=\"number\">\(entry.count)</td><td>\(places)</td></tr>")
        }
        out.append("</tbody></table>")
    }

    /// A value for a cell, escaped, or an em dash when empty.
    private static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return HTMLText.escape(text)
    }

    /// Speakers as chips in their colours.
    private static func speakers(_ names: [String]) -> String {
        guard !names.isEmpty else { return "—" }
        return names.map { "<span class=\"speaker\"\(colour([$0]))>\(HTMLText.escape($0))</span>" }.joined(separator: " ")
    }

    /// A quote highlighted in its (first) speaker's colour.
    private static func quote(_ text: String, speakers: [String]) -> String {
        "<span class=\"quote\"\(colour(speakers))>\(HTMLText.escape(text))</span>"
    }

    /// A style attribute giving a speaker's colour: a light hue from the name's hash, the same
    /// wherever the name stands; nothing for no speaker.
    private static func colour(_ speakers: [String]) -> String {
        guard let name = speakers.first else { return "" }
        return " style=\"--speaker:hsl(\(StableHash.of(name) % 360) 70% 86%)\""
    }

    /// The page's style: no web fonts, no images, nothing fetched.
    static let style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --error: #c62828; --warning: #b26a00; --info: #1565c0; }
        body { font: 15px/1.5 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 1100px; margin: 24px auto; padding: 0 20px; }
        h1 { margin-bottom: 4px; } h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        .counts, .legend { color: var(--muted); }
        table { border-collapse: collapse; margin: 8px 0 12px; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th, tbody th { background: #f6f8fa; }
        .number { text-align: right; }
        tr.total td { font-weight: 600; }
        .finding { border-left: 4px solid var(--line); padding: 2px 0 2px 14px; margin: 18px 0; }
        .finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); } .finding.info { border-color: var(--info); }
        .finding h4 { margin: 6px 0; font-size: 16px; }
        .badge { display: inline-block; font-size: 12px; color: #fff; border-radius: 10px; padding: 0 8px; vertical-align: 2px; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
        .message { margin: 4px 0 8px; }
        .contexts { list-style: none; padding: 0; margin: 8px 0; }
        .contexts li { margin: 6px 0; }
        .who { font-size: 13px; color: var(--muted); }
        blockquote { margin: 2px 0 0; padding: 6px 12px; border-left: 3px solid var(--line); background: #fafbfc; }
        .q { font-weight: 600; }
        .sp { font-style: italic; background: var(--speaker, #e8eaed); border-radius: 3px; padding: 0 2px; }
        .cue { text-decoration: underline 2px; text-underline-offset: 3px; }
        .quote { background: var(--speaker, transparent); border-radius: 3px; padding: 0 2px; }
        .speaker { background: var(--speaker, #e8eaed); border-radius: 10px; padding: 0 8px; white-space: nowrap; }
        del { background: #ffebe9; } ins { background: #dafbe1; text-decoration: none; }
        details { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
        summary { cursor: pointer; font-weight: 600; }
        .diagram { overflow-x: auto; margin: 8px 0; }
        svg.travel text { font: 12px -apple-system, "Segoe UI", Arial, sans-serif; fill: var(--ink); }
        svg.travel text.strong { font-weight: 600; }
        svg.travel text.edge-label { fill: var(--muted); font-size: 11px; }
        svg.travel rect { fill: #f6f8fa; stroke: #8c959f; }
        svg.travel rect.origin { fill: #e3f2fd; stroke: var(--info); }
        svg.travel rect.diverging { fill: #fde2e1; stroke: var(--error); stroke-width: 2; }
        svg.travel rect.more { stroke-dasharray: 4 3; }
        svg.travel path.edge { fill: none; stroke: #8c959f; stroke-width: 1.5; }
        svg.travel path.edge.more { stroke-dasharray: 4 3; }
        code { background: #f6f8fa; padding: 0 4px; border-radius: 4px; }
        """
}
