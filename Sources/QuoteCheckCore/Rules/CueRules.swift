/// Reporting cues: verbs (inflected automatically), fixed phrases and nominal cues.
public struct CueRules: Sendable {
    static let keys: Set<String> = ["rules"]
    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {}
}
