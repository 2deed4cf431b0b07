/// SARIF 2.1.0 for code-scanning tools: one rule per check, one result per finding located at
/// its first mention (the others as related locations), and a fingerprint that stays the same
/// across runs (`partialFingerprints`), so a tool can tell new findings from known ones.
public struct CheckSARIFReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        writer.field("version", "2.1.0")
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()
        writer.key("tool")
        writer.beginObject()
        writer.key("driver")
        writer.beginObject()
        writer.field("name", "quotecheck")
        writer.key("rules")
        writer.beginArray()
        for definition in report.checks {
            writer.beginObject()
            writer.field("id", definition.kind.rawValue)
            writer.key("shortDescription")
            writer.beginObject()
            writer.field("text", definition.description ?? definition.kind.rawValue)
            writer.endObject()
            writer.key("defaultConfiguration")
            writer.beginObject()
            writer.field("level", Self.level(definition.severity))
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
        writer.key("results")
        writer.beginArray()
        for finding in report.findings {
            writer.beginObject()
            writer.field("ruleId", finding.check.rawValue)
            if let index = report.checks.firstIndex(where: { $0.kind == finding.check }) { writer.field("ruleIndex", index) }
            writer.field("level", Self.level(finding.severity))
            writer.key("message")
            writer.beginObject()
            writer.field("text", finding.message)
            writer.endObject()
            writer.key("locations")
            writer.beginArray()
            let primary = finding.primaryIndex
            if !finding.evidence.isEmpty { location(finding.evidence[primary], report, id: nil, &writer) }
            writer.endArray()
            if finding.evidence.count > 1 {
                writer.key("relatedLocations")
                writer.beginArray()
                for (index, evidence) in finding.evidence.enumerated() where index != primary {
                    location(evidence, report, id: index, &writer)
                }
                writer.endArray()
            }
            writer.key("partialFingerprints")
            writer.beginObject()
            writer.field("quotecheckFinding/v1", finding.fingerprint)
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func location(_ evidence: Evidence, _ report: CheckReport, id: Int?, _ writer: inout JSONWriter) {
        let place = report.fileLocation(of: evidence)
        writer.beginObject()
        if let id { writer.field("id", id) }
        writer.key("physicalLocation")
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.field("uri", Self.uri(place.file))
        writer.endObject()
        writer.key("region")
        writer.beginObject()
        writer.field("startLine", max(1, place.line))
        writer.field("startColumn", max(1, place.column))
        writer.key("snippet")
        writer.beginObject()
        writer.field("text", evidence.text)
        writer.endObject()
        writer.endObject()
        writer.endObject()
        writer.key("message")
        writer.beginObject()
        var label = "\(evidence.article) \(evidence.line):\(evidence.column)"
        if let outlet = evidence.outlet { label += " (\(outlet))" }
        if !evidence.speakers.isEmpty { label += ": \(evidence.speakers.joined(separator: ", "))" }
        writer.field("text", label)
        writer.endObject()
        writer.endObject()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference for a path: unreserved characters and `/` as they are, the rest
    /// percent-encoded.
    static func uri(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        var result = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
