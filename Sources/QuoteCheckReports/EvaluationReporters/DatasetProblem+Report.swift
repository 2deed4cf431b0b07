import QuoteCheckExtraction
import QuoteCheckEvaluation

/// How a dataset problem is written, the same way by the `validate` and `eval` reporters.
extension DatasetProblem {
    /// One GitHub Actions annotation on the problem's line, titled with the command and check.
    func githubCommand(command: String) -> String {
        GitHubWorkflowCommand.line(severity.rawValue, location: location,
                                   title: "quotecheck \(command): \(check.rawValue)", message: message) + "\n"
    }

    /// One JSON object: file, line, column, level, the check when asked for, and the message.
    func write(to writer: inout JSONWriter, includingCheck: Bool) {
        writer.beginObject()
        writer.field("file", location.file)
        writer.field("line", location.line)
        writer.field("column", location.column)
        writer.field("level", severity.rawValue)
        if includingCheck { writer.field("check", check.rawValue) }
        writer.field("message", message)
        writer.endObject()
    }
}
