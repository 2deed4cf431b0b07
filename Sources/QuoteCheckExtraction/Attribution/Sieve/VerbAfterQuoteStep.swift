/// `verb-after-quote`: "“Go back to your seat,” Whitfield barked.": in a sentence without cues,
/// speech, then a person and a verb no cue list holds.
struct VerbAfterQuoteStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard cues.isEmpty,
              let credit = attributor.verbAfterQuote(site.position, quote: site.quote, tokens: sentence.tokens, sentence: sentence.range,
                                                     context: context, bytes: context.bytes) else { return false }
        attribution = credit
        return true
    }
}
