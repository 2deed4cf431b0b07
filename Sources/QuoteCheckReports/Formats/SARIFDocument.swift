import QuoteCheckRules
import QuoteCheckExtraction

/// The frame of a SARIF 2.1.0 log that every quotecheck report shares: the schema, one run, the
/// tool with its rules; the caller writes the results. Also the one place that turns a path into
/// a SARIF URI and writes a physical location.
enum SARIFDocument {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A reporting rule of the tool's driver.
    struct Rule {
        let id: String
        let description: String
        /// The default level, when the rule has one (`error`, `warning`, `note`).
        let level: String?

        init(id: String, description: String, level: String?) {
            self.id = id
            self.description = description
            self.level = level
        }
    }

    /// The SARIF level of a severity: SARIF calls information a `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The whole log; `results` writes the result objects into the open `results` array.
    /// Every quotecheck column counts Unicode scalars, which the run declares: SARIF's default
    /// is UTF-16 code units, which differ after any character outside the BMP.
    static func render(rules: [Rule], results: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("$schema", schema)
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
        for rule in rules {
            writer.beginObject()
            writer.field("id", rule.id)
            writer.key("shortDescription")
            writer.beginObject()
            writer.field("text", rule.description)
            writer.endObject()
            if let level = rule.level {
                writer.key("defaultConfiguration")
                writer.beginObject()
                writer.field("level", level)
                writer.endObject()
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
        writer.field("columnKind", "unicodeCodePoints")
        writer.key("results")
        writer.beginArray()
        results(&writer)
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        writer.newline()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Opens a result object and writes what every result holds: the rule, its index in the
    /// driver's rules when known, the level and the message. The caller writes the locations
    /// and closes the object.
    static func beginResult(ruleId: String, ruleIndex: Int?, level: String, message: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("ruleId", ruleId)
        if let ruleIndex { writer.field("ruleIndex", ruleIndex) }
        writer.field("level", level)
        writer.key("message")
        writer.beginObject()
        writer.field("text", message)
        writer.endObject()
    }

    /// `"physicalLocation": {...}` inside the caller's open location object.
    static func writePhysicalLocation(path: String, line: Int, column: Int?, snippet: String? = nil, to writer: inout JSONWriter) {
        writer.key("physicalLocation")
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.field("uri", uri(path))
        writer.endObject()
        if line > 0 {
            writer.key("region")
            writer.beginObject()
            writer.field("startLine", line)
            if let column, column > 0 { writer.field("startColumn", column) }
            if let snippet {
                writer.key("snippet")
                writer.beginObject()
                writer.field("text", snippet)
                writer.endObject()
            }
            writer.endObject()
        }
        writer.endObject()
    }

    /// A URI reference for a path: relative paths stay relative (SARIF viewers resolve them
    /// against the checkout), absolute ones become `file://` URIs; unreserved characters and `/`
    /// as they are, the rest percent-encoded.
    static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 15)])"
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
