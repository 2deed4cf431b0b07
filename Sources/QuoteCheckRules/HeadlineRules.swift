/// How a headline credits its quotes, in the house styles of the wire services: kickers that
/// are series labels, not speakers ("Xi Focus:", "Explainer:"); credits after a trailing colon
/// ("…: FM", "…: UN experts"), some of which name a document or the press ("…: report"); quoted labels that
/// nobody is presented as saying ("so-called 'peace plan'", "'Taiwan independence' forces").
public struct HeadlineRules: Sendable {
    /// Phrases that open a headline before a colon as a series or section label.
    public private(set) var kickers: Set<String> = []
    /// A last word that makes the phrase before a headline's first colon a label ("China Focus",
    /// "World Insights", "GT investigates").
    public private(set) var kickerWords: Set<String> = []
    /// Trailing credits that name a document and no person ("…: report", "…: survey"): the
    /// document is the source, as the headline writes it.
    public private(set) var anonymousCredits: Set<String> = []
    /// Trailing credits that name the press and no one in it ("…: state media", "…: reports",
    /// "- source"): they relay the words of a speech verb's subject, or are the source when the
    /// headline has none.
    public private(set) var pressCredits: Set<String> = []
    /// Place names that stand for their government as a headline's leading credit ("China: …").
    public private(set) var governments: Set<String> = []
    /// Words between a leading credit and its topic ("UN chief on floods:").
    public private(set) var topicPrepositions: Set<String> = []
    /// Words that, right after a leading colon, open a question or a noun phrase ("Why …", "The
    /// …"): the phrase before the colon is a topic.
    public private(set) var topicOpeners: Set<String> = []
    /// Lower-case words that open a clause of its own ("…, but experts say '…'").
    public private(set) var clauseCoordinators: Set<String> = []
    /// Words between a credit's head and the name it belongs to ("…: envoy to Russia").
    public private(set) var affiliationLinks: Set<String> = []
    /// How far the headline reader reads and how long a word must be before its ending tells (`limits`).
    public internal(set) var limits = HeadlineLimits()
    /// A trailing credit is at most this many words.
    public private(set) var trailingCreditMaxWords = 6
    /// A quoted capitalised name in a headline ("'Democracy and Human Rights Act of 2022'") is a
    /// label up to this many words.
    public private(set) var labelNameMaxWords = 8
    /// A quote that opens a headline and runs on is a label, unless a credit names its speaker and
    /// it stands before a preposition of `predicatePrepositions` or holds at least this many
    /// words: then it reads as a predicate or a clause.
    public private(set) var clauseQuoteWords = 5
    /// Prepositions after a quote that make it a predicate ("'No alternative' to diplomacy").
    public private(set) var predicatePrepositions: Set<String> = []
    /// Verbs that stand before their subject after a quote ("…, says trucker").
    public private(set) var invertingVerbs: Set<String> = []
    /// Words before a series' number ("Ep. 5:"): what follows the colon names an episode.
    public private(set) var episodeWords: Set<String> = []
    /// Adverbs that stand between a Title Case headline's subject and its verb ("Senator Just
    /// Torched …"): the subject ends before them.
    public private(set) var subjectAdverbs: Set<String> = []
    /// Words of a stance or feeling that, quoted right after a headline's subject, are the
    /// subject's own words ("UN chief 'alarmed' by …", "Russia 'ready to talk'").
    public private(set) var stanceWords: Set<String> = []
    /// Negations a stance may open with ("'not positive'").
    public private(set) var stanceNegators: Set<String> = []
    /// Words that open what a headline's subject will or won't do ("'will occupy palace'",
    /// "'cannot offer'", "to 'denounce …'"): quoted right after the subject, its own words.
    public private(set) var intentWords: Set<String> = []
    /// Words that make a quote a sentence ("is", "has", "will", "you"): before a clause, its
    /// subject's words; a quote without one is a name or a description.
    public private(set) var sentenceWords: Set<String> = []
    /// Nouns of a remark: a quote between a possessive and one of these is the owner's words
    /// ("Erdogan's 'regret' comments"), even in a headline alone.
    public private(set) var remarkNouns: Set<String> = []
    /// Verbs whose subject at a headline's end was spoken to ("…, jury told").
    public private(set) var addresseeVerbs: Set<String> = []
    /// Outlets (lower case) whose headlines open with their speaker and a colon ("Biden: …",
    /// "Expert: …", "Lavrov: …"): a lone word there is a credit, not a topic.
    public private(set) var creditFirstOutlets: Set<String> = []
    /// Outlets (lower case) whose headlines open with a topic and a colon, often a person's name
    /// ("Heatwave: …", "Scott Morrison: Australia's ex-PM …"): the phrase credits only a bare quote.
    public private(set) var topicFirstOutlets: Set<String> = []

