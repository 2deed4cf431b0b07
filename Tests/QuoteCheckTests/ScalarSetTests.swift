import Testing
import QuoteCheckText
import QuoteCheckRules

/// The small scalar sets the rules' marks are kept in (apostrophes, dashes, sentence closers).
@Suite struct ScalarSetTests {
    @Test("holds ASCII scalars of both halves and others, and nothing else")
    func membership() {
        let set = ScalarSet(["'", "`", "(", "’", "―"])
        for scalar: Unicode.Scalar in ["'", "`", "(", "’", "―"] { #expect(set.contains(scalar)) }
        for scalar: Unicode.Scalar in ["\"", "a", ")", "‘", "—", "\u{0}", "\u{7F}"] { #expect(!set.contains(scalar)) }
        #expect(set.contains(ascii: UInt8(ascii: "`")) && set.contains(ascii: UInt8(ascii: "(")))
        #expect(!set.contains(ascii: UInt8(ascii: "a")) && !set.contains(ascii: 0xE2))
    }

    @Test("a union holds both sets' scalars, each once")
    func union() {
        let union = ScalarSet(["'", "’"]).union(ScalarSet(["’", ")", "»"]))
        #expect(union == ScalarSet(["'", "’", ")", "»"]))
        #expect(union.scalars == ["'", ")", "»", "’"])
    }

    @Test("the rules' word apostrophes join a word for the title lexer; a mark left out splits it")
    func rulesApostrophes() {
        let marks = TestSupport.rules.apostrophes.inWord
        #expect(TitleLexer.words(of: "Trump`s plan", apostrophes: marks) == ["trump's", "plan"])
        #expect(TitleLexer.words(of: "Trump`s plan", apostrophes: ScalarSet(["'", "’"])) == ["trump", "s", "plan"])
    }
}
