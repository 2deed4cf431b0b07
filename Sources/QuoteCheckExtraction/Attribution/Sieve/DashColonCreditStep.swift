/// `dash-colon-credit`: "Pollsters agree - Dana Wolfe: “…”": a person after a dash and before the
/// colon that opens the quote, whatever cue the words before the dash hold.
struct DashColonCreditStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard let credit = attributor.dashColonCredit(site.position, tokens: sentence.tokens, sentence: sentence.range, context: context)
        else { return false }
        attribution = credit
        return true
    }
}
