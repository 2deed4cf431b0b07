import QuoteCheckRules

/// `advance-text`: one outlet quotes the text released before a speech ("he will say, according
/// to excerpts released by the White House") and another the speech as given, and the words
/// differ. Neither outlet is at fault, so this is information, and the two are kept out of
/// `wording-drift` and `truncated-quote` (they report different occasions). Spoken fillers,
/// false starts and released words an outlet simply did not quote are no difference.
struct AdvanceTextCheck: StatementCheck {
    let kind = CheckKind.advanceText

    func findings(about statement: CheckContext.Statement, in context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding] {
        let advance = statement.mentions.filter { context.occasion($0).advance }
        let delivered = statement.mentions.filter { !context.occasion($0).advance }
        guard let (released, given) = pair(advance, delivered, context) else { return [] }
        let releasedWords = context.words(released), givenWords = context.words(given)
        let alignment = WordAlignment(releasedWords.words.map(\.form), givenWords.words.map(\.form))
        let rules = context.rules.checks
        let changes = alignment.hunks.filter { hunk in
            // Released words missing at an edge of the delivered quote say how much an outlet
            // quoted, not what was said; words the speaker added there are an ad-lib.
            if hunk.place != .inner && hunk.b.isEmpty { return false }
            return !(Disfluency.covers(hunk.a, in: releasedWords, rules) && Disfluency.covers(hunk.b, in: givenWords, rules))
        }
        guard !changes.isEmpty else { return [] }
        let described = changes.map { change -> String in
            let removed = releasedWords.written(change.a), added = givenWords.written(change.b)
            if removed.isEmpty { return "“\(added)” added" }
            if added.isEmpty { return "“\(removed)” not said" }
            return "“\(removed)” → “\(added)”"
        }
        // A name rather than a description ("the president") where either mention has one.
        let lists = [given, released].map { context.speakers($0) }.filter { !$0.isEmpty }
        let speakers = lists.first { !$0.allSatisfy(SpeakerNames.isDescription) } ?? lists.first ?? []
        let message = definition.message.render([
            "quote": CheckContext.excerpt(context.text(given)),
            "speaker": SpeakerNames.label(speakers),
            "outlet": context.outlet(released) ?? context.article(released).id,
            "delivered_outlet": context.outlet(given) ?? context.article(given).id,
            "changes": described.joined(separator: "; "),
        ])
        return [CheckFinding(check: kind, severity: definition.severity, message: message,
                             evidence: [context.evidence(released), context.evidence(given)],
                             diff: WordDiff(releasedWords, givenWords, alignment), statement: statement.index)]
    }

    /// The first advance mention and delivered mention from different articles, within the
    /// occasion window, whose speakers agree.
    private func pair(_ advance: [Int], _ delivered: [Int], _ context: CheckContext) -> (Int, Int)? {
        for released in advance {
            for given in delivered where context.mentions[released].article != context.mentions[given].article
                && context.speakersAgree(released, given) && !context.occasion(released).differentVenue(from: context.occasion(given))
                && context.withinOccasionDays(released, given) {
                return (released, given)
            }
        }
        return nil
    }
}
