import Matcher
import QuoteCheckText

/// A named PCRE2 pattern with examples that must and must not match: the shape shared by the
/// pattern-based rule kinds (apostrophes, boilerplate).
public struct PatternRule: Sendable {
    public let id: String
    public let pattern: Pattern
    /// What kind of rule it is, as loading errors name it ("a boilerplate rule").
    public let what: String
    /// Where its pattern is written.
    public let location: SourceLocation

    static let entryKeys: Set<String> = ["id", "pattern", "description", "examples"]

    /// Reads `id`, `pattern` and `examples: {match: [...], nomatch: [...]}`; `matches` decides what
    /// "matches" means for this kind (a whole line, a mark position ...).
    static func read(_ item: RuleNode, what: String, extraKeys: Set<String> = [],
                     options: Pattern.Options = [],
                     matches: @escaping @Sendable (Pattern, String) -> Bool,
                     into examples: inout [RuleExample]) throws(RuleError) -> (PatternRule, RuleMapping) {
        let entry = try item.mapping(allowed: entryKeys.union(extraKeys), required: ["id", "pattern", "examples"],
                                     what: what)
        let id = try entry.string("id")!
        let patternNode = entry.required("pattern")
        let pattern = try patternNode.pattern("'pattern'", options: options)
        let exampleNode = entry.required("examples")
        let cases = try exampleNode.mapping(allowed: ["match", "nomatch"], required: ["match", "nomatch"],
                                            what: "'examples'")
        let positives = try cases.strings("match"), negatives = try cases.strings("nomatch")
        if positives.isEmpty || negatives.isEmpty {
            throw exampleNode.fail("a rule needs at least one 'match' and one 'nomatch' example")
        }
        for text in positives {
            examples.append(RuleExample(ruleID: id, location: cases.required("match").location, summary: text) { _ in
                matches(pattern, text) ? nil : "should match \(text.debugDescription) but does not"
            })
        }
        for text in negatives {
            examples.append(RuleExample(ruleID: id, location: cases.required("nomatch").location, summary: text) { _ in
                matches(pattern, text) ? "should not match \(text.debugDescription) but does" : nil
            })
        }
        return (PatternRule(id: id, pattern: pattern, what: what, location: patternNode.location), entry)
    }
}
