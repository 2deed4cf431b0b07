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
    /// The last two bytes of a word (for cheap suffix tests).
    var lastByte: UInt8 = 0
    var secondLastByte: UInt8 = 0

    /// A lower-case word of four letters or more ending in a single s that no word list knows:
    /// most likely a plural noun ("buyers", "pilots").
    var looksPlural: Bool {
        kind == .word && !capitalized && classes.isEmpty && range.count >= 4
            && lastByte == UInt8(ascii: "s") && secondLastByte != UInt8(ascii: "s")
    }

    func isPunct(_ byte: UInt8) -> Bool { kind == .punct && hash == UInt64(byte) }
    var isWord: Bool { kind == .word }
}
