import QuoteCheckText
import QuoteCheckRules
import QuoteCheckCrossCheck

/// The editor's report as one self-contained HTML page, with what the Markdown report holds:
/// findings with each mention's sentence marked, the statements findings are about with how
/// each travelled (an inline SVG: the page loads nothing, runs no script, and says so in its
/// content security policy), the quotes of the articles findings cite, each quote coloured by
/// its speaker, and the speaker index in the same colours. Every text from the articles goes
/// through `HTMLText`.
public struct CheckHTMLReporter: CheckReporter {
    /// Which articles get a table of their quotes; the others are counted.
    public let articleTables: ArticleTables
    /// How many places the speaker index lists for one speaker.
    public let placesPerSpeaker: Int

    public init(articleTables: ArticleTables = .findings,
                placesPerSpeaker: Int = CheckMarkdownReporter.defaultPlacesPerSpeaker) {
        self.articleTables = articleTables
        self.placesPerSpeaker = placesPerSpeaker
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        ReportLines.write(to: output) { write(report, &$0) }
    }

    private func write(_ report: CheckReport, _ out: inout ReportLines) {
        let outline = ReportOutline(report, articleTables: articleTables)
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
        out.append("<h1>Quote check report</h1>")
        out.append("<p class=\"counts\">\(report.articles.count) articles · \(report.quoteCount) quotes · "
            + "\(report.statements.count) statements carried by more than one article</p>")
        summary(report, &out)
        findings(report, &out)
        statements(report, outline, &out)
        articles(report, outline, &out)
        speakers(report, outline, &out)
        inputErrors(report, &out)
        out.append("</body>")
        out.append("</html>")
    }

    private func summary(_ report: CheckReport, _ out: inout ReportLines) {
        out.append("<h2 id=\"summary\">Summary</h2>")
        out.append("<table class=\"summary\"><thead><tr><th>Check</th><th>Severity</th><th class=\"number\">Findings</th></tr></thead><tbody>")
        for definition in report.checks {
            out.append("<tr><td>\(HTMLText.escape(definition.kind.rawValue))</td>"
                + "<td>\(HTMLText.escape(ReportOutline.severityShown(definition, in: report)))</td>"
                + "<td class=\"number\">\(report.count(definition.kind))</td></tr>")
        }
        let bySeverity = Severity.allCases.reversed().map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        out.append("<tr class=\"total\"><td>Total</td><td>\(bySeverity)</td><td class=\"number\">\(report.findings.count)</td></tr>")
        out.append("</tbody></table>")
    }

    private func findings(_ report: CheckReport, _ out: inout ReportLines) {
        out.append("<h2 id=\"findings\">Findings</h2>")
        guard !report.findings.isEmpty else {
            out.append("<p>No findings.</p>")
            return
        }
        out.append("<p class=\"legend\">Most severe first, then the surest attribution, then the most widely carried statement. "
            + "Each mention's sentence shows <span class=\"q\">the quote</span>, <span class=\"sp\">the words that name the "
            + "speaker</span> and <span class=\"cue\">the cue</span>.</p>")
        var number = 0
        for severity in Severity.allCases.reversed() {
            let matching = report.findings.filter { $0.severity == severity }
            guard !matching.isEmpty else { continue }
            out.append("<h3>\(CheckMarkdownReporter.heading(severity)) (\(matching.count))</h3>")
            for finding in matching {
                number += 1
                out.append("<section class=\"finding \(severity.rawValue)\" id=\"finding-\(number)\">")
                out.append("<h4><span class=\"badge \(severity.rawValue)\">\(severity.rawValue)</span> \(number). "
                    + "\(HTMLText.escape(finding.check.rawValue))</h4>")
                out.append("<p class=\"message\">\(HTMLText.escape(finding.message))</p>")
                evidenceTable(finding, &out)
                contexts(finding, &out)
                if let diff = finding.diff {
                    out.append("<p class=\"diff\">Word diff (<del>left out</del>, <ins>added</ins>): \(Self.render(diff))</p>")
                }
                if let statement = finding.statement {
                    out.append("<p>How it travelled: <a href=\"#statement-\(statement + 1)\">statement \(statement + 1)</a>.</p>")
                }
                out.append("</section>")
            }
        }
    }

