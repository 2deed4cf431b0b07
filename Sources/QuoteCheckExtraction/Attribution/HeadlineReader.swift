import QuoteCheckText
import QuoteCheckRules

/// Reads the parts of a headline that say who speaks, as the wire services write them: a kicker
/// before the first colon ("Xi Focus:"), a credit after the last one ("…: Chinese FM"), a leading
/// credit ("Envoy: '…'"), and quoted labels that nobody is presented as saying. The lists are
/// rules/headlines.yaml; the sieve that uses them is `Attributor.attributeHeadline`.
struct HeadlineReader: Sendable {
    private let rules: HeadlineRules
    /// Known terms and slogans (rules/kinds.yaml `term.names`).
    private let knownTerms: KnownTerms
    /// Naming head nouns (rules/kinds.yaml `term.heads`): a quote right before one names it.
    private let termHeads: WordHashSet
    /// Words right before a quote that make it a name (rules/kinds.yaml `term.naming_markers`).
    private let namingMarkers: Set<String>
    /// Small words inside a Title Case name (rules/kinds.yaml `term.title_case_joiners`).
    private let joiners: Set<String>
    /// The most words a quoted name has (rules/headlines.yaml `label_name_max_words`).
    private let nameMaxWords: Int
    private let colon = UInt8(ascii: ":")
    private let bar = UInt8(ascii: "|")
    /// The most tokens a kicker and its colon take ("Chinese Wisdom in Xi's Words:"; rules `limits.kicker`).
    private var kickerTokens: Int { rules.limits.kicker }
    /// `rules.kickers`, each phrase hashed as tokens hash.
    private let kickers: WordHashSet
    /// The lexicon the tokens' classes come from, for the words read out of part of a token
    /// ("Focus" in "Xi Focus-Closeup", "Ep" in "Ep.").
    private let words: WordTable
    /// `rules.clauseCoordinators`, hashed (the person registry asks it too).
    let coordinators: WordHashSet
    /// `rules.stanceWords`, hashed.
    private let stanceWords: WordHashSet
    /// `rules.stanceNegators` and `rules.intentWords`, hashed.
    private let stanceNegators: WordHashSet
    private let intentWords: WordHashSet
    /// `rules.sentenceWords`, hashed.
    private let sentenceWords: WordHashSet
    /// `rules.remarkNouns`, hashed.
    private let remarkNouns: WordHashSet
    /// `rules.subjectAdverbs`, hashed.
    private let subjectAdverbs: WordHashSet

    /// "Just" in "Senator Just Torched …": an adverb between a headline's subject and its verb.
    func isSubjectAdverb(_ token: Token) -> Bool { token.isWord && subjectAdverbs.contains(token.hash) }

    /// The word of `stance_words` the quoted text opens with, after adverbs in -ly ("deeply
    /// concerned", "greatly disappointed") and negations (`stance_negators`: "not positive"),
    /// if it opens with one.
    func stanceWord(opening content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, endings: WordEndings) -> Range<Int>? {
        var start = content.lowerBound
        while let word = Self.word(at: start, in: content, bytes) {
            let hash = WordHash.hash(bytes, word)
            if stanceWords.contains(hash) { return word }
            guard endings.forms(of: word, in: bytes).contains(.adverb) || stanceNegators.contains(hash), word.upperBound < content.upperBound,
                  bytes[word.upperBound] == UInt8(ascii: " ") else { return nil }
            start = word.upperBound + 1
        }
        return nil
    }

    /// Does the quoted text open with a verb of saying in its -s form ("recommends", "warns"), a
    /// cue the rules list, in lower-case letters and followed by a space or the quote's end?
    func opensWithSpeechVerb(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, endings: WordEndings) -> Bool {
        guard let word = Self.word(at: content.lowerBound, in: content, bytes),
              word.allSatisfy({ bytes[$0] >= UInt8(ascii: "a") && bytes[$0] <= UInt8(ascii: "z") }),
              word.upperBound == content.upperBound || bytes[word.upperBound] == UInt8(ascii: " ") else { return false }
        return endings.forms(of: word, in: bytes).contains(.sForm) && words[WordHash.hash(bytes, word)].contains(.verbCueStart)
    }

    /// Is `token` a word of `stance_words` ("alarmed" in "Russia alarmed by 'terrorism'")?
    func isStanceWord(_ token: Token) -> Bool { token.isWord && !token.capitalized && stanceWords.contains(token.hash) }

