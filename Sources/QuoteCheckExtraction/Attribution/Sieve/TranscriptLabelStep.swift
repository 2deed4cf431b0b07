/// `transcript-label`: a quote that opens with its speaker's label, in capitals ("WALLACE: If I
/// may, sir …") or as a name the article gives ("Chris Matthews: Seriously, …").
struct TranscriptLabelStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard let label = attributor.openingLabel(site.quote, bytes: context.bytes, registry: context.registry) else { return false }
        let start = site.quote.content.lowerBound
        attribution.speakers = context.names.list(attributor.resolver.label(label, registry: context.registry, position: start, names: context.names))
        attribution.speakerWords = start..<start + label.utf8.count
        attribution.speakerRule = RuleName(.transcriptLabel)
        return true
    }
}
