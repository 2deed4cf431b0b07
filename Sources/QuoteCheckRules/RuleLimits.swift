import QuoteCheckText

/// One named limit of a `limits` block: its key in the rules, the property it sets, whether it
/// is a most (a window, a count) or a least (a word's length before its ending is trusted), and
/// the least value the code that reads it is written for (a window of 0 tokens would make no
/// sense, and some windows step over a mark first).
struct RuleLimit<Owner> {
    let key: String
    let path: WritableKeyPath<Owner, Int>
    let least: Int
    let isMinimum: Bool

    init(_ key: String, _ path: WritableKeyPath<Owner, Int>, least: Int = 1, isMinimum: Bool = false) {
        self.key = key
        self.path = path
        self.least = least
        self.isMinimum = isMinimum
    }

    /// The value that lets the least through: a most at its least, a least past any word's
    /// length. A limit's examples must fare otherwise there.
    var tightest: Int { isMinimum ? 1_000 : least }
}

/// A set of named whole-number limits read from a rules file's `limits` mapping: how far in
/// tokens a construction of news writing is looked for, how long a word must be before its
/// ending is trusted. The numbers are knowledge of news writing, so they live in `rules/`
/// with the words; Swift holds only their names. Every limit must be given once the rules are
/// loaded (a later file may change some), so none has a value in Swift.
protocol RuleLimits {
    /// Every limit of the set, in the order the error messages list them.
    static var table: [RuleLimit<Self>] { get }
}

extension RuleLimits {
    /// Sets the limits a `limits` mapping gives; an unknown key or a value below a limit's
    /// least is an error where it stands.
    mutating func read(_ node: RuleNode, what: String) throws(RuleError) {
        let table = Self.table
        let mapping = try node.mapping(allowed: Set(table.map(\.key)), what: what)
        for limit in table {
            if let value = try mapping.int(limit.key, atLeast: limit.least) { self[keyPath: limit.path] = value }
        }
    }

    /// Every limit's key.
    static var keys: [String] { table.map(\.key) }

    /// The set with the limit `key` at its tightest (see `RuleLimit.tightest`); unchanged for an
    /// unknown key.
    func tightened(_ key: String) -> Self {
        guard let limit = Self.table.first(where: { $0.key == key }) else { return self }
        var copy = self
        copy[keyPath: limit.path] = limit.tightest
        return copy
    }

    /// Reads `limit_examples`: for each limit, examples of what it lets through, each of which
    /// fares otherwise with the limit at its tightest.
    static func readExamples(_ node: RuleNode, kind: String) throws(RuleError) -> [RuleExample] {
        let byLimit = try node.mapping(allowed: Set(keys), what: "'limit_examples'")
        var examples: [RuleExample] = []
        for key in byLimit.order {
            examples += try AttributionExample.read(byLimit.required(key), ruleID: "limits/\(key)",
                                                    limit: RuleLimitName(kind: kind, key: key))
        }
        return examples
    }

    /// The keys no file has given (a limit is never 0 once given).
    var missing: [String] { Self.table.filter { self[keyPath: $0.path] == 0 }.map(\.key) }

    /// Fails when a limit is missing once every file is in, naming the first rules file.
    func validate(kind: String, files: [String]) throws(RuleError) {
        let missing = missing
        guard !missing.isEmpty else { return }
        throw RuleError(SourceLocation(file: files.first ?? "rules", line: 1, column: 1),
                        "the rules give no value for \(missing.map { "'\($0)'" }.joined(separator: ", ")) (the 'limits' of a '\(kind)' file must name each)")
    }
}
