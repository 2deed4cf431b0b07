import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// How the cue rules turn a verb lemma into the forms news writes.
@Suite struct InflectionTests {
    @Test("verb lemmas inflect by spelling: a short vowel between single consonants doubles the last")
    func inflection() {
        #expect(Inflection.forms(of: "quip") == ["quip", "quips", "quipped", "quipping"])
        #expect(Inflection.forms(of: "brag") == ["brag", "brags", "bragged", "bragging"])
        #expect(Inflection.forms(of: "shout") == ["shout", "shouts", "shouted", "shouting"])
        #expect(Inflection.forms(of: "tweet") == ["tweet", "tweets", "tweeted", "tweeting"])
        #expect(Inflection.forms(of: "blast") == ["blast", "blasts", "blasted", "blasting"])
        #expect(Inflection.forms(of: "urge") == ["urge", "urges", "urged", "urging"])
        #expect(Inflection.forms(of: "decry") == ["decry", "decries", "decried", "decrying"])
    }

    @Test("a doubled form is found in text: “…,” Reyes quipped")
    func doubledFormIsACue() throws {
        let records = Extractor(rules: TestSupport.rules).extract(Article(id: "t", text: "“If you ask one more question, I may have to leave the stage,” Senator Ada Reyes quipped in reference to the absent mayor."))
        let found = try #require(records.first)
        #expect(found.speakers == ["Ada Reyes"])
        #expect(found.cue == "quipped")
    }
}
