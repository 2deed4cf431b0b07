import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckCrossCheck

/// GitHub Actions workflow commands, one per finding, so findings show as annotations on the
/// article files: `::error file=F,line=L,col=C,title=CHECK::message (also: …)`.
public struct CheckGitHubReporter: CheckReporter {
    public init() {}

    /// One line per finding, handed on as it is made.
    public func write(_ report: CheckReport, to output: (String) -> Void) {
        for finding in report.findings {
            guard !finding.evidence.isEmpty else { continue }
            let primary = finding.primaryIndex
            let place = report.fileLocation(of: finding.evidence[primary])
            var message = finding.message
            let others = finding.evidence.enumerated().filter { $0.offset != primary }.map(\.element).map { evidence -> String in
                let other = report.fileLocation(of: evidence)
                return "\(other.file):\(other.line):\(other.column)"
            }
            if !others.isEmpty { message += " (also: \(others.joined(separator: ", ")))" }
            let location = SourceLocation(file: place.file, line: max(1, place.line), column: max(1, place.column))
            output(GitHubWorkflowCommand.line(Self.command(finding.severity), location: location, title: finding.check.rawValue,
                                              message: message) + "\n")
        }
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }
}
