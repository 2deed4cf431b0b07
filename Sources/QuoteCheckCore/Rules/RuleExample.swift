/// An example carried by a rule: text that must (or must not) trigger it. Examples run against the
/// whole loaded rule set, so an example also proves that the rules around it cooperate.
public struct RuleExample: Sendable {
    /// The rule that carries the example.
    public let ruleID: String
    /// Where the example is written.
    public let location: SourceLocation
    /// What the example asserts, for listings.
    public let summary: String
    /// Runs the example; returns a failure message, or nil when the example holds.
    public let check: @Sendable (RuleSet) -> String?
}

extension RuleExample {
    /// Compares two values and describes the difference.
    static func expect<T: Equatable>(_ actual: T, _ expected: T, _ what: String) -> String? {
        actual == expected ? nil : "\(what): expected \(expected), got \(actual)"
    }
}
