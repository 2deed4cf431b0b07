import QuoteCheckRules

/// `speaker-conflict`: one statement credited to different speakers in different articles of
/// one occasion and one story (two people saying one line weeks apart, or in two stories that
/// name nobody in common, is a repetition, not a conflict).
/// Mentions with no speaker found agree with every speaker and raise nothing, and so do
/// speakers that attribution only guessed (low confidence: no cue, the sentence's shape). The
/// finding keeps the check's severity (an error) only when every side is attributed with high
/// confidence (a cue next to the quote, its subject named there); when one side came through a
/// pronoun, a continuation or a cue further off, it is a warning: worth a look, not a fault.
struct SpeakerConflictCheck: StatementCheck {
    let kind = CheckKind.speakerConflict

    func findings(about statement: CheckContext.Statement, in context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding] {
        context.occasions(of: statement.mentions).compactMap { finding($0, of: statement, context, definition) }
    }

    private func finding(_ occasion: [Int], of statement: CheckContext.Statement, _ context: CheckContext,
                         _ definition: CheckRules.Definition) -> CheckFinding? {
        // The surest mentions first, so that each class is shown by its surest member.
        let mentions = occasion.filter { context.confidence($0) >= .medium }
            .sorted { (context.confidence($0), -$0) > (context.confidence($1), -$1) }
        let groups = classes(of: mentions, key: { context.speakersNumber($0) },
                             isKnown: { context.speakersNumber($0) != 0 }, limit: context.rules.compare.maxVariants,
                             agree: { context.speakersAgree($0, $1) })
        // An article that credits the statement to two of the speakers itself (the line quoted
        // twice, once from each) is no witness against another outlet: its classes are set aside.
        var classesOfArticle: [Int: Int] = [:]
        for group in groups { for article in Set(group.map { context.mentions[$0].article }) { classesOfArticle[article, default: 0] += 1 } }
        let split = Set(classesOfArticle.filter { $0.value > 1 }.keys)
        let witnesses = groups.map { group in group.filter { !split.contains(context.mentions[$0].article) } }.filter { !$0.isEmpty }
        guard let picked = representatives(witnesses, context) else { return nil }
        // A side reached through a pronoun or continuation, in an article that credits the other
        // side's speaker elsewhere, is more likely attribution's slip than the article's: "he"
        // went to the wrong person named nearby.
        let sure = picked.filter { context.confidence($0) == .high }
        let kept = picked.filter { mention in
            context.confidence(mention) == .high || !sure.contains { other in
                context.articleCredits(context.mentions[mention].article, speakersOf: other)
            }
        }
        // Two people saying one line to different interviewers is two remarks, not a conflict;
        // nor is a stock line in two articles about different stories.
        let paired = kept.filter { mention in
            kept.contains { $0 != mention && context.sameOccasion($0, mention) && context.sameStory($0, mention) }
        }
        guard paired.count >= 2, Set(paired.map { context.mentions[$0].article }).count >= 2 else { return nil }
        let chosen = paired.sorted()
        let labels = chosen.map { mention -> String in
            let source = context.outlet(mention) ?? context.article(mention).id
            return "\(SpeakerNames.label(context.speakers(mention))) (\(source))"
        }
        let articleCount = Set(statement.mentions.map { context.mentions[$0].article }).count
        let drift = wording(chosen[0], chosen[1], statement: statement.index, context)
        let message = definition.message.render([
            "quote": CheckContext.excerpt(context.text(chosen[0])),
            "speakers": labels.joined(separator: " vs "),
            "articles": String(articleCount),
            "wording": drift.map { " The words differ too: " + $0.changes.joined(separator: "; ") + "." } ?? "",
        ])
        let allSure = chosen.allSatisfy { context.confidence($0) == .high }
        return CheckFinding(check: kind, severity: allSure ? definition.severity : min(definition.severity, .warning),
                            message: message, evidence: chosen.map(context.evidence), diff: drift?.diff,
                            statement: statement.index)
    }

    /// How the first two sides' words differ, as `wording-drift` would say it of one speaker: an
    /// outlet that gives a line to someone else often rewords it too, and the editor needs both.
    /// Nil when they differ only in extent or in nothing drift counts.
    private func wording(_ first: Int, _ second: Int, statement: Int, _ context: CheckContext)
        -> (changes: [String], diff: WordDiff)? {
        let comparison = VariantComparison(statement: statement, reference: first, variant: second, context: context)
        let changes = WordingDriftCheck.changes(comparison, rules: context.rules.checks)
        let described = WordingDriftCheck.describe(changes, comparison)
        guard !described.isEmpty else { return nil }
        return (described, WordDiff(comparison.referenceWords, comparison.variantWords, comparison.alignment))
    }
}
