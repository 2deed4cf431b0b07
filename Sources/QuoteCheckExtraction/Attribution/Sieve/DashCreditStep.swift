/// `dash-credit`: “…” ― Adriana Rodarte. A dash and a name, nothing else, to the sentence's end.
struct DashCreditStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard let credit = attributor.dashCredit(site.position, tokens: sentence.tokens, sentence: sentence.range, context: context)
        else { return false }
        attribution = credit
        return true
    }
}
