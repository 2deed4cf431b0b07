import QuoteCheckRules

/// `wording-drift`: one speaker, one statement, different words in different articles. The
/// severity rises (per the rules, to `error`) when a changed word is a negation, a number or a
/// name. Differences of punctuation, quote marks, case and spelling variant never get here:
/// they vanish when quotes are read into comparison words. Words one side leaves out at either
/// end are a matter of extent (see `truncated-quote`), not drift; so are omissions the writer
/// marks with an ellipsis and insertions in square brackets.
struct WordingDriftCheck: ComparisonCheck {
    let kind = CheckKind.wordingDrift

    func findings(in comparison: VariantComparison, context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding] {
        let changes = Self.changes(comparison, rules: context.rules.checks)
        guard !changes.isEmpty else { return [] }
        var touched: Set<CheckRules.MeaningClass> = []
        let counts = WordCounts(comparison)
        for change in changes { touched.formUnion(meaning(of: change, comparison, counts, context)) }
        var severity = definition.severity
        if let escalated = definition.escalatedSeverity, !touched.isDisjoint(with: definition.escalateOn) {
            severity = escalated
        }
        let described = Self.describe(changes, comparison)
        let speakers = [comparison.variant, comparison.reference].map { context.speakers($0) }.first { !$0.isEmpty } ?? []
        let message = definition.message.render([
            "quote": CheckContext.excerpt(context.text(comparison.variant)),
            "speaker": SpeakerNames.label(speakers),
            "changes": described.joined(separator: "; "),
            "touches": Self.describe(touched),
        ])
        return [CheckFinding(
            check: kind, severity: severity, message: message,
            evidence: [context.evidence(comparison.reference), context.evidence(comparison.variant)],
            diff: WordDiff(comparison.referenceWords, comparison.variantWords, comparison.alignment),
            statement: comparison.statement)]
    }

    /// Each change as an editor reads it: "“x” left out", "“x” added", "“x” → “y”", and words
    /// left out in one place and added in another said once, as moved; one change made in
    /// several places is said once, with how often ("“that” added twice").
    static func describe(_ changes: [WordAlignment.Hunk], _ comparison: VariantComparison) -> [String] {
        var order: [String] = []
        var times: [String: Int] = [:]
        for change in describeEach(changes, comparison) {
            if times[change] == nil { order.append(change) }
            times[change, default: 0] += 1
        }
        return order.map { change in
            switch times[change]! {
            case 1: change
            case 2: change + " twice"
            case let count: change + " \(count) times"
            }
        }
    }

    /// Each change described on its own, in order (a move said once, at its removal).
    private static func describeEach(_ changes: [WordAlignment.Hunk], _ comparison: VariantComparison) -> [String] {
        let key = { (text: String) in text.lowercased().split(separator: " ").sorted().joined(separator: " ") }
        let removedOnly = changes.filter { $0.b.isEmpty }.map { key(comparison.referenceWords.written($0.a)) }
        let moved = Set(changes.filter { $0.a.isEmpty }.map { key(comparison.variantWords.written($0.b)) })
            .intersection(removedOnly)
        return changes.compactMap { change -> String? in
            let removed = comparison.referenceWords.written(change.a)
            let added = comparison.variantWords.written(change.b)
            if removed.isEmpty { return moved.contains(key(added)) ? nil : "“\(added)” added" }
            if added.isEmpty {
                guard moved.contains(key(removed)) else { return "“\(removed)” left out" }
                return "“\(removed)” moved"
            }
            return "“\(removed)” → “\(added)”"
        }
    }

    /// The hunks that change wording: inner hunks, and edge hunks where both sides have words;
    /// minus marked omissions (an ellipsis where the words are missing), bracketed insertions,
    /// spoken fillers ("I mean") and false starts ("I am so sick — I am so sick of"), which one
    /// transcript keeps and another tidies away.
    static func changes(_ comparison: VariantComparison, rules: CheckRules) -> [WordAlignment.Hunk] {
        let a = comparison.referenceWords, b = comparison.variantWords
        return comparison.alignment.hunks.filter { hunk in
            if Disfluency.covers(hunk.a, in: a, rules) && Disfluency.covers(hunk.b, in: b, rules) { return false }
            if hunk.place != .inner && (hunk.a.isEmpty || hunk.b.isEmpty) { return false }
            // At an edge, long stretches on both sides are two cuts of a longer statement that
            // overlap, not a changed word.
            let limit = comparison.edgeChangeWords
            if hunk.place != .inner && (hunk.a.count > limit || hunk.b.count > limit) { return false }
            if hunk.b.isEmpty, hunk.b.lowerBound < b.count, b.words[hunk.b.lowerBound].flags.contains(.afterEllipsis) {
                return false
            }
            if hunk.a.isEmpty, hunk.a.lowerBound < a.count, a.words[hunk.a.lowerBound].flags.contains(.afterEllipsis) {
                return false
            }
            let editorial = hunk.a.allSatisfy { a.words[$0].flags.contains(.editorial) }
                && hunk.b.allSatisfy { b.words[$0].flags.contains(.editorial) }
            return !editorial
        }
    }

