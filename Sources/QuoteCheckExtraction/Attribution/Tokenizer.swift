import QuoteCheckText
import QuoteCheckRules

/// Splits a paragraph into tokens on UTF-8 bytes. Quotes found in the paragraph become single
/// opaque tokens; "China’s" gives "China" and a possessive; "U.S." and "Mr." keep their stops.
struct Tokenizer: Sendable {
    let table: WordTable
    let abbreviations: WordHashSet
    /// What ends a capitalised compound that is an adjective (rules/speakers.yaml `adjective_endings`).
    let adjectiveEndings: WordHashSet
    /// What ends a number's compound that is a person's age (rules/speakers.yaml `age_endings`).
    let ageEndings: WordHashSet
    /// For each byte: its lower-case form when it is an ASCII letter or digit, else 0. One load
    /// both classifies a byte and gives what it adds to the word's hash.
    private let asciiWordBytes: [UInt8] = (0...255).map { byte -> UInt8 in
        let value = UInt8(byte)
        if value >= 0x41 && value <= 0x5A { return value | 0x20 }
        return UTF8Scan.isASCIIWordByte(value) && value < 0x80 ? value : 0
    }

    /// The marks that join a word (rules/apostrophes.yaml `in_word`).
    let apostrophes: ScalarSet
    /// rules/marks.yaml `dashes`: their tokens carry `WordClass.dash`.
    let dashes: ScalarSet
    /// rules/speakers.yaml `endings`: what each word's ending tells is kept in its token.
    let wordEndings: WordEndings
    /// The ASCII bytes that may carry a word on (`joins`): a hyphen, a stop, an ampersand and
    /// the ASCII apostrophes, one bit each. Asked after every word: two words of bits, where
    /// asking the apostrophe set there cost 2 % of `extract`.
    private let joinerBitsLow: UInt64, joinerBitsHigh: UInt64

    init(table: WordTable, rules: RuleSet) {
        self.table = table
        apostrophes = rules.apostrophes.inWord
        dashes = rules.marks.dashes
        wordEndings = rules.speakers.endings
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in UInt8(0)..<128 where "-.&".utf8.contains(byte) || rules.apostrophes.inWord.contains(ascii: byte) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        joinerBitsLow = low
        joinerBitsHigh = high
        abbreviations = WordHashSet(words: rules.abbreviations.words)
        adjectiveEndings = WordHashSet(words: rules.speakers.adjectiveEndings)
        ageEndings = WordHashSet(words: rules.speakers.ageEndings)
    }

