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
    /// The medium of a remark ("in a speech", "in an email"), each with its label: two mentions
    /// with different labels report two occasions (a speech and an email), mentions with one
    /// label may report one (an email and a statement are both written).
    public private(set) var media: [Medium] = []
    /// Phrases that date the remark before the article ("last month", "yesterday").
    public private(set) var pastTimes: [PastTime] = []
    /// How many paragraphs before the quote's own are read for a venue (an interview set up a
    /// few paragraphs earlier, then "Trump replied: …").
    public private(set) var venueParagraphs = 3

    static let keys: Set<String> = ["venues", "media", "advance", "repetition", "weekdays", "past_times", "venue_paragraphs"]

    /// A pattern that names the medium of a remark, and the venue it stands for.
    public struct Medium: Sendable {
        public let rule: PatternRule
        /// Lower case, as venues are compared.
        public let label: String
    }

    /// A phrase that dates a remark before the article: "Trump said last month" in an article of
    /// 21 December was said between 1 and 61 days before it, so it may be the remark another
    /// outlet reported in November.
    public struct PastTime: Sendable {
        public let rule: PatternRule
        /// How many days before the article's date the remark was made, at least and at most.
        public let daysBefore: ClosedRange<Int>
    }

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
        for item in try file.list("media") {
            let (rule, entry) = try PatternRule.read(item, what: "a medium rule", extraKeys: ["venue"], matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            guard let label = try entry.string("venue"), !label.isEmpty else { throw item.fail("a medium rule needs 'venue', the label it goes by") }
            media.append(Medium(rule: rule, label: label.lowercased()))
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
        for item in try file.list("past_times") {
            let (rule, entry) = try PatternRule.read(item, what: "a past-time rule", extraKeys: ["days_before"], matches: { pattern, text in
                pattern.matches(text)
            }, into: &examples)
            guard let node = entry["days_before"] else { throw item.fail("a past-time rule needs 'days_before: {from: N, to: M}'") }
            let bounds = try node.mapping(allowed: ["from", "to"], required: ["from", "to"], what: "'days_before'")
            let from = try bounds.int("from")!, to = try bounds.int("to")!
            guard from >= 0, from <= to else { throw node.fail("'days_before' needs 0 <= from <= to") }
            pastTimes.append(PastTime(rule: rule, daysBefore: from...to))
        }
        if file["weekdays"] != nil {
            let days = try file.lowercasedStrings("weekdays")
            guard days.count == 7 else { throw file.required("weekdays").fail("'weekdays' must name seven days, Monday first") }
            weekdays = days
        }
        venueParagraphs = try file.int("venue_paragraphs", atLeast: 0) ?? venueParagraphs
    }
}
