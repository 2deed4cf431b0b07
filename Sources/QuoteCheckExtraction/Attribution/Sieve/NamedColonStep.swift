/// `named-colon` (rule `colon-subject`): "… - Philip Bump: “…”", "More from Jones: “…”": in a
/// sentence without cues, the person named on its own right before the colon that opens the quote.
struct NamedColonStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard cues.isEmpty,
              let (named, source) = attributor.namedColon(site.position, tokens: sentence.tokens, sentence: sentence.range, context: context)
        else { return false }
        attribution.speakers = source.speakers
        attribution.speakerWords = attributor.byteRange(of: named, sentence.tokens)
        attribution.speakerRule = attributor.ruleNames.speaker(.colonSubject, source.how)
        return true
    }
}
