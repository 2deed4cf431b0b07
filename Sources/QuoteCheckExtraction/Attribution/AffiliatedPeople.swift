/// People and what they belong to, the part after the link in lower case: "a spokesman for the
/// ministry", "workers at the plant", "a friend of the family". The people spoke, not the body,
/// place or person after the link: the phrase reader reads the whole phrase before a cue, and
/// the resolver keeps it whole as the speaker. (A capitalised part after the link, "the mayor
/// of Dunmore", "analysts at Larch Capital", is read by each where names are read.)
enum AffiliatedPeople {
    /// Can the word at `index` head such a phrase before its link: a title, a person noun or a
    /// group noun, in lower case, or capitalised only because it opens the sentence ("Doctors at
    /// the hospital said")?
    static func isHead(at index: Int, in tokens: Tokens) -> Bool {
        let token = tokens[index]
        guard token.isWord, !token.classes.isDisjoint(with: [.title, .personNoun, .groupNoun]) else { return false }
        return !token.capitalized || (!token.acronym && opensSentence(index, in: tokens))
    }

    /// Is the word at `index` a link of such a phrase: one of grammar `linking`, or of
    /// `people_links` after a head (`isHead`)?
    static func isLink(_ index: Int, in tokens: Tokens, grammar: GrammarWordSets) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if grammar[.linking].contains(token.hash) { return true }
        return index > 0 && !token.capitalized && grammar[.peopleLinks].contains(token.hash)
            && isHead(at: index - 1, in: tokens)
    }

    /// Is `tail`, the words after the link, a body, place or person in lower case: a determiner
    /// first, then lower-case words and possessives, with an organisation word last ("the
    /// country's space agency") or, past the determiner, only nouns: no small word, determiner or
    /// verb ("the plant", not "the team that won")?
    static func isLowerCaseBody(_ tail: Range<Int>, in tokens: Tokens) -> Bool {
        guard tail.count >= 2, tokens[tail.lowerBound].isWord, tokens[tail.lowerBound].classes.contains(.determiner),
              let last = tail.last, tokens[last].isWord, !tokens[last].capitalized,
              tail.allSatisfy({ tokens[$0].kind == .possessive || (tokens[$0].isWord && !tokens[$0].capitalized) })
        else { return false }
        if tokens[last].classes.contains(.organisationWord) { return true }
        return tail.dropFirst().allSatisfy { tokens[$0].kind == .possessive
            || tokens[$0].classes.isDisjoint(with: [.functionWord, .determiner, .verbCueStart]) }
    }

    /// Does the token at `index` open its sentence: the paragraph's first, or after a full stop,
    /// a question or exclamation mark, or a quote?
    private static func opensSentence(_ index: Int, in tokens: Tokens) -> Bool {
        guard index > 0 else { return true }
        let before = tokens[index - 1]
        return before.kind == .quote || before.isPunct(UInt8(ascii: ".")) || before.isPunct(UInt8(ascii: "?"))
            || before.isPunct(UInt8(ascii: "!"))
    }
}
