/// How far the body sieve reads, in tokens (a word, a mark or a possessive 's is one token),
/// and how long a word must be before its ending is trusted (keys ending in `_letters`, in
/// bytes): the `limits` of a speakers file, where each is explained with an example.
public struct SieveLimits: Sendable, Equatable, RuleLimits {
    // Phrases (PhraseReader).
    public internal(set) var phrase = 0
    public internal(set) var listItem = 0
    public internal(set) var nameParenthesis = 0
    public internal(set) var roleBeforeLink = 0
    public internal(set) var documentBeforeRecipient = 0
    public internal(set) var timePhrase = 0
    public internal(set) var modifierBeforeTitle = 0
    public internal(set) var dateline = 0
    public internal(set) var datelineWordLetters = 0
    public internal(set) var possessor = 0
    public internal(set) var pastVerbLetters = 0
    public internal(set) var speechNoun = 0
    public internal(set) var speechNounPhrase = 0
    public internal(set) var speechNounModifiers = 0
    // The sieve's steps (Attributor).
    public internal(set) var unlistedVerbLetters = 0
    public internal(set) var afterVerb = 0
    public internal(set) var salientSubject = 0
    public internal(set) var dashCredit = 0
    public internal(set) var creditAfter = 0
    public internal(set) var paragraphLabel = 0
    public internal(set) var openingLabelBytes = 0
    public internal(set) var openingLabelWords = 0
    public internal(set) var relay = 0
    public internal(set) var relayNoun = 0
    public internal(set) var nominalSubject = 0
    public internal(set) var reportedClause = 0
    public internal(set) var sourceAuthor = 0
    public internal(set) var sharedVerb = 0
    public internal(set) var absoluteDescription = 0
    public internal(set) var passiveAgent = 0
    public internal(set) var trailingCue = 0
    public internal(set) var cueAfterQuote = 0
    public internal(set) var appositiveAfterQuote = 0
    // Names (PersonRegistry, SpeakerResolver).
    public internal(set) var nameWords = 0
    public internal(set) var roleWords = 0
    public internal(set) var institutionWords = 0

    public init() {}

    static var table: [RuleLimit<SieveLimits>] {
        [RuleLimit("phrase", \.phrase), RuleLimit("list_item", \.listItem),
         RuleLimit("name_parenthesis", \.nameParenthesis, least: 2), RuleLimit("role_before_link", \.roleBeforeLink),
         RuleLimit("document_before_recipient", \.documentBeforeRecipient),
         RuleLimit("time_phrase", \.timePhrase), RuleLimit("modifier_before_title", \.modifierBeforeTitle),
         RuleLimit("dateline", \.dateline), RuleLimit("dateline_word_letters", \.datelineWordLetters),
         RuleLimit("possessor", \.possessor),
         RuleLimit("past_verb_letters", \.pastVerbLetters, isMinimum: true), RuleLimit("speech_noun", \.speechNoun),
         RuleLimit("speech_noun_phrase", \.speechNounPhrase), RuleLimit("speech_noun_modifiers", \.speechNounModifiers),
         RuleLimit("unlisted_verb_letters", \.unlistedVerbLetters, isMinimum: true), RuleLimit("after_verb", \.afterVerb),
         RuleLimit("salient_subject", \.salientSubject),
         RuleLimit("dash_credit", \.dashCredit, least: 2), RuleLimit("credit_after", \.creditAfter),
         RuleLimit("paragraph_label", \.paragraphLabel), RuleLimit("opening_label_bytes", \.openingLabelBytes),
         RuleLimit("opening_label_words", \.openingLabelWords, least: 2), RuleLimit("relay", \.relay),
         RuleLimit("relay_noun", \.relayNoun), RuleLimit("nominal_subject", \.nominalSubject),
         RuleLimit("reported_clause", \.reportedClause, least: 2), RuleLimit("source_author", \.sourceAuthor),
         RuleLimit("shared_verb", \.sharedVerb), RuleLimit("absolute_description", \.absoluteDescription, least: 2),
         RuleLimit("passive_agent", \.passiveAgent), RuleLimit("trailing_cue", \.trailingCue),
         RuleLimit("cue_after_quote", \.cueAfterQuote), RuleLimit("appositive_after_quote", \.appositiveAfterQuote),
         RuleLimit("name_words", \.nameWords), RuleLimit("role_words", \.roleWords),
         RuleLimit("institution_words", \.institutionWords)]
    }
}
