/// `colon-subject`: "Obama is rolling out a new message: “It's about me.”", "His wife, Ana Ruiz,
/// was blunter: “…”": in a sentence without cues, the subject of the words before the colon.
/// A dash introduces as a colon does ("The mayor closed with a promise — “…”"), and a clause
/// that opens with a subordinator gives its own subject ("When Trump finally wrapped up — “…” —").
/// A byline before the colon names the excerpt's author: "“Theatre to close,” by Variety's Ana
/// Ruiz: “…”" (a digest's style).
struct ColonSubjectStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        let tokens = sentence.tokens, position = site.position
        guard cues.isEmpty, position > sentence.range.lowerBound,
              tokens[position - 1].isPunct(attributor.colon) || tokens[position - 1].isDash() else { return false }
        if tokens[position - 1].isPunct(attributor.colon),
           let (author, source) = byline(endingAt: position - 2, in: sentence, context, attributor) {
            attribution.speakers = source.speakers
            attribution.speakerWords = attributor.byteRange(of: author, tokens)
            attribution.speakerRule = attributor.ruleNames.speaker(.colonSubject, source.how)
            return true
        }
        guard let found = attributor.reader.sentenceSubject(in: tokens, sentence: sentence.range, before: position - 1)
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

    /// ", by Variety's Ana Ruiz" or "“…,” by Ana Ruiz" right before the colon: the person, after
    /// "by" (and an owner's possessive), that a quote's title or a comma puts in a credit line.
    private func byline(endingAt end: Int, in sentence: SentenceSite, _ context: SpeakerResolver.Context,
                        _ attributor: Attributor) -> (Range<Int>, ResolvedSource)? {
        let tokens = sentence.tokens
        guard end > sentence.range.lowerBound + 1,
              let name = attributor.reader.phrase(endingAt: end, in: tokens, from: sentence.range.lowerBound + 2),
              name.upperBound == end + 1 else { return nil }
        var by = name.lowerBound - 1
        if tokens[by].kind == .possessive,
           let owner = attributor.reader.phrase(endingAt: by - 1, in: tokens, from: sentence.range.lowerBound + 1) {
            by = owner.lowerBound - 1
        }
        guard by > sentence.range.lowerBound, tokens[by].isWord, !tokens[by].capitalized,
              attributor.grammar[.agentPrepositions].contains(tokens[by].hash),
              tokens[by - 1].kind == .quote || tokens[by - 1].kind == .punct,
              let person = attributor.resolver.resolve(name, context), person.isPerson, !person.speakers.isEmpty else { return nil }
        return (name, person)
    }
}
