import Matcher

/// Lines that are page furniture, not article text (layout class names, score widgets, share
/// buttons): quotes are never looked for in them. Each pattern is matched against one line.
public struct BoilerplateRules: Sendable {
    public private(set) var rules: [PatternRule] = []
    static let keys: Set<String> = ["rules"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("rules") {
            let (rule, _) = try PatternRule.read(item, what: "a boilerplate rule", matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            rules.append(rule)
        }
    }

    /// The id of the rule that marks `line` (a buffer holding exactly the line) as furniture, if any.
    public func match(line: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> String? {
        for rule in rules where rule.pattern.isMatch(in: line, scratch: scratch) { return rule.id }
        return nil
    }
}
