import QuoteCheckExtraction
import QuoteCheckEvaluation

/// A SARIF 2.1.0 log of one quotecheck run: one rule per dataset check, one result per problem.
/// Columns count Unicode scalars, which the log declares (`columnKind: unicodeCodePoints`).
struct SARIFLog {
    let problems: [DatasetProblem]

    func render() -> String {
        let rules = DatasetCheck.allCases.map { SARIFDocument.Rule(id: $0.rawValue, description: $0.summary, level: nil) }
        return SARIFDocument.render(rules: rules) { writer in
            for problem in problems { write(problem, to: &writer) }
        }
    }

    private func write(_ problem: DatasetProblem, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("ruleId", problem.check.rawValue)
        writer.field("ruleIndex", DatasetCheck.allCases.firstIndex(of: problem.check) ?? 0)
        writer.field("level", SARIFDocument.level(problem.severity))
        writer.key("message")
        writer.beginObject()
        writer.field("text", problem.message)
        writer.endObject()
        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        SARIFDocument.writePhysicalLocation(path: problem.location.file, line: problem.location.line,
                                            column: problem.location.column, to: &writer)
        writer.endObject()
        writer.endArray()
        writer.endObject()
    }
}
