import QuoteCheckExtraction
import QuoteCheckEvaluation

/// One JSON object: `scores` holds exactly the keys and values of `score.py --json`; then the
/// bars, per-article figures, every mismatch and any input problem.
public struct JSONEvaluationReporter: EvaluationReporter {
    public init() {}
    public func render(_ report: EvaluationReport) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("gold", report.goldPath)
        writer.key("scores")
        writer.beginObject()
        for figure in report.scores.figures {
            switch figure.value {
            case let .count(count): writer.key(figure.name); writer.int(count)
            case let .ratio(ratio): writer.key(figure.name); writer.double(ratio)
            }
        }
        writer.endObject()
        writer.key("bars")
        writer.beginArray()
        for bar in report.bars {
            writer.beginObject()
            writer.field("figure", bar.bar.figure)
            writer.field("minimum", bar.bar.minimum)
            writer.field("value", bar.value)
            writer.field("passed", bar.passed)
            writer.endObject()
        }
        writer.endArray()
        writer.key("articles")
        writer.beginArray()
        for article in report.articles {
            writer.beginObject()
            writer.field("article", article.article)
            writer.field("gold", article.gold)
            writer.field("pred", article.predicted)
            writer.field("exact", article.exact)
            writer.field("matched", article.matched)
            writer.field("span_overlap_P", article.overlap.precision)
            writer.field("span_overlap_R", article.overlap.recall)
            writer.field("span_overlap_F1", article.overlap.f1)
            writer.field("all_fields_exact", article.allFieldsExact)
            writer.endObject()
        }
        writer.endArray()
        writer.key("mismatches")
        writer.beginArray()
        for mismatch in report.mismatches {
            writer.beginObject()
            writer.field("kind", mismatch.kind.rawValue)
            writer.field("fields", mismatch.fields)
            writer.key("gold")
            write(mismatch.gold, to: &writer)
            writer.key("prediction")
            write(mismatch.prediction, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("problems")
        writer.beginArray()
        for problem in report.problems { problem.write(to: &writer, includingCheck: false) }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func write(_ record: QuoteAnnotation?, to writer: inout JSONWriter) {
        guard let record else { writer.null(); return }
        writer.beginObject()
        writer.quotePlace(article: record.article, start: record.start, end: record.end, text: record.text)
        writer.field("kind", record.kind)
        writer.field("speakers", record.speakers)
        writer.field("cue", record.cue)
        writer.field("via", record.via)
        writer.field("outlet", record.outlet)
        if record.location.line > 0 { writer.field("line", record.location.line) }
        writer.endObject()
    }
}
