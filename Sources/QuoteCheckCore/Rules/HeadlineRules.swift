/// How a headline credits its quotes, in the house styles of the wire services: kickers that
/// are series labels, not speakers ("Xi Focus:", "Explainer:"); credits after a trailing colon
/// ("…: FM", "…: UN experts"), some of which name nobody ("…: report"); quoted labels that
/// nobody is presented as saying ("so-called 'peace plan'", "'Taiwan independence' forces").
public struct HeadlineRules: Sendable {
    /// Phrases that open a headline before a colon as a series or section label.
    public private(set) var kickers: Set<String> = []
    /// A last word that makes the phrase before a headline's first colon a label ("China Focus",
    /// "World Insights", "GT investigates").
    public private(set) var kickerWords: Set<String> = []
    /// Trailing credits that name no speaker ("…: report", "…: state media").
    public private(set) var anonymousCredits: Set<String> = []
    /// Words right before a quote that make it the name of a thing ("so-called", "dubbed").
    public private(set) var labelMarkers: Set<String> = []
    /// Endings of adjectives of judgement: a quote that modifies the noun after it is a label
    /// ("'dynamic zero-COVID' policy") unless its last word is such an adjective ("'unfounded'
    /// rumors", "'serious' guarantees"), which somebody said.
    public private(set) var judgementEndings: [String] = []
    /// Place names that stand for their government as a headline's leading credit ("China: …").
    public private(set) var governments: Set<String> = []
    /// A trailing credit is at most this many words.
    public private(set) var trailingCreditMaxWords = 6

    static let keys: Set<String> = ["kickers", "kicker_words", "anonymous_credits", "label_markers", "judgement_endings",
                                    "governments", "trailing_credit_max_words", "examples"]

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        func lower(_ key: String) throws(RuleError) -> [String] { try file.strings(key).map { $0.lowercased() } }
        kickers.formUnion(try lower("kickers"))
        kickerWords.formUnion(try lower("kicker_words"))
        anonymousCredits.formUnion(try lower("anonymous_credits"))
        labelMarkers.formUnion(try lower("label_markers"))
        judgementEndings += try lower("judgement_endings")
        governments.formUnion(try lower("governments"))
        if let count = try file.int("trailing_credit_max_words") {
            guard count >= 1 else { throw file.required("trailing_credit_max_words").fail("'trailing_credit_max_words' must be at least 1") }
            trailingCreditMaxWords = count
        }
        if let node = file["examples"] {
            examples += try AttributionExample.read(node, ruleID: "headlines")
        }
    }
}
