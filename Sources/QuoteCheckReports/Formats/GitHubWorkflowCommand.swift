import QuoteCheckText

/// GitHub Actions workflow commands (`::error file=F,line=L,col=C,title=T::message`), escaped
/// as the runner expects so that messages with `%`, `:`, `,` or newlines survive, and with
/// control characters written out (the runner's log is a terminal: no escape sequence from a
/// quote or a file name may act on it). The one escaper for `check`, `validate` and `eval`.
enum GitHubWorkflowCommand {
    static func line(_ command: String, location: SourceLocation? = nil, title: String? = nil, message: String) -> String {
        var properties: [String] = []
        if let location {
            properties.append("file=" + escapeProperty(location.file))
            if location.line > 0 {
                properties.append("line=\(location.line)")
                if location.column > 0 { properties.append("col=\(location.column)") }
            }
        }
        if let title { properties.append("title=" + escapeProperty(title)) }
        let head = properties.isEmpty ? command : command + " " + properties.joined(separator: ",")
        return "::\(head)::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        TerminalText.escape(text, keeping: ["\n", "\r"]).replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
