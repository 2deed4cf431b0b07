/// A SARIF 2.1.0 log of one quotecheck run: one rule per dataset check, one result per problem.
/// Columns count Unicode scalars, which the log declares (`columnKind: unicodeCodePoints`).
struct SARIFLog {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    let problems: [DatasetProblem]

    func render() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("$schema", Self.schema)
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
        for check in DatasetCheck.allCases {
            writer.beginObject()
            writer.field("id", check.rawValue)
            writer.key("shortDescription")
            writer.beginObject()
            writer.field("text", check.summary)
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
        writer.field("columnKind", "unicodeCodePoints")
        writer.key("results")
        writer.beginArray()
        for problem in problems { write(problem, to: &writer) }
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func write(_ problem: DatasetProblem, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("ruleId", problem.check.rawValue)
        writer.field("ruleIndex", DatasetCheck.allCases.firstIndex(of: problem.check) ?? 0)
        writer.field("level", problem.severity.rawValue)
        writer.key("message")
        writer.beginObject()
        writer.field("text", problem.message)
        writer.endObject()
        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        writer.key("physicalLocation")
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.field("uri", Self.uri(problem.location.file))
        writer.endObject()
        if problem.location.line > 0 {
            writer.key("region")
            writer.beginObject()
            writer.field("startLine", problem.location.line)
            if problem.location.column > 0 { writer.field("startColumn", problem.location.column) }
            writer.endObject()
        }
        writer.endObject()
        writer.endObject()
        writer.endArray()
        writer.endObject()
    }

    /// A URI reference for a path: relative paths stay relative (SARIF viewers resolve them
    /// against the checkout), absolute ones become `file://` URIs.
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
