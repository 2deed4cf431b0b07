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
            let properties = "file=\(Self.property(place.file)),line=\(max(1, place.line)),col=\(max(1, place.column)),"
                + "title=\(Self.property(finding.check.rawValue))"
            output("::\(Self.command(finding.severity)) \(properties)::\(Self.data(message))\n")
        }
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escaping of a command's message, as the runner expects it.
    static func data(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", "\r\n": "%0D%0A"])
    }

    /// Escaping of a property value, which also may not hold `:` or `,`.
    static func property(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", "\r\n": "%0D%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces each listed character by its replacement, in one pass.
    func replacingAll(_ table: [Character: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replacement = table[character] { result += replacement } else { result.append(character) }
        }
        return result
    }
}
