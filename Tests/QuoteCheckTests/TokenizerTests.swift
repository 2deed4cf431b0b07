import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// The attribution lexer on the shapes news text gives it: abbreviations and initials keep
/// their stops, possessives split off, compounds and missing spaces.
@Suite struct TokenizerTests {
    /// The tokens of `text` (no quotes), as (text, kind, capitalised) triples.
    func tokens(_ text: String) -> [(String, Token.Kind, Bool)] {
        let rules = TestSupport.rules
        let tokenizer = Tokenizer(table: WordTable(rules: rules), rules: rules)
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            var tokens = TokenBuffer()
            let range = tokenizer.tokens(in: buffer, range: 0..<buffer.count, quotes: [], buffer: &tokens)
            let view = tokens.tokens(range)
            return view.map { token in
                (String(decoding: UnsafeBufferPointer(rebasing: buffer[token.range]), as: UTF8.self), token.kind, token.capitalized)
            }
        }
    }

    func words(_ text: String) -> [String] { tokens(text).map(\.0) }

    @Test("initials, initialisms and listed abbreviations keep their stops; a sentence's stop is its own token")
    func stops() {
        #expect(words("Sen. J. Doe of the U.S. said so.") == ["Sen.", "J.", "Doe", "of", "the", "U.S.", "said", "so", "."])
    }

    @Test("a possessive 's, straight or curly, is a token of its own; a contraction is not")
    func possessives() {
        let found = tokens("China’s envoy and Ruiz's aide won't go")
        #expect(found.map(\.0) == ["China", "’s", "envoy", "and", "Ruiz", "'s", "aide", "won't", "go"])
        #expect(found[1].1 == .possessive && found[5].1 == .possessive)
    }

    @Test("a capitalised compound ending in an adjective part is not capitalised; a hyphenated name is")
    func compounds() {
        let found = tokens("a Trump-style retort by Holtz-Eakin and Kim Tae-won in a Kremlin-backed outlet")
        let capitalised = Dictionary(found.map { ($0.0, $0.2) }, uniquingKeysWith: { a, _ in a })
        #expect(capitalised["Trump-style"] == false)
        #expect(capitalised["Kremlin-backed"] == false)
        #expect(capitalised["Holtz-Eakin"] == true)
        #expect(capitalised["Tae-won"] == true)
    }

    @Test("a stop between a lower-case word and a capital is a sentence's end with its space missing")
    func missingSpace() {
        #expect(words("Moss said.Moss claimed it") == ["Moss", "said", ".", "Moss", "claimed", "it"])
        // An inner stop of a web address or an initialism stays in the word.
        #expect(words("see nytimes.com and the U.S.A today") == ["see", "nytimes.com", "and", "the", "U.S.A", "today"])
    }
}
