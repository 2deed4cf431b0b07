/// `lead-in`: "Caddell continued:" gives speaker and cue to the quote that opens the next
/// sentence, in its paragraph or the next.
struct LeadInStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard site.position == sentence.range.lowerBound, let leadIn = sentence.leadIn, sentence.paragraph - leadIn.paragraph <= 1 else { return false }
        attribution = leadIn.attribution
        attribution.speakerRule = RuleName(.leadIn)
        attribution.cueRule = RuleName(.leadIn)
        return true
    }
}
