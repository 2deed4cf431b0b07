/// `cues`: the cues of the quote's sentence decide (`Attributor.sieve`: the cue right after the
/// quote, the nearest before it, the sentence's closing attribution). A cue that names nobody
/// decides too: the quote has no speaker, and no later step guesses one.
struct CueStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        attribution = attributor.sieve(site.position, quote: site.quote, tokens: sentence.tokens, sentence: sentence.range, quotes: sentence.quotes,
                                       cues: cues, context: context, bytes: context.bytes, sentenceVia: sentence.via,
                                       lastComma: &site.lastComma)
        return !attribution.speakers.isEmpty || attribution.cue != nil
    }
}
