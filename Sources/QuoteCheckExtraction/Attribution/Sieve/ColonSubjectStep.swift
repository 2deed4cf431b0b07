/// `colon-subject`: "Obama is rolling out a new message: “It's about me.”", "His wife, Ana Ruiz,
/// was blunter: “…”": in a sentence without cues, the subject of the words before the colon.
/// A dash introduces as a colon does ("The mayor closed with a promise — “…”"), and a clause
/// that opens with a subordinator gives its own subject ("When Trump finally wrapped up — “…” —").
struct ColonSubjectStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        let tokens = sentence.tokens, position = site.position
        guard cues.isEmpty, position > sentence.range.lowerBound,
              tokens[position - 1].isPunct(attributor.colon) || tokens[position - 1].isDash(),
              let found = attributor.reader.sentenceSubject(in: tokens, sentence: sentence.range, before: position - 1)
                ?? attributor.reader.clauseSubject(in: tokens, sentence: sentence.range, before: position - 1),
              var (subject, source) = attributor.subjectSpeaker(found, tokens: tokens, sentence: sentence.range, context: context),
              !source.speakers.isEmpty, !source.isIntermediary else { return false }
        // "Ukraine's rock warrior Slava Vakarchuk: “…”": a possessor owns the subject and does not
        // speak; the person named right before the colon does.
        if found.upperBound < position - 1, tokens[found.upperBound - 1].kind == .possessive,
           let named = attributor.reader.phrase(endingAt: position - 2, in: tokens, from: found.upperBound),
           named.lowerBound >= found.upperBound, let person = attributor.resolver.resolve(named, context), person.isPerson {
            (subject, source) = (named, person)
        }
        attribution.speakers = source.speakers
        attribution.speakerWords = attributor.byteRange(of: subject, tokens)
        attribution.speakerRule = attributor.ruleNames.speaker(.colonSubject, source.how)
        return true
    }
}