    /// Does the quoted text open with what the subject will or won't do (`intent_words`: "will
    /// occupy palace", "cannot offer", "to observe deeds"), no "be" after the word?
    func opensWithIntent(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let word = Self.word(at: content.lowerBound, in: content, bytes), intentWords.contains(WordHash.hash(bytes, word)) else { return false }
        guard word.upperBound < content.upperBound, bytes[word.upperBound] == UInt8(ascii: " ") else { return false }
        return !opensWithBe(word.upperBound + 1..<content.upperBound, bytes)
    }

    /// Is `token` a word of `intent_words` ("to" in "Russia to 'denounce …'")?
    func isIntentWord(_ token: Token) -> Bool { token.isWord && intentWords.contains(token.hash) }

    /// Does the text open with "be" ("be held accountable")?
    func opensWithBe(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let word = Self.word(at: content.lowerBound, in: content, bytes) else { return false }
        return WordHash.hash(bytes, word) == Self.be
    }

    private static let be = WordHash.hash("be")

    /// The word from `start` to the next space, comma or full stop in `content`; nil if none
    /// opens there.
    private static func word(at start: Int, in content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard start < content.upperBound else { return nil }
        var end = start
        while end < content.upperBound, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: ","),
              bytes[end] != UInt8(ascii: ".") { end += 1 }
        return end > start ? start..<end : nil
    }

    /// "comments" in "Erdogan's 'regret' comments": a noun of a remark (rules `remark_nouns`).
    func isRemarkNoun(_ token: Token) -> Bool { token.isWord && remarkNouns.contains(token.hash) }

    /// "told" at a headline's end ("…, MPs told"): its subject was told, and nobody is named.
    func isAddresseeVerb(_ token: Token) -> Bool { token.isWord && token.classes.contains(.addresseeVerb) }

    /// "says", "warns": a verb that may stand before its subject at a headline's end.
    func isInvertingVerb(_ token: Token) -> Bool { token.isWord && token.classes.contains(.invertingVerb) }

    /// The most words a credit after a quote takes (rules `trailing_credit_max_words`).
    var creditMaxWords: Int { rules.trailingCreditMaxWords }

    /// The house style of `outlet` for a headline's leading colon.
    func leadingColon(outlet: String?) -> HeadlineRules.LeadingColon { rules.leadingColon(outlet: outlet) }

    /// The marks that join a word (rules/apostrophes.yaml `in_word`).
    private let apostrophes: ScalarSet

    init(rules: HeadlineRules, kinds: KindRules, apostrophes: ScalarSet, words: WordTable) {
        self.rules = rules
        self.words = words
        self.apostrophes = apostrophes
        knownTerms = KnownTerms(names: kinds.termNames)
        kickers = WordHashSet(words: rules.kickers)
        coordinators = WordHashSet(words: rules.clauseCoordinators)
        subjectAdverbs = WordHashSet(words: rules.subjectAdverbs)
        stanceWords = WordHashSet(words: rules.stanceWords)
        stanceNegators = WordHashSet(words: rules.stanceNegators)
        intentWords = WordHashSet(words: rules.intentWords)
        sentenceWords = WordHashSet(words: rules.sentenceWords)
        remarkNouns = WordHashSet(words: rules.remarkNouns)
        termHeads = WordHashSet(words: kinds.termHeads)
        namingMarkers = kinds.namingMarkers
        joiners = kinds.titleCaseJoiners
        nameMaxWords = rules.labelNameMaxWords
    }

    /// Where the headline proper opens: after a kicker and its colon ("Explainer: What is …"),
    /// else at its first token.
    func start(of tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // A kicker is short: only a colon among the first few tokens can close one, a spaced
        // dash ("Exclusive — Sheriff Whitlock: …") or a bar.
        guard let colon = tokens.prefix(kickerTokens).indices.first(where: {
                  tokens[$0].isPunct(colon) || tokens[$0].isPunct(bar) || (tokens[$0].isDash() && spaced($0, tokens)) }),
              colon > 0, colon + 1 < tokens.count,
              (0..<colon).allSatisfy({ tokens[$0].kind != .quote }) else { return 0 }
        // A bar sets off a series' name, whatever it is ("GLOBALink | …", "Hebei series | …"):
        // no speaker writes one.
        if tokens[colon].isPunct(bar) { return colon + 1 }
        // The last word, or the word before a hyphen in it ("Xi Focus-Closeup"); else the whole
        // phrase ("Across China"), hashed as words are (no string is made for every title).
        let last = tokens[colon - 1]
        if last.isWord, last.classes.contains(.kickerWord) { return colon + 1 }
        if last.isWord, let hyphen = last.range.firstIndex(where: { bytes[$0] == UInt8(ascii: "-") }),
           words[WordHash.hash(bytes, last.range.lowerBound..<hyphen)].contains(.kickerWord) {
            return colon + 1
        }
        let phrase = tokens[0].range.lowerBound..<tokens[colon - 1].range.upperBound
        return kickers.contains(WordHash.hash(bytes, phrase)) ? colon + 1 : 0
    }

    /// A credit after the headline's last colon: a few words to the end, no quote among them
    /// ("… 'playing with fire' on Taiwan: FM"). The colon may stand inside the quote's marks
    /// ("… as 'poor:' pollster"), and a dash with spaces does the colon's work in the BBC's style
    /// ("… 'almost nothing to say' on energy - Reeves"). The separator and the credit's tokens.
    func trailingCredit(in tokens: Tokens, from start: Int, bytes: UnsafeBufferPointer<UInt8>) -> (colon: Int, credit: Range<Int>)? {
        let colonAt = (start..<tokens.count).last { index in
            let token = tokens[index]
            if token.isPunct(colon) { return index > start }
            return token.kind == .quote && Self.lastContentByte(token, bytes) == colon
        }
        if let colonAt, let credit = credit(after: colonAt, tokens, from: start, bytes) { return (colonAt, credit) }
        guard let dash = (start..<tokens.count).last(where: { tokens[$0].isDash() && spaced($0, tokens) }), dash > start,
              dash > colonAt ?? start, let credit = credit(after: dash, tokens, from: start, bytes) else { return nil }
        return (dash, credit)
    }

    /// The credit after a separator: a few words to the end, no quote among them, a quote before.
    private func credit(after separator: Int, _ tokens: Tokens, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = tokens.count
        while end > separator + 1, tokens[end - 1].kind == .punct, !tokens[end - 1].isPunct(UInt8(ascii: ")")) { end -= 1 }
        let credit = (separator + 1)..<end
        guard !credit.isEmpty, credit.count <= rules.trailingCreditMaxWords + 2,
              credit.allSatisfy({ tokens[$0].kind != .quote }),
              credit.filter({ tokens[$0].isWord }).count <= rules.trailingCreditMaxWords,
              (start...separator).contains(where: { tokens[$0].kind == .quote }) else { return nil }
        // "'Where the Mighty Rivers Begin' Ep. 5: Sustainability" names an episode, not a speaker.
        if separator >= 2, tokens[separator - 1].range.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }) {
            var before = separator - 2
            if before > 0, tokens[before].isPunct(UInt8(ascii: ".")) { before -= 1 }
            if isEpisodeWord(tokens[before], bytes) { return nil }
        }
        return credit
    }

    /// "Ep.", "Episode", "Part": a word before a series' number (rules `episode_words`).
    private func isEpisodeWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.isWord else { return false }
        var end = token.range.upperBound
        if bytes[end - 1] == UInt8(ascii: "."), end - 1 > token.range.lowerBound { end -= 1 }
        return words[WordHash.hash(bytes, token.range.lowerBound..<end)].contains(.episodeWord)
    }

    /// A dash with a space on each side (" - "), not a hyphen inside a word or a range. A dash
    /// typed as two hyphens (" -- ", Xinhua's style) is one, at its second hyphen.
    func spaced(_ index: Int, _ tokens: Tokens) -> Bool {
        var first = index
        if first > 0, tokens[first].isPunct(UInt8(ascii: "-")), tokens[first - 1].isPunct(UInt8(ascii: "-")),
           tokens[first - 1].range.upperBound == tokens[first].range.lowerBound { first -= 1 }
        return first > 0 && index + 1 < tokens.count
            && tokens[first - 1].range.upperBound < tokens[first].range.lowerBound
            && tokens[index].range.upperBound < tokens[index + 1].range.lowerBound
    }

    /// The last byte of a quote token's words, its closing marks passed ("'poor:'" → ":").
    static func lastContentByte(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var index = token.range.upperBound - 1
        while index > token.range.lowerBound, bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            index -= 1
        }
        return index > token.range.lowerBound ? bytes[index] : nil
    }

    /// "on" or "about" after a leading credit, before its topic: "UN chief on floods: '…'".
    func isTopicPreposition(_ token: Token) -> Bool {
        token.isWord && !token.capitalized && token.classes.contains(.topicPreposition)
    }

    /// "to", "of", "in": a word between a credit's head and the name it belongs to ("envoy to
    /// Russia", "embassy in UK").
    func isAffiliationLink(_ token: Token) -> Bool { token.classes.contains(.affiliationLink) }

    /// "but", "and", "while", "as": a word that opens a clause of its own.
    func isCoordinator(_ token: Token) -> Bool { !token.capitalized && coordinators.contains(token.hash) }

    /// Does this word, right after a leading colon, open a question or a noun phrase ("Why …",
    /// "The …"), which makes the phrase before the colon a topic?
    func opensTopic(_ token: Token) -> Bool { token.classes.contains(.topicOpener) }

    /// A credit that names a document and no person: "…: report", "…: survey".
    func isAnonymous(_ credit: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rules.anonymousCredits.contains(text(credit, tokens, bytes))
    }

    /// A credit that names the press and no one in it: "…: state media", "- source".
    func isPress(_ credit: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rules.pressCredits.contains(text(credit, tokens, bytes))
    }

    /// A place that stands for its government ("China: …", "…: Kremlin").
    func isGovernment(_ phrase: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rules.governments.contains(text(phrase, tokens, bytes))
    }

    /// How a quote reads as a label: it names a thing, or it only opens the headline (or a part
    /// of it) and runs into the words after it, which an explicit credit outweighs.
    enum LabelEvidence { case named, leadsPart }

    /// Is the quote at `position` a label that nobody is presented as saying? A term the rules
    /// know ("'one country, two systems'"); a marker before it ("so-called 'harbor tax'"); a
    /// quote that names the policy, law or plan after it ("'dynamic zero-COVID' policy"); a quote
    /// that opens the headline or a part of it and runs into the words after it ("'Toilet
    /// revolution' benefits …"); or, in a headline not in Title Case, a capitalised name
    /// ("criticizes US 'Notorious Markets List'", "slams 'Democracy and Human Rights Act of
    /// 2022'", "playing 'Taiwan card'").
    func labelEvidence(_ position: Int, in tokens: Tokens, from start: Int, quote: Range<Int>, titleCase: Bool,
                       bytes: UnsafeBufferPointer<UInt8>) -> LabelEvidence? {
        // ("China denounces 'Chinese debt trap' accusation": a name's or nation's term is the term.)
        if knownTerms.contains(quote, in: bytes, afterCapitalised: 2) { return .named }
        if position > start, let marker = lastWord(before: tokens[position].range.lowerBound, from: tokens[start].range.lowerBound, bytes),
           namingMarkers.contains(marker) {
            return .named
        }
        let words = quoteWords(quote, bytes)
        let endsInPunctuation = Self.isPunctuation(bytes[quote.upperBound - 1])
        if position + 1 < tokens.count, tokens[position + 1].isWord, !endsInPunctuation {
            let next = tokens[position + 1]
            if termHeads.contains(next.hash) && !next.capitalized { return .named }
            // A quote that opens the headline, or the part after a colon, and runs into the
            // words after it is their subject or modifier, a thing named: "'Night market' plan
            // revives …", "'Wild' Trump tweet incited …". Before a preposition ("'No alternative'
            // to diplomacy", "'Spate' of thefts") or holding a clause's words ("'Bottlenecks
            // still exist' in …") it may as well be a predicate someone said: a credit decides.
            let opensPart = position == start || tokens[position - 1].isPunct(colon)
            if opensPart, !titleCase, !next.classes.contains(.verbCueStart) {
                return next.classes.contains(.predicatePreposition) || words.count >= rules.clauseQuoteWords ? .leadsPart : .named
            }
        }
        // Capitalised words read as a name ("'Operation Sea Guard'"), unless they make two
        // sentences: "'Flawless! Wonderful!' Samaranch praises …" is said.
        // (After an owner's bare apostrophe too: "U.S.' 'Forced Labor Prevention Act'"; "US'"
        // before a quote is a possessive's token.)
        // (Nor when a speaker's "I" or "we" stands in them: "'I'd Defend Myself, Too': Chileans …".)
        if !titleCase, position == start || tokens[position - 1].kind != .punct || isBareApostrophe(position - 1, tokens, bytes),
           let first = words.first?.first,
           first.isUppercase || first.isNumber, !Self.holdsSentenceBreak(quote, bytes), !speaksInFirstPerson(words) {
            // (Small words may join a name's capitalised ones: "Human Rights Act of 2022".)
            let allCapitalised = words.allSatisfy({ ($0.first.map { $0.isUppercase || $0.isNumber } ?? false) || joiners.contains($0.lowercased()) })
            // (A nationality's capital names nothing: "stresses role of 'Chinese seeds'".)
            let nationality = words.count > 1 && !allCapitalised && self.words[WordHash.hash(words[0].lowercased())].contains(.nationality)
            if (position > start && words.count <= rules.limits.labelAfterWordWords && !nationality) || (words.count >= 2 && words.count <= nameMaxWords && allCapitalised) { return .named }
        }
        return nil
    }

    /// An apostrophe standing alone after a word it touches: the owner's mark of "U.S.'".
    private func isBareApostrophe(_ index: Int, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.kind == .punct, index > 0, tokens[index - 1].isWord, tokens[index - 1].range.upperBound == token.range.lowerBound,
              let (scalar, length) = UTF8Scan.scalar(at: token.range.lowerBound, in: bytes), length == token.range.count else { return false }
        return apostrophes.contains(scalar)
    }

    /// A "!" or "?" followed by a space inside the quote: it holds two sentences. (Not a stop:
    /// "'U.S. rules'" and "'Mr. Clean'" are names.)
    static func holdsSentenceBreak(_ quote: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard quote.count >= 3 else { return false }
        return (quote.lowerBound..<quote.upperBound - 1).contains { index in
            bytes[index + 1] == UInt8(ascii: " ") && (bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?"))
        }
    }

    /// Does a quote's last byte close a clause (",", ".", ":", ";", "!", "?")?
    static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// A verb form ending in -ed: in a wire headline, which speaks in the present, a passive.
    func isPastParticiple(_ token: Token) -> Bool { token.range.count >= rules.limits.pastParticipleLetters && token.endsInEd }

    /// Does the quote's content hold a space (more than one word)?
    static func holdsSpace(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        content.contains { bytes[$0] == UInt8(ascii: " ") }
    }

    /// Does the quote (`quote`, its content's bytes) speak as "I" or "we" ("I am a survivor",
    /// "We'd go back")?
    func speaksInFirstPerson(_ quote: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        speaksInFirstPerson(quoteWords(quote, bytes))
    }

    /// Does the quote read as a sentence: does it hold a word of `sentence_words` ("is", "has",
    /// "will", "you", "it's"), not only a name's or a description's words?
    func readsAsSentence(_ quote: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        quoteWords(quote, bytes).contains { sentenceWords.contains(WordHash.hash($0.lowercased())) }
    }

    /// Does a word of the quote, up to its apostrophe ("I'd", "We're"), say "I" or "we"?
    private func speaksInFirstPerson(_ words: [Substring]) -> Bool {
        words.contains { word in
            let stem = word.prefix { !apostrophes.contains($0.unicodeScalars.first!) }
            return self.words[WordHash.hash(stem.lowercased())].contains(.firstPersonPronoun)
        }
    }

    /// The quote's words, punctuation at their ends left out (the name test reads their first letters).
    private func quoteWords(_ quote: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[quote]), as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " }).map { word in
            var trimmed = word
            while let first = trimmed.first, first.isPunctuation { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last.isPunctuation { trimmed = trimmed.dropLast() }
            return trimmed
        }.filter { !$0.isEmpty }
    }

    /// The last whitespace-separated word that ends before `end`, lower-cased ("so-called").
    private func lastWord(before end: Int, from floor: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var upper = end
        while upper > floor, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        var lower = upper
        while lower > floor, bytes[lower - 1] != UInt8(ascii: " ") { lower -= 1 }
        guard lower < upper else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self).lowercased()
    }

    /// The tokens' text as the lists hold it: lower-cased, apostrophes straightened, one space
    /// between words.
    func text(_ range: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !range.isEmpty else { return "" }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound]),
                         as: UTF8.self)
        return raw.lowercased().straightApostrophes.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
