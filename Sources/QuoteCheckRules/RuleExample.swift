import QuoteCheckText

/// An example carried by a rule: text that must (or must not) trigger it. Examples run against the
/// whole loaded rule set, so an example also proves that the rules around it cooperate.
///
/// The rules read and validate their examples, but an example that needs a later stage (the
/// quote finder, attribution, dates, titles, comparison, the check) is kept as data, its case;
/// `RuleExampleRunner`, in the layer above those stages, runs it. Only examples the rules can
/// run alone (patterns, sentence splitting) carry their test as code.
public struct RuleExample: Sendable {
    /// The rule that carries the example.
    public let ruleID: String
    /// Where the example is written.
    public let location: SourceLocation
    /// What the example asserts, for listings.
    public let summary: String
    /// What to run: one of the cases below.
    public let test: any Case

    /// What an example asserts, and which stage it needs. (A protocol, not an enum with
    /// payloads: the address sanitizer's leak check cannot follow pointers that a multi-payload
    /// enum packs its tag into, and took every example's strings for leaks.)
    public protocol Case: Sendable {}

    /// A test the rules run alone; returns a failure message, or nil when it holds.
    public struct RulesCase: Case {
        public let run: @Sendable (RuleSet) -> String?
    }

    public init(ruleID: String, location: SourceLocation, summary: String, test: any Case) {
        self.ruleID = ruleID
        self.location = location
        self.summary = summary
        self.test = test
    }

    /// An example the rules run alone.
    public init(ruleID: String, location: SourceLocation, summary: String, check: @escaping @Sendable (RuleSet) -> String?) {
        self.init(ruleID: ruleID, location: location, summary: summary, test: RulesCase(run: check))
    }

    /// `text` holds exactly `quotes` (in order), of `kinds` when given.
    public struct QuotesCase: Case {
        public let text: String
        public let quotes: [String]
        public let kinds: [String]
    }

    /// The quote of `text` whose text is `quote` (or the first) is attributed so.
    public struct AttributionCase: Case {
        public let text: String
        public let quote: String?
        public let speakers: [String]
        public let cue: String?
        public let via: [String]?
        /// The outlet the record must name (found from the text or `publishedBy`).
        public let outlet: String?
        /// The outlet that publishes the text, as a feed's metadata gives it (its house style
        /// applies).
        public let publishedBy: String?
        /// The sieve step that decides the quote: without it, the quote's attribution differs.
        public var decidedBy: SieveStepName? = nil
        /// The limit the quote's attribution needs: at its tightest, the attribution differs.
        public var limit: RuleLimitName? = nil
    }

    /// The date of `text` is `date` (`YYYY-MM-DD`, or `none`).
    public struct DateCase: Case {
        public let text: String
        public let date: String
    }

    /// `text` gives `person` the roles `roles`, in order of first appearance.
    public struct RolesCase: Case {
        public let text: String
        public let person: String
        public let roles: [String]
    }

    /// Two quotes are `same` (one wording), `grouped` (one statement) or `apart`.
    public struct CompareCase: Case {
        public let texts: [String]
        public let expect: String
    }

    /// Mentions from made-up articles, and the findings (`check` or `check:severity`) the
    /// checks together raise on them.
    public struct CheckCase: Case {
        /// One quote of a made-up article.
        public struct Mention: Sendable {
            public let article: String
            public let outlet: String?
            public let date: String?
            public let text: String
            public let kind: QuoteKind
            public let speakers: [String]
            public let via: [String]
            /// The article text around the quote (titles, occasions, names are read from it).
            public let context: String?
            /// The speaker rule as records carry it ("clause-subject/name"): it sets the confidence.
            public let rule: String?
        }

        public let mentions: [Mention]
        public let findings: [String]
    }
}

extension RuleExample {
    /// Compares two values and describes the difference.
    public static func expect<T: Equatable>(_ actual: T, _ expected: T, _ what: String) -> String? {
        actual == expected ? nil : "\(what): expected \(expected), got \(actual)"
    }
}
