/// `FILE:LINE:COLUMN: level: message`, one problem a line, then a summary line.
public struct TextValidationReporter: ValidationReporter {
    public init() {}
    public func render(_ report: ValidationReport) -> String {
        var out = ""
        for problem in report.problems {
            out += "\(problem.location): \(problem.severity.rawValue): \(problem.message)\n"
        }
        out += report.summary + "\n"
        return out
    }
}