    /// Appends the tokens of `range` to `buffer`, which the caller keeps for all of an article's
    /// lines, and returns where they stand in it. `quotes` are the (outer range, index) of quotes
    /// inside `range`, in order.
    func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                quotes: [(outer: Range<Int>, index: Int)], buffer: inout TokenBuffer) -> Range<Int> {
        let start = buffer.count
        asciiWordBytes.withUnsafeBufferPointer { wordBytes in
            write(bytes, range: range, quotes: quotes, wordBytes: wordBytes.baseAddress!, into: &buffer)
        }
        return start..<buffer.count
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                       quotes: [(outer: Range<Int>, index: Int)], wordBytes: UnsafePointer<UInt8>,
                       into tokens: inout TokenBuffer) {
        var offset = range.lowerBound
        var nextQuote = 0
        // Where the next quote starts (Int.max: none left), and where a word must stop: asked
        // at every token, so kept as two numbers rather than looked up in `quotes` each time.
        var quoteStart = quotes.first?.outer.lowerBound ?? Int.max
        var wordLimit = min(range.upperBound, quoteStart)
        while offset < range.upperBound {
            if offset >= quoteStart {
                let quote = quotes[nextQuote]
                tokens.append(Token(range: quote.outer, kind: .quote, hash: 0, classes: [], capitalized: false, quote: quote.index))
                offset = max(offset, quote.outer.upperBound)
                nextQuote += 1
                quoteStart = nextQuote < quotes.count ? quotes[nextQuote].outer.lowerBound : Int.max
                wordLimit = min(range.upperBound, quoteStart)
                continue
            }
            let byte = bytes[offset]
            if byte == 0x20 { offset += 1; continue }
            // The word-byte table says "ASCII letter or digit" in one load.
            if wordBytes[Int(byte)] != 0 {
                offset = plainWord(from: offset, limit: wordLimit, in: bytes, wordBytes: wordBytes, into: &tokens)
                    ?? word(from: offset, limit: wordLimit, in: bytes, wordBytes: wordBytes, into: &tokens)
                continue
            }
            guard let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) else { offset += 1; continue }
            if UTF8Scan.isSpace(scalar) { offset += length; continue }
            if UTF8Scan.isLetterOrDigit(scalar) {
                offset = word(from: offset, limit: wordLimit, in: bytes, wordBytes: wordBytes, into: &tokens)
                continue
            }
            // (An apostrophe is ' or a three-byte mark: other punctuation skips the call.)
            if byte == 0x27 || byte == 0xE2,
               isPluralPossessive(scalar, at: offset..<offset + length, in: bytes, from: range.lowerBound, before: wordLimit, quoteStart: quoteStart) {
                tokens.append(Token(range: offset..<offset + length, kind: .possessive, hash: 0, classes: [], capitalized: false, quote: -1))
                offset += length
                continue
            }
            tokens.append(punctToken(scalar, at: offset..<offset + length))
            offset += length
        }
    }

    /// Is this apostrophe the possessive of a word in s, a plural's ("workers' rights", "US’
    /// Taiwan remarks")? A mark that closes a quote is a quote's token already, so one left here
    /// after an s, with a space and a letter or a quote after it ("Abbas' 'holocaust' comment"),
    /// is the possessive: without it the noun after it ("remarks") reads as the name's verb.
    @inline(never)
    private func isPluralPossessive(_ scalar: Unicode.Scalar, at mark: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                    from lineStart: Int, before limit: Int, quoteStart: Int) -> Bool {
        // (A letter before the s: "1990s'" is no one's.)
        guard apostrophes.contains(scalar), mark.lowerBound >= lineStart + 2,
              (bytes[mark.lowerBound - 2] | 0x20) >= 0x61, (bytes[mark.lowerBound - 2] | 0x20) <= 0x7A else { return false }
        if mark.upperBound + 1 == quoteStart {
            return bytes[mark.lowerBound - 1] | 0x20 == UInt8(ascii: "s") && bytes[mark.upperBound] == 0x20
        }
        return PluralPossessive.hasShape(mark, line: lineStart..<limit, in: bytes)
    }

    /// A punctuation mark's token; a dash the rules list carries `.dash`. (Kept out of `write`,
    /// whose loop over words it would otherwise crowd.)
    @inline(never)
    private func punctToken(_ scalar: Unicode.Scalar, at range: Range<Int>) -> Token {
        Token(range: range, kind: .punct, hash: UInt64(scalar.value), classes: dashes.contains(scalar) ? .dash : [],
              capitalized: false, quote: -1)
    }

    @inline(__always)
    private func isJoinerByte(_ byte: UInt8) -> Bool {
        byte < 64 ? joinerBitsLow & (1 << UInt64(byte)) != 0 : byte < 128 && joinerBitsHigh & (1 << UInt64(byte &- 64)) != 0
    }

    /// The end of the run of ASCII letters and digits at `start`, and the run's lower-cased hash.
    @inline(__always)
    private func asciiRun(from start: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>,
                          wordBytes: UnsafePointer<UInt8>) -> (end: Int, hash: UInt64) {
        var end = start
        var hash = WordHash.offsetBasis
        while end < limit {
            let lower = wordBytes[Int(bytes[end])]
            if lower == 0 { break }
            hash = WordHash.combine(hash, lower)
            end += 1
        }
        return (end, hash)
    }

    /// Most words are ASCII letters and digits ended by a space or a comma: nothing after them
    /// can carry the word on (a non-ASCII byte or a joiner - . ' &), give it a stop or a
    /// possessive. Such a word's token is made here, inline in the caller's loop, with none of
    /// `word`'s tests, and the offset after it (and after its space) is returned; for any other
    /// word, nil.
    @inline(always)
    private func plainWord(from start: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafePointer<UInt8>,
                           into tokens: inout TokenBuffer) -> Int? {
        let (end, hash) = asciiRun(from: start, limit: limit, in: bytes, wordBytes: wordBytes)
        guard end == limit || (bytes[end] < 0x80 && !isJoinerByte(bytes[end])) else {
            switch bytes[end] {
            case UInt8(ascii: "."):
                return wordBeforeStop(from: start, end: end, hash: hash, limit: limit, in: bytes, wordBytes: wordBytes, into: &tokens)
            case UInt8(ascii: "'"), 0xE2:
                return wordBeforePossessive(from: start, end: end, hash: hash, limit: limit, in: bytes, wordBytes: wordBytes, into: &tokens)
            default:
                return nil
            }
        }
        tokens.append(plainToken(start..<end, ending: end, hash: hash, in: bytes))
        return end < limit && bytes[end] == 0x20 ? end + 1 : end
    }

    /// The token of a word of ASCII letters and digits at `start..<end` (`range` may take a
    /// stop after it too).
    @inline(__always)
    private func plainToken(_ range: Range<Int>, ending end: Int, hash: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> Token {
        let start = range.lowerBound
        let capitalized = bytes[start] &- 0x41 < 26
        let length = end - start
        return Token(range: range, kind: .word, hash: hash, classes: table[hash],
                     capitalized: capitalized, acronym: capitalized && length > 1 && bytes[start + 1] &- 0x41 < 26,
                     quote: -1, lastByte: bytes[end - 1], endings: wordEndings.forms(of: start..<end, in: bytes))
    }

    /// A plain word followed by a stop that ends a sentence, not one inside a word ("U.S"):
    /// nothing after it in ASCII carries the word on. The stop is the word's for an initial or
    /// a listed abbreviation, as in `word`. A sentence's last word is too common for that path;
    /// nil when the stop may be inside a word.
    @inline(never)
    private func wordBeforeStop(from start: Int, end: Int, hash: UInt64, limit: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                wordBytes: UnsafePointer<UInt8>, into tokens: inout TokenBuffer) -> Int? {
        guard end + 1 == limit || (bytes[end + 1] < 0x80 && wordBytes[Int(bytes[end + 1])] == 0) else { return nil }
        let isInitial = end - start == 1 && bytes[start] &- 0x41 < 26
        let wordEnd = isInitial || abbreviations.contains(hash) ? end + 1 : end
        var token = plainToken(start..<wordEnd, ending: end, hash: hash, in: bytes)
        // An initial is part of a name, not the word it spells: "Cynthia A. Boateng".
        if isInitial { token.classes = [] }
        tokens.append(token)
        return wordEnd
    }

    /// A plain word with a possessive 's ("China’s", "the company's"), as `word` makes it: the
    /// word, then the mark and s as a possessive token. Nil for anything else after the word
    /// (a contraction, a closing quote mark, an s that goes on as a word).
    @inline(never)
    private func wordBeforePossessive(from start: Int, end: Int, hash: UInt64, limit: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                      wordBytes: UnsafePointer<UInt8>, into tokens: inout TokenBuffer) -> Int? {
        let markLength = bytes[end] == 0xE2 ? 3 : 1
        if markLength == 3 { guard end + 2 < limit, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99, apostrophes.contains("’") else { return nil } }
        let sIndex = end + markLength
        guard sIndex < limit, bytes[sIndex] | 0x20 == UInt8(ascii: "s"),
              sIndex + 1 == limit || (bytes[sIndex + 1] < 0x80 && wordBytes[Int(bytes[sIndex + 1])] == 0) else { return nil }
        tokens.append(plainToken(start..<end, ending: end, hash: hash, in: bytes))
        tokens.append(Token(range: end..<sIndex + 1, kind: .possessive, hash: 0, classes: [], capitalized: false, quote: -1))
        return sIndex + 1
    }

    /// Does the word go on over `mark` at `offset`, `next` after it? Inner joiners are a hyphen, a
    /// stop, an ampersand and an apostrophe of `apostrophes` ("Holtz-Eakin", "U.S", "AT&T", "isn't"); but
    /// a possessive 's ends the word ("China’s" → China + ’s), and so does a stop between a
    /// lower-case word and a capital, a sentence's end with its space missing ("said.Trump";
    /// "Ph.D" and "nytimes.com" stay). `segment` is where the part after the last joiner starts.
    @inline(__always)
    private func joins(_ mark: Unicode.Scalar, at offset: Int, next: Unicode.Scalar, segment: Int,
                              in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch mark {
        case "-", "&": return true
        case ".":
            return !(UTF8Scan.isUppercase(next) && offset - segment >= 3
                     && (segment..<offset).allSatisfy({ bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }))
        default:
            guard apostrophes.contains(mark) else { return false }
            let sEnd = offset + UTF8.width(mark) + 1
            return !((next == "s" || next == "S") && (sEnd >= bytes.count || !UTF8Scan.isLetterOrDigit(UTF8Scan.scalar(at: sEnd, in: bytes)?.0)))
        }
    }

    private func word(from start: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafePointer<UInt8>,
                      into tokens: inout TokenBuffer) -> Int {
        var hasInnerStop = false
        // ASCII letters and digits, the common case, classified and hashed in one pass. A word
        // that goes on past them is hashed again as a whole at the end.
        var (end, hash) = asciiRun(from: start, limit: limit, in: bytes, wordBytes: wordBytes)
        var plain = true
        // Where the word's last part after a hyphen starts ("Trump-style" → "style"), and where
        // the part after the last joiner starts.
        var lastPart: Int? = nil
        var segment = start
        // Only a non-ASCII byte or an inner joiner (- . ' ’ &, `joins`) can carry a word on, so
        // nothing else needs the word scanner.
        let carriesOn = end < limit && (bytes[end] >= 0x80 || isJoinerByte(bytes[end]))
        if carriesOn {
            // (Rebased at the same address, so offsets stay the article's; the word stops at the limit.)
            let bounded = UnsafeBufferPointer(rebasing: bytes[0..<limit])
            end = WordScanner.wordEnd(from: start, in: bounded, joins: { mark, offset, _, next in
                joins(mark, at: offset, next: next, segment: segment, in: bounded)
            }, visit: { part in
                switch part {
                case .letterOrDigit(let scalar): if scalar.value >= 0x80 { plain = false }
                case .joiner(let mark, let offset):
                    let after = offset + (mark.value < 0x80 ? 1 : 3)
                    if mark == "." { hasInnerStop = true }
                    if mark == "-" { lastPart = after }
                    segment = after
                    plain = false
                }
            })
        }
        var wordEnd = end
        if !plain { hash = WordHash.hash(bytes, start..<end) }
        // A trailing stop belongs to initialisms ("U.S."), initials ("J.") and listed abbreviations ("Sen.").
        let isInitial = end - start == 1 && bytes[start] >= 0x41 && bytes[start] <= 0x5A
        if end < limit, bytes[end] == UInt8(ascii: "."), hasInnerStop || isInitial || abbreviations.contains(hash) {
            wordEnd = end + 1
        }
        let first = UTF8Scan.scalar(at: start, in: bytes)?.0
        // "Trump-style", "Obama-era", "Clinton-backed": a compound whose last part makes it an
        // adjective is not a name ("Holtz-Eakin", "Kim Tae-won" stay names).
        // Such a compound modifies the noun after it ("Los Angeles-based attorney Edgar Martirosyan").
        // So does an age or a count before a name ("76-year-old Morton Blackwell"). (Other
        // lower-case compounds stay plain words.)
        let opensCompound = UTF8Scan.isUppercase(first) || (bytes[start] >= 0x30 && bytes[start] <= 0x39)
        let adjective = opensCompound && (lastPart.map { isAdjectiveEnding($0..<end, in: bytes) } ?? false)
        let age = adjective && bytes[start] >= 0x30 && bytes[start] <= 0x39
            && (lastPart.map { ageEndings.contains(WordHash.hash(bytes, $0..<end)) } ?? false)
        let capitalized = UTF8Scan.isUppercase(first) && !adjective
        var second = start + 1
        if second < end, bytes[second] == UInt8(ascii: ".") { second += 1 }
        let acronym = capitalized && second < end && bytes[second] >= 0x41 && bytes[second] <= 0x5A
        tokens.append(Token(range: start..<wordEnd, kind: .word, hash: hash, classes: adjective ? table[hash].union(age ? [.modifier, .ageWord] : .modifier) : table[hash],
                            capitalized: capitalized, acronym: acronym, quote: -1,
                            lastByte: bytes[end - 1], endings: wordEndings.forms(of: start..<end, in: bytes)))
        // Possessive 's as its own token, after any apostrophe mark.
        if end < limit, let (mark, markLength) = UTF8Scan.scalar(at: end, in: bytes), apostrophes.contains(mark) {
            let sIndex = end + markLength
            if sIndex < limit, bytes[sIndex] == UInt8(ascii: "s") || bytes[sIndex] == UInt8(ascii: "S") {
                tokens.append(Token(range: end..<sIndex + 1, kind: .possessive, hash: 0, classes: [], capitalized: false, quote: -1))
                return sIndex + 1
            }
        }
        return wordEnd
    }

    /// Is the last part of a hyphenated word one that makes it an adjective: lower-case, and
    /// listed or with a past form's ending (-ed)?
    private func isAdjectiveEnding(_ part: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard part.count >= 2, UTF8Scan.isLowercase(UTF8Scan.scalar(at: part.lowerBound, in: bytes)?.0) else { return false }
        if wordEndings.forms(of: part, in: bytes).contains(.past) { return true }
        return adjectiveEndings.contains(WordHash.hash(bytes, part))
    }
}
