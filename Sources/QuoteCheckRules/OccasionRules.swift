import Matcher

/// What tells the occasion of a quote from the paragraph that reports it: the venue (an
/// interview with someone, a listener, a show), read from a pattern's `venue` group, and marks
/// of advance text (excerpts released before a speech, "he will say"). Two mentions of one
/// statement whose paragraphs name different venues report different occasions; advance text
/// set against the speech as given is its own finding, not drift.
public struct OccasionRules: Sendable {
    /// Patterns with a named group `venue`.
    public private(set) var venues: [PatternRule] = []
    /// Patterns that mark a paragraph as quoting advance text.
    public private(set) var advance: [PatternRule] = []
    /// Patterns that say the speaker said the line more than once ("repeated the same phrasing
    /// three times"): outlets may quote different repetitions, so their wordings are not compared.
    public private(set) var repetition: [PatternRule] = []
    /// Day names, Monday first: "on Wednesday" in the paragraph dates the remark itself.
    public private(set) var weekdays: [String] = []
    /// How many paragraphs before the quote's own are read for a venue (an interview set up a
    /// few paragraphs earlier, then "Trump replied: …").
    public private(set) var venueParagraphs = 3

    static let keys: Set<String> = ["venues", "advance", "repetition", "weekdays", "venue_paragraphs"]

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("venues") {
            let (rule, _) = try PatternRule.read(item, what: "a venue rule", matches: { pattern, text in
                pattern.firstMatch(in: text)?["venue"] != nil
            }, into: &examples)
            guard rule.pattern.groupNumbers["venue"] != nil else {
                throw item.fail("a venue pattern needs a named group 'venue'")
            }
            venues.append(rule)
        }
        for item in try file.list("advance") {
            let (rule, _) = try PatternRule.read(item, what: "an advance-text rule", matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            advance.append(rule)
        }
        for item in try file.list("repetition") {
            let (rule, _) = try PatternRule.read(item, what: "a repetition rule", matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            repetition.append(rule)
        }
        if file["weekdays"] != nil {
            let days = try file.lowercasedStrings("weekdays")
            guard days.count == 7 else { throw file.required("weekdays").fail("'weekdays' must name seven days, Monday first") }
            weekdays = days
        }
        if let count = try file.int("venue_paragraphs") {
            guard count >= 0 else { throw file.required("venue_paragraphs").fail("'venue_paragraphs' must not be negative") }
            venueParagraphs = count
        }
    }
}
