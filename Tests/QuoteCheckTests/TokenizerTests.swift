import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
import QuoteCheckText

/// The attribution lexer on the shapes news text gives it: abbreviations and initials keep
/// their stops, possessives split off, compounds and missing spaces.
@Suite struct TokenizerTests {
    /// Each token of `text` (no quotes) with its text, as the lexer makes them from the rules.
    func lexed(_ text: String) -> [(text: String, token: Token)] {
        let rules = TestSupport.rules
        let tokenizer = Tokenizer(table: WordTable(rules: rules), rules: rules)
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            var tokens = TokenBuffer()
            let view = tokens.tokens(tokenizer.tokens(in: buffer, range: 0..<buffer.count, quotes: [], buffer: &tokens))
            return view.map { (String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.range]), as: UTF8.self), $0) }
        }
    }

    /// The tokens of `text`, as (text, kind, capitalised) triples.
    func tokens(_ text: String) -> [(String, Token.Kind, Bool)] {
        lexed(text).map { ($0.text, $0.token.kind, $0.token.capitalized) }
    }

    func words(_ text: String) -> [String] { tokens(text).map(\.0) }

    /// Each word of `text` with the classes the lexer gave it.
    func classes(_ text: String) -> [String: WordClass] {
        Dictionary(lexed(text).filter { $0.token.isWord }.map { ($0.text, $0.token.classes) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("one lexer gives the headline word lists' roles with the speaker lexicon's classes")
    func headlineRoles() {
        let found = classes("Xi Focus envoy on floods, says analysis as MPs told")
        #expect(found["Focus"]?.contains(.kickerWord) == true)
        #expect(found["on"]?.contains(.topicPreposition) == true)
        #expect(found["says"]?.contains(.invertingVerb) == true)
        #expect(found["told"]?.contains(.addresseeVerb) == true)
        #expect(found["envoy"]?.contains(.personNoun) == true)
        #expect(found["envoy"]?.isDisjoint(with: .headlineRoles) == true)
    }

    @Test("a word only the headline lists know is still unlisted: \"papers\" reads as a plural")
    func headlineRolesLeaveWordsUnlisted() {
        let rules = TestSupport.rules
        let table = WordTable(rules: rules)
        let papers = table[WordHash.hash("papers")]
        #expect(papers.contains(.kickerWord))
        let token = wordToken("papers", classes: papers)
        #expect(token.isUnlisted && shapes.looksPlural(token))
    }

    @Test("-ss, -us and -is endings are no plurals: \"business\", \"thunderous\", \"analysis\"")
    func notPlurals() {
        for word in ["business", "thunderous", "analysis"] {
            #expect(!shapes.looksPlural(wordToken(word, classes: [])), "\(word)")
        }
        #expect(shapes.looksPlural(wordToken("pilots", classes: [])))
        // (Too short to trust: "ads" may be a plural, but so is "bus" none.)
        #expect(!shapes.looksPlural(wordToken("ads", classes: [])))
    }

    /// What the rules' endings tell on words long enough to trust them.
    var shapes: WordShapes { WordShapes(endings: TestSupport.rules.speakers.endings) }

    /// A lower-case word's token, its ending read by the rules' `endings` as the tokenizer reads it.
    func wordToken(_ word: String, classes: WordClass) -> Token {
        let bytes = Array(word.utf8)
        let endings = bytes.withUnsafeBufferPointer { TestSupport.rules.speakers.endings.forms(of: 0..<$0.count, in: $0) }
        return Token(range: 0..<bytes.count, kind: .word, hash: WordHash.hash(word), classes: classes, capitalized: false,
                     quote: -1, lastByte: bytes.last!, endings: endings)
    }

    @Test("a token packs its kind and flags: 40 bytes, and every field reads back")
    func packing() {
        #expect(MemoryLayout<Token>.stride == 40)
        for kind in [Token.Kind.word, .punct, .possessive, .quote] {
            for capitalized in [false, true] {
                for acronym in [false, true] {
                    let token = Token(range: 3..<9, kind: kind, hash: 7, classes: [.title], capitalized: capitalized, acronym: acronym, quote: 5)
                    #expect(token.kind == kind && token.capitalized == capitalized && token.acronym == acronym && token.quote == 5)
                }
            }
        }
    }

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
