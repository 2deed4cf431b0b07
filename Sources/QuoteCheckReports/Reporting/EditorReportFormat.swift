import QuoteCheckRules
import QuoteCheckCrossCheck

/// The editor's report, whatever its markup (Markdown, HTML): which sections it has, in which
/// order, and what each says, written once here; each format supplies the markup (headings,
/// paragraphs, lists, links, escaping) and the parts whose layout differs (tables, diagrams).
/// A section or a sentence is added here once, and both reports have it.
protocol EditorReportFormat: CheckReporter {
    /// What the report lists.
    var options: EditorReportOptions { get }

    // Text: each returns markup.
    /// Text from the articles or the rules, escaped for the format.
    func escape(_ text: String) -> String
    /// `--article-tables all` as code.
    func code(_ text: String) -> String
    /// A link to an anchor of the report (`statement-3`).
    func link(_ text: String, to anchor: String) -> String
    /// A finding's number where a statement cites it.
    func findingReference(_ number: Int) -> String
    /// Speakers' names, or an em dash for none.
    func speakerList(_ names: [String]) -> String
    /// A list item's label ("Most carried").
    func label(_ text: String) -> String
    /// One marked piece of a mention's sentence.
    func marked(_ piece: MarkedContext.Piece, of evidence: Evidence) -> String
    /// A list item of a mention's sentence: who and where, then the marked sentence.
    func contextItem(who: String, sentence: String) -> String
    /// Words a diff leaves out, and words it adds (already escaped).
    func deleted(_ text: String) -> String
    func inserted(_ text: String) -> String

    /// A value for a table cell, escaped, or an em dash when empty.
    func cell(_ text: String?) -> String

    // Blocks.
    func heading(_ level: Int, _ text: String, id: String?, _ out: inout ReportLines)
    func paragraph(_ text: String, class: String?, _ out: inout ReportLines)
    func beginList(class: String?, _ out: inout ReportLines)
    func listItem(_ text: String, _ out: inout ReportLines)
    func endList(_ out: inout ReportLines)
    func beginTable(_ columns: [TableColumn], class: String, _ out: inout ReportLines)
    func tableRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines)
    /// The last row, which sums up the others.
    func totalRow(_ cells: [String], _ columns: [TableColumn], _ out: inout ReportLines)
    func endTable(_ out: inout ReportLines)

    // The parts whose layout is the format's own.
    /// The title, the counts and whatever the format opens with.
    func opening(_ report: CheckReport, _ out: inout ReportLines)
    /// Whatever the format closes with.
    func closing(_ out: inout ReportLines)
    /// What the marks in a mention's sentence mean.
    var findingsLegend: String { get }
    /// A finding's heading and message.
    func findingOpening(_ number: Int, _ finding: CheckFinding, _ out: inout ReportLines)
    func findingClosing(_ out: inout ReportLines)
    func evidenceTable(_ finding: CheckFinding, _ out: inout ReportLines)
    func statementOpening(_ number: Int, _ out: inout ReportLines)
    func statementClosing(_ out: inout ReportLines)
    func diagram(_ travel: StatementTravel, _ out: inout ReportLines)
    /// What the paragraph over the cited articles' tables says of them.
    var citedArticlesNote: String { get }
    func articleTable(_ number: Int, of report: CheckReport, _ out: inout ReportLines)
    func speakerTable(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines)
}

extension EditorReportFormat {
    func paragraph(_ text: String, _ out: inout ReportLines) { paragraph(text, class: nil, &out) }

    /// The whole report, section by section, handed on in pieces.
    func writeSections(_ report: CheckReport, to output: (String) -> Void) {
        ReportLines.write(to: output) { out in
            let outline = ReportOutline(report, articleTables: options.articleTables)
            opening(report, &out)
            summary(report, &out)
            findings(report, &out)
            statements(report, outline, &out)
            articles(report, outline, &out)
            speakers(report, outline, &out)
            inputErrors(report, &out)
            closing(&out)
        }
    }

