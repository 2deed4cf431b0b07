import Matcher
import Yams
import QuoteCheckText

/// A YAML node of a rule file that knows where it stands, so that every complaint about it names
/// `file:line:column`. Accessors are strict: a wrong type or an unknown key is an error.
public struct RuleNode {
    let node: Node
    let file: String

    init(_ node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses a whole file.
    static func parse(_ yaml: String, file: String) throws(RuleError) -> RuleNode {
        do {
            // The basic resolver tags every plain scalar as a string: the reader knows which type
            // each key wants and converts it below. The default resolver runs seven Foundation
            // regular expressions on every scalar: over a quarter of start-up.
            // The encoding is given: Yams's default reads it from the environment, building a
            // dictionary of every variable for each file (5 M instructions of start-up).
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                throw RuleError(SourceLocation(file: file, line: 1, column: 1), "the file is empty")
            }
            return RuleNode(node, file: file)
        } catch let error as RuleError {
            throw error
        } catch let error as YamlError {
            throw RuleError(Self.location(of: error, file: file), "not valid YAML: \(Self.reason(of: error))")
        } catch {
            throw RuleError(SourceLocation(file: file, line: 1, column: 1), "not valid YAML: \(error)")
        }
    }

    public var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func fail(_ message: String) -> RuleError { RuleError(location, message) }

    /// The mapping's entries, checking that every key is allowed and every required key is there.
    func mapping(allowed: Set<String>, required: Set<String> = [], what: String) throws(RuleError) -> RuleMapping {
        guard case let .mapping(mapping) = node else { throw fail("\(what) must be a mapping") }
        var entries: [String: RuleNode] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            let keyNode = RuleNode(key, file: file)
            guard let name = key.string, case .scalar = key else { throw keyNode.fail("keys must be plain strings") }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw keyNode.fail("unknown key '\(name)' in \(what) (allowed: \(known))")
            }
            guard entries[name] == nil else { throw keyNode.fail("duplicate key '\(name)'") }
            entries[name] = RuleNode(value, file: file)
            order.append(name)
        }
        for name in required.sorted() where entries[name] == nil {
            throw fail("\(what) needs the key '\(name)'")
        }
        // Nothing reads most descriptions, so no reader would notice one of the wrong type:
        // checked here, wherever a mapping allows one.
        if let description = entries["description"] { _ = try description.string("'description'") }
        return RuleMapping(entries: entries, order: order, node: self)
    }

    func string(_ what: String) throws(RuleError) -> String {
        guard case let .scalar(scalar) = node else { throw fail("\(what) must be a string") }
        return scalar.string
    }

    func int(_ what: String) throws(RuleError) -> Int {
        guard case let .scalar(scalar) = node, let value = Int(scalar.string) else {
            throw fail("\(what) must be a whole number")
        }
        return value
    }

    func double(_ what: String) throws(RuleError) -> Double {
        guard case let .scalar(scalar) = node, let value = Double(scalar.string) else {
            throw fail("\(what) must be a number")
        }
        return value
    }

    func bool(_ what: String) throws(RuleError) -> Bool {
        guard case let .scalar(scalar) = node else { throw fail("\(what) must be true or false") }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail("\(what) must be true or false")
        }
    }

    func list(_ what: String) throws(RuleError) -> [RuleNode] {
        guard case let .sequence(sequence) = node else { throw fail("\(what) must be a list") }
        return sequence.map { RuleNode($0, file: file) }
    }

    func strings(_ what: String) throws(RuleError) -> [String] {
        var values: [String] = []
        for item in try list(what) { values.append(try item.string("each item of \(what)")) }
        return values
    }

    /// A PCRE2 pattern; a compile error is reported at the pattern's line with PCRE2's reason.
    func pattern(_ what: String, options: Pattern.Options = []) throws(RuleError) -> Pattern {
        let source = try string(what)
        do {
            return try Pattern(source, options: options)
        } catch {
            throw fail("\(what) does not compile: \(error.message) at offset \(error.offset)")
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func reason(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

/// The checked entries of a mapping.
struct RuleMapping {
    let entries: [String: RuleNode]
    let order: [String]
    let node: RuleNode

    subscript(key: String) -> RuleNode? { entries[key] }

    func required(_ key: String) -> RuleNode { entries[key]! }

    func string(_ key: String) throws(RuleError) -> String? { try entries[key]?.string("'\(key)'") }
    func strings(_ key: String) throws(RuleError) -> [String] { try entries[key]?.strings("'\(key)'") ?? [] }
    /// The strings lower-cased: how word lists are compared.
    func lowercasedStrings(_ key: String) throws(RuleError) -> [String] { try strings(key).map { $0.lowercased() } }
    func list(_ key: String) throws(RuleError) -> [RuleNode] { try entries[key]?.list("'\(key)'") ?? [] }
    func double(_ key: String) throws(RuleError) -> Double? { try entries[key]?.double("'\(key)'") }
    func int(_ key: String) throws(RuleError) -> Int? { try entries[key]?.int("'\(key)'") }
    /// A whole number no smaller than `minimum` (a count, a window of days), nil when absent.
    func int(_ key: String, atLeast minimum: Int) throws(RuleError) -> Int? {
        guard let value = try int(key) else { return nil }
        guard value >= minimum else {
            throw required(key).fail(minimum == 0 ? "'\(key)' must not be negative" : "'\(key)' must be at least \(minimum)")
        }
        return value
    }
    func bool(_ key: String) throws(RuleError) -> Bool? { try entries[key]?.bool("'\(key)'") }
}
