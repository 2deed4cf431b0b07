import QuoteCheckText

/// What a token's ending tells once the word is long enough to trust it (rules/speakers.yaml
/// `endings.shortest`): a shorter word with the ending is as often something else ("ads",
/// "king", "Italy"). Asked where the sieve needs it, not of every token as it is made: the
/// length tests on every token cost 1.8 % of `extract`'s instructions.
struct WordShapes: Sendable {
    let shortest: WordEndings.Shortest

    init(endings: WordEndings) { shortest = endings.shortest }

    // (Each test is written out, a form and a length, as `WordEndings.Shortest.trusted` has
    // them: building the whole set, or naming a form by its static, cost 0.6 % of `extract`.)
    @inline(__always)
    private func long(_ token: Token, _ shortest: UInt8) -> Bool { token.range.count >= Int(shortest) }

    /// A lower-case word long enough for its plural's ending to be trusted that no word list
    /// knows: most likely a plural noun ("buyers", "pilots").
    func looksPlural(_ token: Token) -> Bool { !token.capitalized && looksPluralAnyCase(token) }

    /// `looksPlural`, capitalised or not ("Attorneys" opening a sentence). ("-ss", "-us", "-is"
    /// are no plurals: "business", "thunderous", "analysis".)
    func looksPluralAnyCase(_ token: Token) -> Bool {
        token.kind == .word && token.isUnlisted && endsAsPlural(token)
    }

    /// A plural's ending on a word long enough for it, whatever lists know the word ("Greeks
    /// strike", "Media shares blame").
    func endsAsPlural(_ token: Token) -> Bool { token.endings.contains(.plural) && long(token, shortest.plural) }

    /// "Asserting", "Speaking": a participle long enough to open a sentence reads as no first
    /// name ("Asserting Clinton was …"), as an adverb does.
    func looksLikeOpeningParticiple(_ token: Token) -> Bool { token.endings.contains(.participle) && long(token, shortest.openingParticiple) }

    /// "saying", "claiming": an -ing form long enough to be a present participle.
    func isPresentParticiple(_ token: Token) -> Bool { token.endings.contains(.participle) && long(token, shortest.presentParticiple) }

    /// "Hastily", "Recently": an adverb's ending on a word long enough for it (shorter ones are
    /// as often names: Italy, Kelly).
    func looksLikeAdverb(_ token: Token) -> Bool { token.endings.contains(.adverb) && long(token, shortest.adverb) }
}