    private func summary(_ report: CheckReport, _ out: inout ReportLines) {
        heading(2, "Summary", id: "summary", &out)
        let columns = [TableColumn("Check"), TableColumn("Severity"), TableColumn("Findings", numeric: true)]
        beginTable(columns, class: "summary", &out)
        for definition in report.checks {
            tableRow([escape(definition.kind.rawValue), escape(ReportOutline.severityShown(definition, in: report)),
                      String(report.count(definition.kind))], columns, &out)
        }
        totalRow([ReportOutline.severityTotals(report), String(report.findings.count)], columns, &out)
        endTable(&out)
    }

    private func findings(_ report: CheckReport, _ out: inout ReportLines) {
        heading(2, "Findings", id: "findings", &out)
        guard !report.findings.isEmpty else { return paragraph("No findings.", &out) }
        paragraph("Most severe first, then the surest attribution, then the most widely carried statement. "
            + "Each mention's sentence shows \(findingsLegend).", class: "legend", &out)
        for (severity, numbered) in ReportOutline.findingsBySeverity(report) {
            heading(3, "\(ReportOutline.heading(severity)) (\(numbered.count))", id: nil, &out)
            for (number, finding) in numbered {
                findingOpening(number, finding, &out)
                evidenceTable(finding, &out)
                contexts(finding, &out)
                if let diff = finding.diff { paragraph(wordDiff(diff), class: "diff", &out) }
                if let statement = finding.statement {
                    paragraph("How it travelled: \(link("statement \(statement + 1)", to: "statement-\(statement + 1)")).", &out)
                }
                findingClosing(&out)
            }
        }
    }

    /// Each mention's sentence, the quote, speaker and cue marked.
    private func contexts(_ finding: CheckFinding, _ out: inout ReportLines) {
        let headers = ReportOutline.mentionHeaders(finding)
        let marked = finding.evidence.enumerated().compactMap { index, evidence in MarkedContext(evidence).map { (index, evidence, $0) } }
        guard !marked.isEmpty else { return }
        beginList(class: "contexts", &out)
        for (index, evidence, context) in marked {
            var sentence = context.clippedBefore ? "… " : ""
            for piece in context.pieces { sentence += self.marked(piece, of: evidence) }
            if context.clippedAfter { sentence += " …" }
            listItem(contextItem(who: "\(escape(headers[index])), \(escape(evidence.article)) \(evidence.line):\(evidence.column)",
                                 sentence: sentence), &out)
        }
        endList(&out)
    }

    /// `Word diff (…): same ~~removed~~ **added** same`, every piece escaped.
    private func wordDiff(_ diff: WordDiff) -> String {
        "Word diff (\(deleted("left out")), \(inserted("added"))): " + diff.segments.map { segment in
            switch segment {
            case let .same(text): escape(text)
            case let .removed(text): deleted(escape(text))
            case let .added(text): inserted(escape(text))
            }
        }.joined(separator: " ")
    }