    private func evidenceTable(_ finding: CheckFinding, _ out: inout ReportLines) {
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

    private func contexts(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        let marked = finding.evidence.enumerated().compactMap { index, evidence in MarkedContext(evidence).map { (index, evidence, $0) } }
        guard !marked.isEmpty else { return }
        out.append("<ul class=\"contexts\">")
        for (index, evidence, context) in marked {
            var line = "<li><span class=\"who\">\(HTMLText.escape(headers[index])), \(HTMLText.escape(evidence.article)) "
                + "\(evidence.line):\(evidence.column)</span><blockquote>"
            if context.clippedBefore { line += "… " }
            for piece in context.pieces {
                let text = HTMLText.escape(piece.text)
                switch piece.mark {
                case .plain: line += text
                case .mention: line += "<span class=\"q\">\(text)</span>"
                case .speaker: line += "<span class=\"sp\"\(Self.colour(evidence.speakers))>\(text)</span>"
                case .cue: line += "<span class=\"cue\">\(text)</span>"
                }
            }
            if context.clippedAfter { line += " …" }
            out.append(line + "</blockquote></li>")
        }
        out.append("</ul>")
    }

    private func statements(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("<h2 id=\"statements\">Statements carried by more than one article</h2>")
        guard !report.statements.isEmpty else {
            out.append("<p>None.</p>")
            return
        }
        let numbers = ReportOutline.findingNumbers(report)
        if !outline.travels.isEmpty {
            out.append("<p>The \(outline.travels.count) that findings are about, each with how it travelled: from its first "
                + "source to the articles that carried it, in date order; red marks the mention a finding sets apart.</p>")
        }
        for travel in outline.travels {
            let statement = travel.statement
            out.append("<section class=\"statement\" id=\"statement-\(statement.index + 1)\">")
            out.append("<h3>Statement \(statement.index + 1)</h3>")
            var facts = "<p>“\(HTMLText.escape(statement.text))” · \(Self.speakers(statement.speakers)) · first seen "
                + "\(HTMLText.escape(ReportOutline.firstSeen(statement))) · \(statement.articleCount) articles · \(statement.variantCount) wording\(statement.variantCount == 1 ? "" : "s")"
            if let cited = numbers[statement.index] {
                facts += " · finding\(cited.count == 1 ? "" : "s") "
                    + cited.map { "<a href=\"#finding-\($0)\">\($0)</a>" }.joined(separator: ", ")
            }
            out.append(facts + "</p>")
            out.append("<div class=\"diagram\">\(TravelSVG.svg(travel, id: statement.index + 1))</div>")
            out.append("<ul class=\"wordings\">")
            for (rank, wording) in travel.wordings.enumerated() {
                out.append("<li><b>\(StatementTravel.wordingLabel(rank))</b> (\(wording.articles) "
                    + "article\(wording.articles == 1 ? "" : "s")): \(HTMLText.escape(wording.text))</li>")
            }
            if travel.moreWordings > 0 { out.append("<li>and \(travel.moreWordings) more wordings</li>") }
            out.append("</ul>")
            out.append("</section>")
        }
        let others = outline.otherStatements
        guard !others.isEmpty else { return }
        guard outline.listsOtherStatements else {
            out.append("<p>\(others.count) more statement\(others.count == 1 ? " is" : "s are") carried by more than one "
                + "article without a finding; <code>--article-tables all</code> lists them here, and "
                + "<code>--format json</code> gives them all.</p>")
            return
        }
        if !outline.travels.isEmpty { out.append("<h3>Statements without a finding</h3>") }
        out.append("<table class=\"statements\"><thead><tr><th class=\"number\">#</th><th>Statement</th><th>Speaker</th>"
            + "<th>First seen</th><th>Outlets</th><th class=\"number\">Articles</th><th class=\"number\">Wordings</th></tr></thead><tbody>")
        for statement in others {
            out.append("<tr><td class=\"number\">\(statement.index + 1)</td><td>\(HTMLText.escape(statement.text))</td>"
                + "<td>\(Self.speakers(statement.speakers))</td><td>\(HTMLText.escape(ReportOutline.firstSeen(statement)))</td>"
                + "<td>\(Self.cell(statement.outlets.joined(separator: ", ")))</td><td class=\"number\">\(statement.articleCount)</td>"
                + "<td class=\"number\">\(statement.variantCount)</td></tr>")
        }
        out.append("</tbody></table>")
    }

    private func articles(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("<h2 id=\"articles\">Quotes by article</h2>")
        if articleTables == .findings {
            out.append(outline.articles.isEmpty ? "<p>No finding cites an article.</p>"
                : "<p>The articles that findings cite; each quote is coloured by its speaker.</p>")
        }
        for number in outline.articles {
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
                out.append("<p>No quotes.</p>")
            }
            out.append("</details>")
        }
        let left = outline.quotesLeftOut(report)
        if left.articles > 0 {
            out.append("<p>The quotes of \(left.articles) more articles (\(left.quotes) quotes) are not listed here; "
                + "<code>--article-tables all</code> lists them, and <code>quotecheck extract</code> prints every quote as JSON Lines.</p>")
        }
    }

