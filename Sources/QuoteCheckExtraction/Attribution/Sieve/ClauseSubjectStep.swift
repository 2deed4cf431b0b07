/// `clause-subject`: "Fiorina routinely casts herself as a “change warrior”": no cue, but
/// the quote stands in a clause whose subject is a person (or a group); that person is a better
/// guess than whoever spoke before.
struct ClauseSubjectStep: AttributionStep {
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool {
        let position = site.position
        // (Or the only cues stand in a clause closed before the quote: "While Ortiz calls the plan
        // “bold,” Baker fixates on the “funding gap”".)
        guard cues.allSatisfy({ cue in
                  cue.cue.tokens.upperBound <= position && attributor.isClosedOff(cue, before: position, tokens: sentence.tokens,
                                                                                   sentence: sentence.range, quotes: sentence.quotes,
                                                                                   bytes: context.bytes)
              }), position > sentence.range.lowerBound,
              let subject = attributor.reader.clauseSubject(in: sentence.tokens, sentence: sentence.range, before: position),
              subject.upperBound < position, attributor.reader.holdsContentWord(subject.upperBound..<position, in: sentence.tokens),
              let source = attributor.resolver.resolve(subject, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .pronoun || source.how == .surname || source.how == .group else { return false }
        attribution.speakers = source.speakers
        attribution.speakerWords = attributor.byteRange(of: subject, sentence.tokens)
        attribution.speakerRule = attributor.ruleNames.speaker(.clauseSubject, source.how)
        return true
    }
}
