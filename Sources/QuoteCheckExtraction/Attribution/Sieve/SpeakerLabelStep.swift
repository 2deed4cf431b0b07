/// `speaker-label` (rule `transcript-label`): the answer under a paragraph's speaker label ("Mao
/// Ning: …") is the speaker's, to the paragraph's end; an asking outlet's label gives nobody.
struct SpeakerLabelStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard let label = sentence.label, let source = label.speaker else { return false }
        attribution.speakers = source.speakers
        attribution.speakerWords = attributor.byteRange(of: 0..<label.colon, sentence.tokens)
        attribution.speakerRule = RuleName(.transcriptLabel)
        return true
    }
}
