import Matcher
import QuoteCheckText

/// Lines that are page furniture, not article text (layout class names, score widgets, share
/// buttons): quotes are never looked for in them. Each pattern is matched against one line.
public struct BoilerplateRules: Sendable {
    public private(set) var rules: [PatternRule] = []
    /// All the rules as one alternation, asked first: nearly every line is furniture by no
    /// rule, and one call per line settles that where one per rule did.
    private var anyRule: Pattern? = nil
    static let keys: Set<String> = ["rules"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("rules") {
            let (rule, _) = try PatternRule.read(item, what: "a boilerplate rule", matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            rules.append(rule)
        }
        anyRule = Pattern.alternation(of: rules.map(\.pattern))
    }

    /// The id of the rule that marks `line` (a buffer holding exactly the line) as furniture, if any.
    public func match(line: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> String? {
        // Called through where it is stored: binding it first retained and released it per line.
        if anyRule?.isMatch(in: line, scratch: scratch) == false { return nil }
        for rule in rules where rule.pattern.isMatch(in: line, scratch: scratch) { return rule.id }
        return nil
    }
}
