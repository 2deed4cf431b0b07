import QuoteCheckExtraction
import QuoteCheckCrossCheck

/// SARIF 2.1.0 for code-scanning tools: one rule per check, one result per finding located at
/// its first mention (the others as related locations), and a fingerprint that stays the same
/// across runs (`partialFingerprints`), so a tool can tell new findings from known ones.
public struct CheckSARIFReporter: CheckReporter {
    public init() {}

    /// One piece: a SARIF log holds the findings only, never the archive's quotes.
    public func write(_ report: CheckReport, to output: (String) -> Void) {
        let rules = report.checks.map {
            SARIFDocument.Rule(id: $0.kind.rawValue, description: $0.description ?? $0.kind.rawValue, level: SARIFDocument.level($0.severity))
        }
        output(SARIFDocument.render(rules: rules) { writer in
            for finding in report.findings { write(finding, report, &writer) }
        })
    }

    private func write(_ finding: CheckFinding, _ report: CheckReport, _ writer: inout JSONWriter) {
        SARIFDocument.beginResult(ruleId: finding.check.rawValue, ruleIndex: report.checks.firstIndex(where: { $0.kind == finding.check }),
                                  level: SARIFDocument.level(finding.severity), message: finding.message, to: &writer)
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

    private func location(_ evidence: Evidence, _ report: CheckReport, id: Int?, _ writer: inout JSONWriter) {
        let place = report.fileLocation(of: evidence)
        writer.beginObject()
        if let id { writer.field("id", id) }
        SARIFDocument.writePhysicalLocation(path: place.file, line: max(1, place.line), column: max(1, place.column),
                                            snippet: evidence.text, to: &writer)
        writer.key("message")
        writer.beginObject()
        var label = "\(evidence.article) \(evidence.line):\(evidence.column)"
        if let outlet = evidence.outlet { label += " (\(outlet))" }
        if !evidence.speakers.isEmpty { label += ": \(evidence.speakers.joined(separator: ", "))" }
        writer.field("text", label)
        writer.endObject()
        writer.endObject()
    }
}
