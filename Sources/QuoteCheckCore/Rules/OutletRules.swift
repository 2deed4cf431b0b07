/// The outlet registry: canonical names and aliases, and credit-line patterns.
public struct OutletRules: Sendable {
    static let keys: Set<String> = ["outlets"]
    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {}
}
