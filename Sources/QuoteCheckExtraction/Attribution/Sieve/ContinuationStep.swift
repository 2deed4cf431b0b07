/// `continuation`: a quote in a sentence without cues goes on with the last speaker, within
/// `continuation_paragraphs` of where that speaker spoke.
struct ContinuationStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard cues.isEmpty, let last = site.lastEvent, sentence.paragraph - last.paragraph <= attributor.continuationParagraphs
        else { return false }
        attribution.speakers = last.attribution.speakers
        attribution.via = last.attribution.via
        attribution.speakerWords = last.attribution.speakerWords
        attribution.speakerRule = RuleName(.continuation)
        return true
    }
}