    /// What a headline's opening phrase before a colon is, by the house style of its outlet.
    public enum LeadingColon: Sendable {
        /// The outlet opens with its speaker ("Biden: Palestinians need …").
        case credit
        /// The outlet opens with a topic ("Gary Speed: Mum's pain …"); a person or group credits
        /// only a bare quote after it ("Frank Stella: '…'").
        case topic
        /// Unknown outlet: a phrase that can speak is a credit, a lone unknown word a topic.
        case either
    }

    /// The house style of `outlet` (a canonical outlet name) for a headline's leading colon.
    public func leadingColon(outlet: String?) -> LeadingColon {
        guard let outlet = outlet?.lowercased() else { return .either }
        if creditFirstOutlets.contains(outlet) { return .credit }
        if topicFirstOutlets.contains(outlet) { return .topic }
        return .either
    }

    static let keys: Set<String> = ["kickers", "kicker_words", "anonymous_credits", "press_credits", "governments", "topic_prepositions",
                                    "topic_openers", "clause_coordinators", "affiliation_links", "trailing_credit_max_words",
                                    "label_name_max_words", "clause_quote_words", "limits", "limit_examples", "predicate_prepositions", "inverting_verbs", "episode_words", "addressee_verbs", "subject_adverbs", "stance_words", "stance_negators", "intent_words", "sentence_words", "remark_nouns", "credit_first_outlets", "topic_first_outlets", "examples"]

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        kickers.formUnion(try file.lowercasedStrings("kickers"))
        kickerWords.formUnion(try file.lowercasedStrings("kicker_words"))
        anonymousCredits.formUnion(try file.lowercasedStrings("anonymous_credits"))
        pressCredits.formUnion(try file.lowercasedStrings("press_credits"))
        governments.formUnion(try file.lowercasedStrings("governments"))
        topicPrepositions.formUnion(try file.lowercasedStrings("topic_prepositions"))
        topicOpeners.formUnion(try file.lowercasedStrings("topic_openers"))
        clauseCoordinators.formUnion(try file.lowercasedStrings("clause_coordinators"))
        affiliationLinks.formUnion(try file.lowercasedStrings("affiliation_links"))
        predicatePrepositions.formUnion(try file.lowercasedStrings("predicate_prepositions"))
        invertingVerbs.formUnion(try file.lowercasedStrings("inverting_verbs"))
        episodeWords.formUnion(try file.lowercasedStrings("episode_words"))
        addresseeVerbs.formUnion(try file.lowercasedStrings("addressee_verbs"))
        subjectAdverbs.formUnion(try file.lowercasedStrings("subject_adverbs"))
        stanceWords.formUnion(try file.lowercasedStrings("stance_words"))
        stanceNegators.formUnion(try file.lowercasedStrings("stance_negators"))
        intentWords.formUnion(try file.lowercasedStrings("intent_words"))
        sentenceWords.formUnion(try file.lowercasedStrings("sentence_words"))
        remarkNouns.formUnion(try file.lowercasedStrings("remark_nouns"))
        creditFirstOutlets.formUnion(try file.lowercasedStrings("credit_first_outlets"))
        topicFirstOutlets.formUnion(try file.lowercasedStrings("topic_first_outlets"))
        if let both = creditFirstOutlets.intersection(topicFirstOutlets).sorted().first {
            throw file.required("topic_first_outlets").fail("'\(both)' is in both credit_first_outlets and topic_first_outlets")
        }
        trailingCreditMaxWords = try file.int("trailing_credit_max_words", atLeast: 1) ?? trailingCreditMaxWords
        labelNameMaxWords = try file.int("label_name_max_words", atLeast: 2) ?? labelNameMaxWords
        clauseQuoteWords = try file.int("clause_quote_words", atLeast: 1) ?? clauseQuoteWords
        if let node = file["limits"] { try limits.read(node, what: "'limits'") }
        if let node = file["limit_examples"] { examples += try HeadlineLimits.readExamples(node, kind: "headlines") }
        if let node = file["examples"] {
            examples += try AttributionExample.read(node, ruleID: "headlines")
        }
    }
}
