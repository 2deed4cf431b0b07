/// A token of a paragraph as attribution sees it: a word, a punctuation mark, a possessive 's, or
/// a whole quote (opaque: what is inside a quote is never read as attribution).
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, punct, possessive, quote }
    var range: Range<Int>
    var kind: Kind
    /// For words: the lower-cased hash; for punctuation: the first byte.
    var hash: UInt64
    var classes: WordClass
    var capitalized: Bool
    /// Two or more capitals in a row at the start ("US", "ASEAN", "U.S.").
    var acronym: Bool = false
    /// For quotes: the index in the article's quote list.
    var quote: Int

    func isPunct(_ byte: UInt8) -> Bool { kind == .punct && hash == UInt64(byte) }
    var isWord: Bool { kind == .word }
}
