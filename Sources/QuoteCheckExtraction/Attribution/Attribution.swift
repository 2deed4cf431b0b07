/// Who said a quote, with which words, through whom, and which rules decided. The names are
/// numbers in the article's `NameTable`, the cue is a byte range of the article and the rule
/// names are numbers: plain values, copied (the sieve keeps the last speaker, a lead-in and each
/// result) without reference counting; the strings are written when the record is.
struct Attribution: Sendable {
    var speakers = NameList()
    var via = NameList()
    /// The cue's words in the article, from the first byte of its first token to the last byte
    /// of its last.
    var cue: Range<Int>? = nil
    /// The words that name the speaker ("Defence Minister Tomas Rendel", "he", a transcript
    /// label), as bytes of the article, where the sieve read them: the report shows them beside
    /// the quote. Nil when no phrase named the speaker (a headline's colon credit).
    var speakerWords: Range<Int>? = nil
    var speakerRule: RuleName? = nil
    var cueRule: RuleName? = nil
}

/// A source phrase resolved: the speakers it names and the intermediaries it reveals.
struct ResolvedSource: Sendable {
    var speakers = NameList()
    var via = NameList()
    /// True when every speaker is a person (not a group, place or outlet): pronouns and "the two" refer to these.
    var isPerson = false
    /// The phrase names an outlet or a document (an intermediary), so a better speaker may be found elsewhere.
    var isIntermediary = false
    /// How it was resolved, for the record's `rule` field.
    var how: Resolution = .unresolved
}
