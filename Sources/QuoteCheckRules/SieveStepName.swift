/// The steps of the body sieve that decide a quote's speaker, by the names rules/speakers.yaml
/// `sieve` lists them in. The sieve tries them in that order; the first that decides wins.
public enum SieveStepName: String, CaseIterable, Sendable {
    /// “…” ― Adriana Rodarte.
    case dashCredit = "dash-credit"
    /// "Pollsters agree - Dana Wolfe: “…”".
    case dashColonCredit = "dash-colon-credit"
    /// The cues of the quote's sentence: after the quote, before it, a closing attribution.
    case cues
    /// "“Go back to your seat,” Whitfield barked.": a person and a verb no cue list holds.
    case verbAfterQuote = "verb-after-quote"
    /// A quote that opens with its speaker's label: "WALLACE: If I may, sir …".
    case transcriptLabel = "transcript-label"
    /// "… - Philip Bump: “…”", "More from Jones: “…”".
    case namedColon = "named-colon"
    /// "Obama is rolling out a new message: “It's about me.”"
    case colonSubject = "colon-subject"
    /// The answer under a paragraph's speaker label ("Mao Ning: …").
    case speakerLabel = "speaker-label"
    /// "Caddell continued:" and the quote that opens the next sentence.
    case leadIn = "lead-in"
    /// The person who is the subject of the quote's own clause.
    case clauseSubject = "clause-subject"
    /// "Wynn wrote:" and his words in the next paragraph, set without quote marks.
    case blockLeadIn = "block-lead-in"
    /// The last speaker goes on, within `continuation_paragraphs`.
    case continuation
}
