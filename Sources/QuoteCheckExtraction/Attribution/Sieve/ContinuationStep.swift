/// `continuation`: a quote in a sentence without cues goes on with the last speaker, within
/// `continuation_paragraphs` of where that speaker spoke.
struct ContinuationStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard cues.isEmpty, let last = site.lastEvent, sentence.paragraph - last.paragraph <= attributor.continuationParagraphs
        else { return false }
        // In a later paragraph, a term inside a sentence ("The so-called “harbour levy” passed")
        // or the excerpt under a digest's heading ("HARBOUR VOTE DELAYED “The council …”
        // [Outlet]") is that sentence's own, not the last speaker's going on. (A partial quote
        // still goes on: the seeds' "increase “practical cooperation”" after "China's account
        // listed …".)
        if sentence.paragraph > last.paragraph, site.position > sentence.range.lowerBound,
           site.quote.kind == .term || Self.followsHeading(site.position, sentence) {
            return false
        }
        attribution.speakers = last.attribution.speakers
        attribution.via = last.attribution.via
        attribution.speakerWords = last.attribution.speakerWords
        attribution.speakerRule = RuleName(.continuation)
        return true
    }

    /// Is the quote at `position` the first thing after a heading in capitals, two words or
    /// more, that opens its sentence?
    private static func followsHeading(_ position: Int, _ sentence: SentenceSite) -> Bool {
        let words = sentence.range.lowerBound..<position
        return words.count >= 2 && words.allSatisfy { index in
            let token = sentence.tokens[index]
            return token.kind != .quote && (!token.isWord || token.acronym || (token.capitalized && token.range.count == 1))
        }
    }
}