    /// What a change touches. A negation counts when it replaces a word, when one or two words
    /// are added or left out ("will not rebuild"), or when a word becomes its opposite ("like" →
    /// "unlike"); not inside a longer aside added to the quote ("not me, not Bill, nobody"). A
    /// name counts when it is replaced by words the other quote does not hold elsewhere: names
    /// reordered or given a first name are the same names. A word the other quote holds too has
    /// only moved.
    func meaning(of change: WordAlignment.Hunk, _ comparison: VariantComparison, _ counts: WordCounts,
                 _ context: CheckContext) -> Set<CheckRules.MeaningClass> {
        let a = comparison.referenceWords, b = comparison.variantWords
        let rules = context.rules.checks
        var touched: Set<CheckRules.MeaningClass> = []
        let replaced = !change.a.isEmpty && !change.b.isEmpty
        let shortInsertion = change.a.count + change.b.count <= 2
        let (countA, countB) = (counts.reference, counts.variant)
        for (side, words, own, other) in [(change.a, a, countA, countB), (change.b, b, countB, countA)] {
            for index in side {
                let word = words.words[index]
                // A word the other quote holds as often has moved, not changed: reordering is no
                // negation, number or name change.
                guard (other[word.form] ?? 0) < (own[word.form] ?? 0) else { continue }
                let classes = meaning(word, context)
                if classes.contains(.negation), replaced || shortInsertion { touched.insert(.negation) }
                if classes.contains(.number) { touched.insert(.number) }
                if classes.contains(.name), replaced { touched.insert(.name) }
            }
        }
        if replaced, change.a.count == 1, change.b.count == 1 {
            let x = a.words[change.a.lowerBound].form, y = b.words[change.b.lowerBound].form
            if rules.negatingPrefixes.contains(where: { x == $0 + y || y == $0 + x }) { touched.insert(.negation) }
        }
        if touched.contains(.name) {
            // A name replaced on one side only counts when the other side brings a new one too.
            let newA = change.a.contains { meaning(a.words[$0], context).contains(.name) && countB[a.words[$0].form] == nil }
            let newB = change.b.contains { meaning(b.words[$0], context).contains(.name) && countA[b.words[$0].form] == nil }
            if !(newA && newB) { touched.remove(.name) }
        }
        return touched
    }

    /// How often each comparison form stands in either quote, counted once per comparison.
    struct WordCounts {
        let reference: [String: Int]
        let variant: [String: Int]

        init(_ comparison: VariantComparison) {
            var reference: [String: Int] = [:], variant: [String: Int] = [:]
            for word in comparison.referenceWords.words { reference[word.form, default: 0] += 1 }
            for word in comparison.variantWords.words { variant[word.form, default: 0] += 1 }
            self.reference = reference
            self.variant = variant
        }
    }

    /// What a changed word is: a negation, a number, a name (capitalised mid-sentence).
    func meaning(_ word: QuoteWords.Word, _ context: CheckContext) -> Set<CheckRules.MeaningClass> {
        let rules = context.rules.checks
        var classes: Set<CheckRules.MeaningClass> = []
        if rules.negations.contains(word.form) || word.form.hasSuffix("n't") { classes.insert(.negation) }
        // (The spelling equivalents fold a number in words to its digits, "six" to "6": the
        // written word has no digit, its form does.)
        if word.flags.contains(.numeric) || rules.numberWords.contains(word.form)
            || word.form.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            classes.insert(.number)
        }
        if word.flags.contains(.capitalised) && !word.flags.contains(.sentenceStart) && !rules.notNames.contains(word.form) {
            classes.insert(.name)
        }
        return classes
    }

    static func describe(_ touched: Set<CheckRules.MeaningClass>) -> String {
        let names = touched.sorted().map { "a \($0.rawValue)" }
        switch names.count {
        case 0: return "no negation, number or name changes"
        case 1: return "changes \(names[0])"
        default: return "changes " + names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
