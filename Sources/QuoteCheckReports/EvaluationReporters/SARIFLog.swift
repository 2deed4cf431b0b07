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
        SARIFDocument.beginResult(ruleId: problem.check.rawValue, ruleIndex: DatasetCheck.allCases.firstIndex(of: problem.check) ?? 0,
                                  level: SARIFDocument.level(problem.severity), message: problem.message, to: &writer)
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
