/// How sure an attribution is, from the sieve step that decided it and how the speaker phrase
/// was resolved:
/// - `high`: a cue next to the quote with its subject named there (“…,” Panetta said; Gates
///   said that “…”; a dash credit; a headline's own credit);
/// - `medium`: the speaker reached through a pronoun, "the two", a role ("the mayor"), a body
///   named before ("the group"), a continuation, a lead-in or a
///   transcript label, or a cue elsewhere in the sentence;
/// - `low`: a guess from sentence shape with no cue (the clause's subject, the subject before a
///   colon, a verb no cue list holds, the person whose words a noun phrase names, a headline's
///   subject), or from salience ("the candidate" as the person the sentences are about).
///
/// `check` raises a conflict between speakers as an error only when both sides are `high`.
public enum Confidence: String, Sendable, Comparable, CaseIterable {
    case low, medium, high

    /// The confidence of a speaker rule name as records carry it ("cue-after-quote/surname",
    /// "continuation"); nil when no rule decided a speaker.
    public init?(speakerRule: String?) {
        guard let rule = speakerRule else { return nil }
        let step = rule.split(separator: "/", maxSplits: 1).first.map(String.init) ?? rule
        let how = rule.contains("/") ? String(rule[rule.index(after: rule.firstIndex(of: "/")!)...]) : ""
        // ("the candidate" read as whom the sentences are about is a guess from salience.)
        if how == "epithet" { self = .low; return }
        switch step {
        case "clause-subject", "colon-subject", "verb-after-quote", "possessor", "headline-subject":
            self = .low
        case "continuation", "statement", "lead-in", "transcript-label", "cue-after-in-sentence", "credit-after":
            self = .medium
        default:
            self = how == "pronoun" || how == "pair" || how == "role" || how == "organisation" ? .medium : .high
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
