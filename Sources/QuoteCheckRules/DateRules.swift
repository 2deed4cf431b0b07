/// How article dates are read: patterns with named groups `year`, `month` and `day` (the month
/// as a number or a name), the month names, and how many lines at the top of a text may hold a
/// date line or dateline.
public struct DateRules: Sendable {
    public private(set) var patterns: [PatternRule] = []
    /// Lower-cased month names and abbreviations (without a final period) → 1...12.
    public private(set) var months: [String: Int] = [:]
    /// Non-blank lines searched at the top of a text.
    public private(set) var topLines = 6
    /// A date in the text counts only when it starts within this many bytes of its line's start
    /// (a date line, a dateline, a "Published" stamp); further in, it is a date the story tells
    /// ("On June 4, 2008, Sanders …"), not the day it appeared.
    public private(set) var lineStartWithin = 40

    static let keys: Set<String> = ["patterns", "months", "top_lines", "line_start_within", "examples"]

    public init() {}

    public func month(named name: String) -> Int? {
        months[name.lowercased().trimmingSuffix(".")]
    }

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        if let node = file["months"] {
            let lists = try node.list("'months'")
            guard lists.count == 12 else { throw node.fail("'months' must list the twelve months, January first") }
            for (index, item) in lists.enumerated() {
                for name in try item.strings("each month's names") { months[name.lowercased().trimmingSuffix(".")] = index + 1 }
            }
        }
        topLines = try file.int("top_lines", atLeast: 0) ?? topLines
        lineStartWithin = try file.int("line_start_within", atLeast: 0) ?? lineStartWithin
        for item in try file.list("patterns") {
            let (rule, entry) = try PatternRule.read(item, what: "a date pattern", options: [.caseless], matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            for group in ["year", "month", "day"] where rule.pattern.groupNumbers[group] == nil {
                throw entry.required("pattern").fail("a date pattern needs the named group (?<\(group)>...)")
            }
            patterns.append(rule)
        }
        if let node = file["examples"] {
            for item in try node.list("'examples'") {
                let entry = try item.mapping(allowed: ["text", "date"], required: ["text", "date"], what: "an example")
                let text = try entry.string("text")!
                let expected = try entry.string("date")!
                examples.append(RuleExample(ruleID: "dates", location: item.location, summary: text,
                                            test: RuleExample.DateCase(text: text, date: expected)))
            }
        }
    }
}
