/// Machine-readable findings: `{"findings": [{"check", "severity", "message", "mentions": [{"article",
/// "start", "end", "text", "speakers", "outlet", "via"}]}], "articles": N, "quotes": N}`, then
/// `"statements"`: the provenance of each statement carried by more than one article.
public struct CheckJSONReporter: CheckReporter {
    public init() {}

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("findings")
        writer.beginArray()
        for finding in report.findings {
            writer.beginObject()
            writer.field("check", finding.check.rawValue)
            writer.field("severity", finding.severity.rawValue)
            writer.field("message", finding.message)
            writer.key("mentions")
            writer.beginArray()
            for evidence in finding.evidence { Self.write(evidence, &writer) }
            writer.endArray()
            writer.endObject()
            writer.handOn(atLeast: reportPieceBytes, to: output)
        }
        writer.endArray()
        writer.field("articles", report.articles.count)
        writer.field("quotes", report.quoteCount)
        writer.key("statements")
        writer.beginArray()
        for statement in report.statements {
            writer.beginObject()
            writer.field("text", statement.text)
            writer.field("speakers", statement.speakers)
            writer.key("first")
            Self.write(statement.first, &writer)
            writer.field("date", statement.first.date)
            writer.field("outlets", statement.outlets)
            writer.field("articles", statement.articleCount)
            writer.field("mentions", statement.mentionCount)
            writer.field("wordings", statement.variantCount)
            writer.endObject()
            writer.handOn(atLeast: reportPieceBytes, to: output)
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        writer.handOn(to: output)
    }

    static func write(_ evidence: Evidence, _ writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("article", evidence.article)
        writer.field("start", evidence.start)
        writer.field("end", evidence.end)
        writer.field("text", evidence.text)
        writer.field("speakers", evidence.speakers)
        writer.field("outlet", evidence.outlet)
        writer.field("via", evidence.via)
        writer.endObject()
    }
}