    private func statements(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        heading(2, "Statements carried by more than one article", id: "statements", &out)
        guard !report.statements.isEmpty else { return paragraph("None.", &out) }
        let numbers = ReportOutline.findingNumbers(report)
        if !outline.travels.isEmpty {
            paragraph("The \(outline.travels.count) that findings are about, each with how it travelled: from its first "
                + "source to the articles that carried it, in date order; red marks the mention a finding sets apart.", &out)
        }
        for travel in outline.travels {
            let statement = travel.statement
            statementOpening(statement.index + 1, &out)
            var facts = "“\(escape(statement.text))” · \(speakerList(statement.speakers)) · first seen "
                + "\(escape(ReportOutline.firstSeen(statement))) · \(statement.articleCount) articles · "
                + "\(statement.variantCount) wording\(statement.variantCount == 1 ? "" : "s")"
            if let cited = numbers[statement.index] {
                facts += " · finding\(cited.count == 1 ? "" : "s") " + cited.map(findingReference).joined(separator: ", ")
            }
            paragraph(facts, &out)
            diagram(travel, &out)
            beginList(class: "wordings", &out)
            for (rank, wording) in travel.wordings.enumerated() {
                listItem("\(label(StatementTravel.wordingLabel(rank))) (\(wording.articles) article\(wording.articles == 1 ? "" : "s")): "
                    + escape(wording.text), &out)
            }
            if travel.moreWordings > 0 { listItem("and \(travel.moreWordings) more wordings", &out) }
            endList(&out)
            statementClosing(&out)
        }
        let others = outline.otherStatements
        guard !others.isEmpty else { return }
        guard outline.listsOtherStatements else {
            return paragraph("\(others.count) more statement\(others.count == 1 ? " is" : "s are") carried by more than one article "
                + "without a finding; \(code("--article-tables all")) lists them here, and \(code("--format json")) gives them all.", &out)
        }
        if !outline.travels.isEmpty { heading(3, "Statements without a finding", id: nil, &out) }
        let columns = [TableColumn("#", numeric: true), TableColumn("Statement"), TableColumn("Speaker"), TableColumn("First seen"),
                       TableColumn("Outlets"), TableColumn("Articles", numeric: true), TableColumn("Wordings", numeric: true)]
        beginTable(columns, class: "statements", &out)
        for statement in others {
            tableRow([String(statement.index + 1), cell(statement.text), speakerList(statement.speakers),
                      escape(ReportOutline.firstSeen(statement)), cell(statement.outlets.joined(separator: ", ")),
                      String(statement.articleCount), String(statement.variantCount)], columns, &out)
        }
        endTable(&out)
    }

    private func articles(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        heading(2, "Quotes by article", id: "articles", &out)
        if options.articleTables == .findings {
            paragraph(outline.articles.isEmpty ? "No finding cites an article." : citedArticlesNote, &out)
        }
        for number in outline.articles { articleTable(number, of: report, &out) }
        let left = outline.quotesLeftOut(report)
        if left.articles > 0 {
            paragraph("The quotes of \(left.articles) more articles (\(left.quotes) quotes) are not listed here; "
                + "\(code("--article-tables all")) lists them, and \(code("quotecheck extract")) prints every quote as JSON Lines.", &out)
        }
    }

    private func speakers(_ report: CheckReport, _ outline: ReportOutline, _ out: inout ReportLines) {
        heading(2, "Speaker index", id: "speakers", &out)
        if report.corpus.speakers.entries.isEmpty {
            paragraph("No quote has a speaker.", &out)
        } else if outline.speakers.isEmpty {
            paragraph("No finding names a speaker.", &out)
        } else {
            speakerTable(report, outline, &out)
        }
        if outline.speakersLeftOut > 0 {
            paragraph("The speakers findings name; \(outline.speakersLeftOut) more are quoted "
                + "(\(code("--article-tables all")) lists them).", &out)
        }
        paragraph("Quotes with no speaker found (headlines aside): \(report.corpus.speakers.unattributed).", &out)
    }

    private func inputErrors(_ report: CheckReport, _ out: inout ReportLines) {
        guard !report.inputErrors.isEmpty else { return }
        heading(2, "Inputs that could not be read", id: "input-errors", &out)
        beginList(class: nil, &out)
        for error in report.inputErrors { listItem("\(escape(error.location.description)): \(escape(error.message))", &out) }
        endList(&out)
    }
}

/// A column of a report's table: its title, and whether it holds numbers (set right).
struct TableColumn {
    let title: String
    let numeric: Bool

    init(_ title: String, numeric: Bool = false) {
        self.title = title
        self.numeric = numeric
    }
}

/// What the editor's reports list: which articles get a table of their quotes (the others are
/// counted), and how many places the speaker index gives a speaker (at most the corpus's
/// `SpeakerIndex.placesKept` are known; the others are counted).
public struct EditorReportOptions: Sendable {
    public let articleTables: ArticleTables
    public let placesPerSpeaker: Int

    /// The default of `placesPerSpeaker`.
    public static let defaultPlacesPerSpeaker = SpeakerIndex.defaultPlacesKept

    public init(articleTables: ArticleTables = .findings, placesPerSpeaker: Int = defaultPlacesPerSpeaker) {
        self.articleTables = articleTables
        self.placesPerSpeaker = placesPerSpeaker
    }
}
