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
    /// Place names that stand for their government as a headline's leading credit ("China: …").
    public private(set) var governments: Set<String> = []
    /// A trailing credit is at most this many words.
    public private(set) var trailingCreditMaxWords = 6

    static let keys: Set<String> = ["kickers", "kicker_words", "anonymous_credits", 
                                    "governments", "trailing_credit_max_words", "examples"]

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        func lower(_ key: String) throws(RuleError) -> [String] { try file.strings(key).map { $0.lowercased() } }
        kickers.formUnion(try lower("kickers"))
        kickerWords.formUnion(try lower("kicker_words"))
        anonymousCredits.formUnion(try lower("anonymous_credits"))
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
