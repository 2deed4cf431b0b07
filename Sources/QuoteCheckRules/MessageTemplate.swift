/// A finding's message as written in the rules: text with `{name}` placeholders that the check
/// fills. Placeholders are checked when the rules load, so a typo never reaches a report.
public struct MessageTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]
    public let source: String

    /// Parses `source`; throws a message naming the first unknown or unclosed placeholder.
    init(_ source: String, allowed: Set<String>) throws(TemplateError) {
        self.source = source
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[rest.startIndex..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { throw TemplateError("unclosed '{' in the message") }
            let name = String(rest[rest.index(after: open)..<close])
            guard allowed.contains(name) else {
                throw TemplateError("unknown placeholder {\(name)} (this check fills: \(allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
            }
            parts.append(.placeholder(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The message with every placeholder replaced by its value (empty when the check gave none).
    public func render(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case let .text(text): text
            case let .placeholder(name): values[name] ?? ""
            }
        }.joined()
    }

    struct TemplateError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
