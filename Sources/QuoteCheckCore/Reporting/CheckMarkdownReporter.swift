/// The editor's report: a summary table, the findings by severity with their evidence side by
/// side and a word-level diff of the wordings, the statements carried by several articles with
/// their provenance, the quotes of each article (of the first `articleTables` articles: a run
/// over an archive would otherwise print the archive again), and an index of speakers.
public struct CheckMarkdownReporter: CheckReporter {
    /// How many articles get a table of their quotes; the others are counted.
    public let articleTables: Int
    /// How many places the speaker index lists for one speaker; the others are counted. At most
    /// the corpus's `SpeakerIndex.placesKept` are known.
    public let placesPerSpeaker: Int

    /// The default of `articleTables` (and of `check --article-tables`).
    public static let defaultArticleTables = 200

    /// The default of `placesPerSpeaker`.
    public static let defaultPlacesPerSpeaker = 20

    public init(articleTables: Int = defaultArticleTables, placesPerSpeaker: Int = defaultPlacesPerSpeaker) {
        self.articleTables = articleTables
        self.placesPerSpeaker = placesPerSpeaker
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        withoutActuallyEscaping(output) { output in
            var out = MarkdownLines(output: output)
            write(report, &out)
        }
    }

    private func write(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("# Quote check report")
        out.append("")
        out.append("\(report.articles.count) articles · \(report.quoteCount) quotes · "
            + "\(report.statements.count) statements carried by more than one article")
        out.append("")
        summary(report, &out)
        findings(report, &out)
        statements(report, &out)
        articles(report, &out)
        speakers(report, &out)
        inputErrors(report, &out)
        out.finish()
    }

    private func summary(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("## Summary")
        out.append("")
        out.append("| Check | Severity | Findings |")
        out.append("| --- | --- | ---: |")
        for definition in report.checks {
            let severities = Set(report.findings.filter { $0.check == definition.kind }.map(\.severity))
            var shown = definition.severity.rawValue
            if let escalated = definition.escalatedSeverity { shown += " or \(escalated.rawValue)" }
            if severities.count > 1 || (severities.count == 1 && severities.first != definition.severity) {
                shown = Severity.allCases.reversed().filter(severities.contains).map(\.rawValue).joined(separator: ", ")
            }
            out.append("| \(definition.kind.rawValue) | \(shown) | \(report.count(definition.kind)) |")
        }
        let bySeverity = Severity.allCases.reversed().map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        out.append("| **Total** | \(bySeverity) | \(report.findings.count) |")
        out.append("")
    }

