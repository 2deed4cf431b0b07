import QuoteCheckRules
import QuoteCheckExtraction

/// `truncated-quote`: a shorter wording presented as a complete direct quote, with no ellipsis
/// where words are missing, while another outlet carries the longer statement. Only a cut in
/// the middle of a sentence counts (quoting one whole sentence of several is normal), and only
/// for direct quotes: a partial quote woven into reported speech is meant to be a fragment. A
/// quote split around its cue ("We will win," he said, "and soon.") is not truncated either:
/// the article's neighbouring quote carries the rest.
struct TruncatedQuoteCheck: ComparisonCheck {
    let kind = CheckKind.truncatedQuote

    func findings(in comparison: VariantComparison, context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        // Either side may be the short one; edge hunks with words on one side only say which.
        for referenceIsLonger in [true, false] {
            guard let missing = cut(comparison, referenceIsLonger: referenceIsLonger, context) else { continue }
            let (long, short) = referenceIsLonger ? (comparison.reference, comparison.variant)
                : (comparison.variant, comparison.reference)
            let (longWords, shortWords) = referenceIsLonger ? (comparison.referenceWords, comparison.variantWords)
                : (comparison.variantWords, comparison.referenceWords)
            guard context.differentSources(long, short),
                  !quotesLongerElsewhere(short, length: shortWords.count, comparison.statement, context) else { continue }
            let alignment = WordAlignment(longWords.words.map(\.form), shortWords.words.map(\.form))
            let speakers = [short, long].map { context.speakers($0) }.first { !$0.isEmpty } ?? []
            let message = definition.message.render([
                "quote": CheckContext.excerpt(context.text(short)),
                "speaker": SpeakerNames.label(speakers),
                "missing": missing.map { "“\($0)”" }.joined(separator: " and "),
                "outlet": context.outlet(short) ?? context.article(short).id,
                "longer_outlet": context.outlet(long) ?? context.article(long).id,
            ])
            findings.append(CheckFinding(
                check: kind, severity: definition.severity, message: message,
                evidence: [context.evidence(long), context.evidence(short)],
                diff: WordDiff(longWords, shortWords, alignment), statement: comparison.statement))
        }
        return findings
    }

    /// The words the short side leaves out mid-sentence, at its start and/or end, or nil when
    /// it is not a truncation.
    private func cut(_ comparison: VariantComparison, referenceIsLonger: Bool, _ context: CheckContext) -> [String]? {
        let long = referenceIsLonger ? comparison.referenceWords : comparison.variantWords
        let short = referenceIsLonger ? comparison.variantWords : comparison.referenceWords
        let shortMention = referenceIsLonger ? comparison.variant : comparison.reference
        guard context.kind(shortMention) == .direct else { return nil }
        var missing: [String] = []
        for hunk in comparison.alignment.hunks where hunk.place != .inner {
            let longSide = referenceIsLonger ? hunk.a : hunk.b
            let shortSide = referenceIsLonger ? hunk.b : hunk.a
            guard shortSide.isEmpty, !longSide.isEmpty else { continue }
            if hunk.place == .leading {
                // The short quote starts inside a sentence of the long one.
                let first = long.words[longSide.upperBound].flags
                guard !short.leadingEllipsis, !first.contains(.sentenceStart), !first.isSuperset(of: [.afterStop, .capitalised]),
                      !continues(context.neighbour(of: shortMention, offset: -1), long, longSide, atEnd: false, context)
                else { continue }
            } else {
                guard !short.trailingEllipsis, !long.words[longSide.lowerBound].flags.contains(.sentenceStart),
                      !continues(context.neighbour(of: shortMention, offset: 1), long, longSide, atEnd: true, context)
                else { continue }
            }
            // Dropping a leading "And" or "But" is style, not a cut.
            let fillers = context.rules.checks.fillerWords
            if long.words[longSide].allSatisfy({ fillers.contains($0.form) }) { continue }
            // Nor is tidying away a spoken filler ("By the way, …").
            if Disfluency.covers(longSide, in: long, context.rules.checks) { continue }
            if reportsRest(long, longSide, of: shortMention, atEnd: hunk.place != .leading, context) { continue }
            missing.append(long.written(longSide))
        }
        return missing.isEmpty ? nil : missing
    }

    /// True when the short mention's own article quotes the statement at greater length
    /// elsewhere: it hides no words from its readers.
    private func quotesLongerElsewhere(_ short: Int, length: Int, _ statement: Int, _ context: CheckContext) -> Bool {
        let article = context.mentions[short].article
        return context.statements[statement].variants.contains { variant in
            context.grouping.variants[variant].words.count > length
                && context.grouping.variants[variant].mentions.contains { $0 != short && context.mentions[$0].article == article }
        }
    }

    /// True when the short quote's own sentence gives the missing words' sense in the writer's
    /// words, on the side of the cut ("“The cap is a temporary measure,” Kessler added, saying it
    /// would be reviewed in March"): the quote is not passed off as the whole. Half the missing
    /// stretch's content words (not function or filler words, not under four letters) must
    /// stand there, and at least one.
    private func reportsRest(_ long: QuoteWords, _ missing: Range<Int>, of short: Int, atEnd: Bool,
                             _ context: CheckContext) -> Bool {
        let rules = context.rules
        let content = Set(long.words[missing].map(\.form).filter { form in
            form.unicodeScalars.count >= 4 && !rules.speakers.functionWords.contains(form) && !rules.checks.fillerWords.contains(form)
        })
        let record = context.record(short)
        guard !content.isEmpty, let sentence = record.context else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        let quoteStart = min(max(0, record.start - sentence.start), scalars.count)
        let quoteEnd = min(max(quoteStart, record.end - sentence.start), scalars.count)
        var side = String.UnicodeScalarView()
        side.append(contentsOf: atEnd ? scalars[quoteEnd...] : scalars[..<quoteStart])
        let written = Set(QuoteWords(text: String(side), rules: rules.compare).words.map(\.form))
        return 2 * content.filter(written.contains).count >= content.count
    }

    /// True when the neighbouring quote of the short one's article carries the missing words
    /// (its first words, after the cut, or its last words, before it).
    private func continues(_ neighbour: QuoteRecord?, _ long: QuoteWords, _ missing: Range<Int>, atEnd: Bool,
                           _ context: CheckContext) -> Bool {
        guard let neighbour else { return false }
        let words = QuoteWords(text: neighbour.text, rules: context.rules.compare).words.map(\.form)
        let missingForms = long.words[missing].map(\.form)
        let probe = min(3, words.count, missingForms.count)
        guard probe > 0 else { return false }
        return atEnd ? Array(words.prefix(probe)) == Array(missingForms.prefix(probe))
            : Array(words.suffix(probe)) == Array(missingForms.suffix(probe))
    }
}
