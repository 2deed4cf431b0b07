/// `block-lead-in` (rule `lead-in`): "Wallnau wrote:" and then his text without quote marks: a
/// quote inside it that no cue credits to anyone is his (he quotes it, or coins it; "what we
/// should ask is “…”" is his "we").
struct BlockLeadInStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard let block = sentence.blockLead, block.paragraph == sentence.paragraph - 1, sentence.tokens[0].isWord,
              !cues.contains(where: { $0.source != nil }) else { return false }
        attribution.speakers = block.attribution.speakers
        attribution.via = block.attribution.via
        attribution.speakerWords = block.attribution.speakerWords
        attribution.speakerRule = RuleName(.leadIn)
        return true
    }
}
