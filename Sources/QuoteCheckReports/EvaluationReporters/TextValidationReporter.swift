import QuoteCheckText
import QuoteCheckEvaluation

/// `FILE:LINE:COLUMN: level: message`, one problem a line, then a summary line. Meant for a
/// terminal: control characters in a file name or a quoted text are written out, line breaks
/// too (one problem stays one line).
public struct TextValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        var out = ""
        for problem in report.problems {
            out += TerminalText.escape("\(problem.location): \(problem.severity.rawValue): \(problem.message)", keeping: []) + "\n"
        }
        out += report.summary + "\n"
        return out
    }
}
