/// Words that shape speaker phrases: titles, group nouns, pronouns.
public struct SpeakerRules: Sendable {
    static let keys: Set<String> = ["titles"]
    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {}
}