    private func findings(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("## Findings")
        out.append("")
        if report.findings.isEmpty {
            out.append("No findings.")
            out.append("")
            return
        }
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
                evidenceTable(finding, report, &out)
                if let diff = finding.diff {
                    out.append("Word diff (~~left out~~, **added**): " + Self.render(diff))
                    out.append("")
                }
            }
        }
    }

    private func evidenceTable(_ finding: CheckFinding, _ report: CheckReport, _ out: inout MarkdownLines) {
        let headers: [String]
        switch finding.check {
        case .wordingDrift: headers = ["Wording carried more widely", "Variant"]
        case .truncatedQuote: headers = ["Longer", "Shorter"]
        default: headers = finding.evidence.indices.map { "Mention \($0 + 1)" }
        }
        func row(_ label: String, _ values: (Evidence) -> String) {
            out.append("| \(label) | " + finding.evidence.map(values).joined(separator: " | ") + " |")
        }
        out.append("| | " + headers.prefix(finding.evidence.count).joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " --- |", count: finding.evidence.count))
        row("Article") { MarkdownText.escape($0.article) }
        row("Line:column") { "\($0.line):\($0.column)" }
        row("Date") { MarkdownText.cell($0.date) }
        row("Outlet") { MarkdownText.cell($0.outlet) }
        row("Speaker") { MarkdownText.cell($0.speakers.joined(separator: "; ")) }
        row("Via") { MarkdownText.cell($0.via.joined(separator: "; ")) }
        row(finding.check == .roleConflict ? "Title" : "Quote") { MarkdownText.cell($0.text) }
        out.append("")
    }

    private func statements(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("## Statements carried by more than one article")
        out.append("")
        if report.statements.isEmpty {
            out.append("None.")
            out.append("")
            return
        }
        out.append("| # | Statement | Speaker | First seen | Outlets | Articles | Wordings |")
        out.append("| ---: | --- | --- | --- | --- | ---: | ---: |")
        for statement in report.statements {
            let first = statement.first
            var seen = "\(MarkdownText.escape(first.article)) \(first.line):\(first.column)"
            if let date = first.date { seen += ", \(date)" }
            if let outlet = first.outlet { seen += " (\(MarkdownText.escape(outlet)))" }
            out.append("| \(statement.index + 1) | \(MarkdownText.cell(statement.text)) "
                + "| \(MarkdownText.cell(statement.speakers.joined(separator: "; "))) | \(seen) "
                + "| \(MarkdownText.cell(statement.outlets.joined(separator: ", "))) | \(statement.articleCount) "
                + "| \(statement.variantCount) |")
        }
        out.append("")
    }

    private func articles(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("## Quotes by article")
        out.append("")
        for (number, article) in report.articles.prefix(articleTables).enumerated() {
            out.append("### \(MarkdownText.escape(article.id))")
            out.append("")
            var facts: [String] = []
            facts.append("Outlet: \(MarkdownText.cell(article.publisher))")
            if let date = article.date { facts.append("Date: \(date.iso) (from \(date.source.rawValue))") } else { facts.append("Date: unknown") }
            facts.append("\(article.recordCount) quotes")
            out.append(facts.joined(separator: " · "))
            out.append("")
            guard article.recordCount > 0 else { continue }
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
            out.append("")
        }
        if report.articles.count > articleTables {
            let rest = report.articles.dropFirst(articleTables)
            let quotes = rest.reduce(0) { $0 + $1.recordCount }
            out.append("The quotes of \(rest.count) more articles (\(quotes) quotes) are not listed here; "
                + "`quotecheck extract` prints every quote as JSON Lines.")
            out.append("")
        }
    }

    private func speakers(_ report: CheckReport, _ out: inout MarkdownLines) {
        out.append("## Speaker index")
        out.append("")
        let index = report.corpus.speakers
        if index.entries.isEmpty {
            out.append("No quote has a speaker.")
        } else {
            out.append("| Speaker | Quotes | Where |")
            out.append("| --- | ---: | --- |")
            for entry in index.sorted {
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
        out.append("Quotes with no speaker found (headlines aside): \(index.unattributed).")
        out.append("")
    }

    private func inputErrors(_ report: CheckReport, _ out: inout MarkdownLines) {
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

/// The report's text, built line by line in one byte buffer that is handed on whenever it has
/// grown to a piece (`reportPieceBytes`), so the report is never held whole.
struct MarkdownLines {
    private var bytes: [UInt8] = []
    private let output: (String) -> Void

    init(output: @escaping (String) -> Void) {
        self.output = output
        bytes.reserveCapacity(reportPieceBytes + 1024)
    }

    mutating func append(_ line: String) {
        write(line)
        endLine()
    }

    /// Part of a line, which `endLine()` ends. The article tables' rows are written piece by
    /// piece: made by interpolation into one string, a row cost about 13,000 instructions,
    /// and now about 7,500.
    mutating func write(_ piece: String) {
        // Through the string's own bytes: appending its UTF8View went byte by byte.
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }
    mutating func write(_ number: Int) { write(String(number)) }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= reportPieceBytes {
            output(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on what is left.
    mutating func finish() {
        if !bytes.isEmpty { output(String(decoding: bytes, as: UTF8.self)) }
        bytes.removeAll()
    }
}
