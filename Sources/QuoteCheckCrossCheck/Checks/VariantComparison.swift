/// One wording of a statement set against the wording it is closest to among those carried
/// more widely, with a pair of mentions (from different articles, with speakers that agree)
/// that shows both. Each variant is compared once, so a statement with k wordings costs k-1
/// alignments however many articles carry it.
struct VariantComparison {
    let statement: Int
    /// Mention of the more widely carried wording, and of the compared one.
    let reference: Int
    let variant: Int
    let referenceWords: QuoteWords
    let variantWords: QuoteWords
    let alignment: WordAlignment
    /// Longest edge stretch (on either side) that still counts as a change of words.
    let edgeChangeWords: Int

    /// For each statement, each variant paired with its closest linked higher-ranked variant.
    static func all(in context: CheckContext) -> [VariantComparison] {
        var linksOf: [Int: [(other: Int, score: Double)]] = [:]
        for link in context.grouping.links {
            linksOf[link.a, default: []].append((link.b, link.score))
            linksOf[link.b, default: []].append((link.a, link.score))
        }
        var result: [VariantComparison] = []
        for statement in context.statements {
            var rank: [Int: Int] = [:]
            for (position, variant) in statement.variants.enumerated() { rank[variant] = position }
            for variant in statement.variants.dropFirst() {
                let candidates = (linksOf[variant] ?? []).filter { rank[$0.other]! < rank[variant]! }
                // The closest wording on both sides: a short fragment that the variant holds
                // whole matches it perfectly from the fragment's side, but says little of the rest.
                let length = context.grouping.variants[variant].words.count
                let closeness = { (candidate: (other: Int, score: Double)) -> Double in
                    let otherLength = context.grouping.variants[candidate.other].words.count
                    return candidate.score * Double(min(length, otherLength)) / Double(max(1, max(length, otherLength)))
                }
                guard let parent = candidates.max(by: { lhs, rhs in
                    closeness(lhs) != closeness(rhs) ? closeness(lhs) < closeness(rhs) : rank[lhs.other]! > rank[rhs.other]!
                }) else { continue }
                guard let (reference, compared) = pair(parent.other, variant, context) else { continue }
                result.append(VariantComparison(statement: statement.index, reference: reference, variant: compared, context: context))
            }
        }
        return result
    }

    /// Mention `variant`'s words aligned against mention `reference`'s, of one statement.
    init(statement: Int, reference: Int, variant: Int, context: CheckContext) {
        self.statement = statement
        self.reference = reference
        self.variant = variant
        referenceWords = context.words(reference)
        variantWords = context.words(variant)
        alignment = WordAlignment(referenceWords.words.map(\.form), variantWords.words.map(\.form))
        edgeChangeWords = context.rules.compare.edgeChangeWords
    }

    /// The first pair of mentions of the two wordings from different articles of one occasion
    /// whose speakers agree, preferring different outlets; a mention of a line the article says
    /// was repeated is not compared.
    private static func pair(_ reference: Int, _ variant: Int, _ context: CheckContext) -> (Int, Int)? {
        let referenceMentions = context.grouping.variants[reference].mentions
        let variantMentions = context.grouping.variants[variant].mentions
        // Two articles that each carry both wordings (each quotes the line twice, in the two
        // forms) differ in nothing: such a pair is no cross-source difference.
        let referenceArticles = Set(referenceMentions.map { context.mentions[$0].article })
        let variantArticles = Set(variantMentions.map { context.mentions[$0].article })
        let both = referenceArticles.intersection(variantArticles)
        var fallback: (Int, Int)?
        for mentionB in variantMentions {
            for mentionA in referenceMentions {
                guard context.mentions[mentionA].article != context.mentions[mentionB].article,
                      !(both.contains(context.mentions[mentionA].article) && both.contains(context.mentions[mentionB].article)),
                      context.sameOccasion(mentionA, mentionB), context.speakersAgree(mentionA, mentionB),
                      // A line said over and over may be quoted from different repetitions.
                      !context.occasion(mentionA).repeated, !context.occasion(mentionB).repeated
                else { continue }
                if context.differentSources(mentionA, mentionB) { return (mentionA, mentionB) }
                if fallback == nil { fallback = (mentionA, mentionB) }
            }
        }
        return fallback
    }
}
