import QuoteCheckExtraction
import QuoteCheckCrossCheck

/// Machine-readable findings: `{"findings": [{"check", "severity", "message", "mentions": [{"article",
/// "start", "end", "text", "speakers", "outlet", "via", "context", "speakerWords", "cue", "cueWords",
/// "rule", "confidence"}]}], "articles": N, "quotes": N}` (offsets are Unicode scalar offsets into the
/// article, as in `extract`; `context` is the sentence that attributes the mention), then
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
        writer.quotePlace(article: evidence.article, start: evidence.start, end: evidence.end, text: evidence.text)
        writer.field("speakers", evidence.speakers)
        writer.field("outlet", evidence.outlet)
        writer.field("via", evidence.via)
        // The evidence an editor checks the attribution by: the sentence, where in the article
        // the speaker's and the cue's words stand, and the rules that read them.
        writer.key("context")
        if let context = evidence.context {
            writer.beginObject()
            writer.field("text", context.text)
            writer.field("start", context.start)
            writer.field("end", context.end)
            writer.field("clippedBefore", context.clippedBefore)
            writer.field("clippedAfter", context.clippedAfter)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("speakerWords")
        span(evidence.context?.speakerWords, &writer)
        writer.field("cue", evidence.cue)
        writer.key("cueWords")
        span(evidence.context?.cueWords, &writer)
        writer.key("rule")
        writer.beginObject()
        writer.field("speaker", evidence.speakerRule)
        writer.field("cue", evidence.cueRule)
        writer.endObject()
        writer.field("confidence", evidence.confidence?.rawValue)
        writer.endObject()
    }

    /// `{"start": N, "end": N}` (scalar offsets into the article), or null.
    private static func span(_ range: Range<Int>?, _ writer: inout JSONWriter) {
        guard let range else { writer.null(); return }
        writer.beginObject()
        writer.field("start", range.lowerBound)
        writer.field("end", range.upperBound)
        writer.endObject()
    }
}