    private func speakers(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        out.append("<h2 id=\"speakers\">Speaker index</h2>")
        let index = report.corpus.speakers
        if index.entries.isEmpty {
            out.append("<p>No quote has a speaker.</p>")
        } else if outline.speakers.isEmpty {
            out.append("<p>No finding names a speaker.</p>")
        } else {
            out.append("<table class=\"speakers\"><thead><tr><th>Speaker</th><th class=\"number\">Quotes</th><th>Where</th></tr></thead><tbody>")
            for entry in outline.speakers {
                let listed = entry.places.prefix(placesPerSpeaker)
                var places = listed.map { place in
                    "\(HTMLText.escape(report.articles[Int(place.article)].id)) \(place.line):\(place.column)"
                }.joined(separator: ", ")
                if entry.count > listed.count { places += " and \(entry.count - listed.count) more" }
                out.append("<tr><td>\(Self.speakers([entry.name]))</td><td class=\"number\">\(entry.count)</td><td>\(places)</td></tr>")
            }
            out.append("</tbody></table>")
        }
        if outline.speakersLeftOut > 0 {
            out.append("<p>The speakers findings name; \(outline.speakersLeftOut) more are quoted "
                + "(<code>--article-tables all</code> lists them).</p>")
        }
        out.append("<p>Quotes with no speaker found (headlines aside): \(index.unattributed).</p>")
    }

    private func inputErrors(_ report: CheckReport, _ out: inout ReportLines) {
        guard !report.inputErrors.isEmpty else { return }
        out.append("<h2 id=\"input-errors\">Inputs that could not be read</h2>")
        out.append("<ul>")
        for error in report.inputErrors {
            out.append("<li>\(HTMLText.escape(error.location.description)): \(HTMLText.escape(error.message))</li>")
        }
        out.append("</ul>")
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

    /// `same <del>removed</del> <ins>added</ins> same`, every piece escaped.
    static func render(_ diff: WordDiff) -> String {
        diff.segments.map { segment in
            switch segment {
            case let .same(text): HTMLText.escape(text)
            case let .removed(text): "<del>\(HTMLText.escape(text))</del>"
            case let .added(text): "<ins>\(HTMLText.escape(text))</ins>"
            }
        }.joined(separator: " ")
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
