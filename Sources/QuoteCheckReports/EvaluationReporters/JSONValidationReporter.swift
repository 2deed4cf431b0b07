import QuoteCheckExtraction
import QuoteCheckEvaluation

/// One JSON object: the files, the counts and every problem with its check.
public struct JSONValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("files", report.files)
        writer.field("records", report.records)
        writer.field("errors", report.errorCount)
        writer.field("warnings", report.warningCount)
        writer.key("problems")
        writer.beginArray()
        for problem in report.problems { problem.write(to: &writer, includingCheck: true) }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
