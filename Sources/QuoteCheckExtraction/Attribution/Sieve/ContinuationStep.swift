/// `continuation`: a quote in a sentence without cues goes on with the last speaker, within
/// `continuation_paragraphs` of where that speaker spoke.
struct ContinuationStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        guard cues.isEmpty, let last = site.lastEvent, sentence.paragraph - last.paragraph <= attributor.continuationParagraphs
        else { return false }
        // In a later paragraph, a term inside a sentence ("The so-called “harbour levy” passed"),
        // a quote that a determiner, a possessive or a preposition opens as a noun phrase ("the
        // “law and order” crowd", "Obama's “pivot”", "through “political revolution”"), or the
        // excerpt under a digest's heading ("HARBOUR VOTE DELAYED “The council …” [Outlet]") is
        // that sentence's own, not the last speaker's going on. (A partial quote after a verb
        // still goes on: the seeds' "increase “practical cooperation”" after "China's account
        // listed …", "he wanted to “go an extra step”".)
        if sentence.paragraph > last.paragraph, site.position > sentence.range.lowerBound,
           site.quote.kind == .term || Self.opensNounPhrase(site.position, sentence, attributor.grammar)
            || Self.followsHeading(site.position, sentence) {
            return false
        }
        attribution.speakers = last.attribution.speakers
        attribution.via = last.attribution.via
        attribution.speakerWords = last.attribution.speakerWords
        attribution.speakerRule = RuleName(.continuation)
        return true
    }

    /// Does the token before the quote at `position` open a noun phrase the quote stands in: a
    /// determiner (rules/speakers.yaml `determiners`, less the complementizer "that" of "his
    /// answer was that “…”"), a possessive 's, or a preposition (grammar `phrase_prepositions`)?
    private static func opensNounPhrase(_ position: Int, _ sentence: SentenceSite, _ grammar: GrammarWordSets) -> Bool {
        let before = sentence.tokens[position - 1]
        if before.kind == .possessive { return true }
        guard before.isWord, !before.capitalized || position - 1 == sentence.range.lowerBound else { return false }
        if before.classes.contains(.determiner) { return !grammar[.complementizers].contains(before.hash) }
        return grammar[.phrasePrepositions].contains(before.hash)
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
