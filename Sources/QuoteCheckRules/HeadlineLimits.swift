/// How far the headline reader reads, in tokens, and how long a word must be before its
/// ending is trusted (keys ending in `_letters`, in bytes): the `limits` of a headlines file,
/// where each is explained with an example.
public struct HeadlineLimits: Sendable, Equatable, RuleLimits {
    public internal(set) var kicker = 0
    public internal(set) var credit = 0
    public internal(set) var topicPreposition = 0
    public internal(set) var topicCredit = 0
    public internal(set) var bareTitleWords = 0
    public internal(set) var closingSubject = 0
    public internal(set) var subjectToVerb = 0
    public internal(set) var judgedWordBytes = 0
    public internal(set) var pronounAntecedent = 0
    public internal(set) var kickerNameWords = 0
    public internal(set) var labelAfterWordWords = 0
    public internal(set) var pastParticipleLetters = 0
    public internal(set) var nounBeforeVerbLetters = 0
    public internal(set) var subjectGap = 0
    public internal(set) var titleCaseSubjectGap = 0

    public init() {}

    static var table: [RuleLimit<HeadlineLimits>] {
        [RuleLimit("kicker", \.kicker, least: 2), RuleLimit("credit", \.credit), RuleLimit("topic_preposition", \.topicPreposition, least: 2),
         RuleLimit("topic_credit", \.topicCredit), RuleLimit("bare_title_words", \.bareTitleWords),
         RuleLimit("closing_subject", \.closingSubject), RuleLimit("subject_to_verb", \.subjectToVerb),
         RuleLimit("judged_word_bytes", \.judgedWordBytes, least: 2), RuleLimit("pronoun_antecedent", \.pronounAntecedent),
         RuleLimit("kicker_name_words", \.kickerNameWords, least: 2), RuleLimit("label_after_word_words", \.labelAfterWordWords),
         RuleLimit("past_participle_letters", \.pastParticipleLetters, isMinimum: true),
         RuleLimit("noun_before_verb_letters", \.nounBeforeVerbLetters, isMinimum: true),
         RuleLimit("subject_gap", \.subjectGap), RuleLimit("title_case_subject_gap", \.titleCaseSubjectGap)]
    }
}
