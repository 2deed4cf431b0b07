import QuoteCheckText

/// A token of a paragraph as attribution sees it: a word, a punctuation mark, a possessive 's, or
/// a whole quote (opaque: what is inside a quote is never read as attribution).
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, punct, possessive, quote

        /// Punctuation or a quote: what can end a sentence. One bit test (the raw values
        /// are chosen so), for the loops that pass over words.
        @inline(__always)
        var canEndSentence: Bool { rawValue & 1 != 0 }
    }
    // Stored widest first, the quote index as 32 bits and the kind and two flags in one byte:
    // 40 bytes a token (it was 56 before the packing), and a paragraph's tokens are read over and
    // over by the sieve.
    let range: Range<Int>
    /// For words: the lower-cased hash; for punctuation: its scalar value (an ASCII mark's byte).
    let hash: UInt64
    var classes: WordClass
    private let quoteIndex: Int32
    /// The kind in the low two bits, then `capitalized` and `acronym`.
    private let bits: UInt8
    /// The last byte of a word (a digit ends a number).
    let lastByte: UInt8
    /// What a word's ending tells (rules/speakers.yaml `endings`): an -s form, a plural, a past
    /// form, a present participle, an adverb.
    let endings: WordEndings.Forms

    private static let capitalizedBit: UInt8 = 1 << 2
    private static let acronymBit: UInt8 = 1 << 3

    // (Every value of two bits is a kind, so the cast needs no check.)
    var kind: Kind { unsafeBitCast(bits & 3, to: Kind.self) }
    var capitalized: Bool { bits & Self.capitalizedBit != 0 }
    /// Two or more capitals in a row at the start ("US", "ASEAN", "U.S.").
    var acronym: Bool { bits & Self.acronymBit != 0 }

    /// For quotes: the index in the article's quote list (-1 for other tokens).
    var quote: Int { Int(quoteIndex) }

    init(range: Range<Int>, kind: Kind, hash: UInt64, classes: WordClass, capitalized: Bool, acronym: Bool = false,
         quote: Int, lastByte: UInt8 = 0, endings: WordEndings.Forms = []) {
        self.range = range
        self.hash = hash
        self.classes = classes
        // An article holds far fewer than 2^31 quotes: each one is two marks at least.
        quoteIndex = Int32(quote)
        bits = kind.rawValue | (capitalized ? Self.capitalizedBit : 0) | (acronym ? Self.acronymBit : 0)
        self.lastByte = lastByte
        self.endings = endings
    }

    /// No speaker or cue lexicon lists the word (the headline word lists and the classes derived
    /// from the lexicons' words aside): the tests for an unknown verb, plural or participle ask
    /// this. ("mayors" is unlisted, and read as a plural, though it is a title's plural.)
    var isUnlisted: Bool { classes.subtracting(.unlisting).isEmpty }

    // (What an ending tells only on a long enough word, a plural or a participle, is asked of
    // `WordShapes`, which holds the rules' lengths.)

    /// "warns", "buyers": a verb's -s form or a plural.
    var endsInS: Bool { endings.contains(.sForm) }

    /// "surmised", "reacted": a past-tense or participle ending (callers set the length they need).
    var endsInEd: Bool { endings.contains(.past) }

    /// "claiming", "Reprising": the ending of an -ing participle (callers set the length they need).
    var endsInIng: Bool { endings.contains(.participle) }

    /// "33", "230": a word that ends in a digit, as the number of a law, an article or a verse does.
    var looksLikeNumber: Bool { kind == .word && !capitalized && lastByte &- UInt8(ascii: "0") < 10 }

    func isPunct(_ byte: UInt8) -> Bool { kind == .punct && hash == UInt64(byte) }

    /// A dash that stands alone, credits or introduces: one of rules/marks.yaml `dashes` ("―",
    /// "—", "–"), and with `hyphen` a plain "-".
    func isDash(hyphen: Bool = true) -> Bool {
        guard kind == .punct else { return false }
        return classes.contains(.dash) || (hyphen && hash == UInt64(UInt8(ascii: "-")))
    }
    var isWord: Bool { kind == .word }
}

/// A paragraph's tokens: a view into the article's one `TokenBuffer`, valid while the article is
/// attributed. Read-only and without reference counting, unlike an array per paragraph, which
/// cost an allocation, a copy and a retain wherever the paragraph was handed on.
typealias Tokens = UnsafeBufferPointer<Token>
