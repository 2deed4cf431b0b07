import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckCrossCheck

@Suite struct QuoteWordsTests {
    let rules = TestSupport.rules.compare

    func forms(_ text: String) -> [String] { QuoteWords(text: text, rules: rules).words.map(\.form) }

    @Test func caseQuoteMarksPunctuationAndSpellingDoNotCount() {
        #expect(forms("“Our Defence forces don’t need more ships,”") == forms("our defense forces do not need more ships"))
        #expect(forms("a 10% rise in the harbour’s fees") == forms("a 10 per cent rise in the harbor's fees"))
        #expect(forms("3,000 troops") == ["3000", "troops"])
        #expect(forms("Trump‘s plan") == forms("Trump's plan"))
    }

    @Test func flagsSentenceStartsEllipsesAndBrackets() {
        let words = QuoteWords(text: "We won. The U.S. team ... [the coach] cried…", rules: rules).words
        let flagged = words.map { ($0.form, $0.flags) }
        #expect(flagged[0].1.contains(.sentenceStart))
        #expect(flagged[2].0 == "the" && flagged[2].1.contains(.sentenceStart))
        #expect(flagged[4].0 == "team" && !flagged[4].1.contains(.sentenceStart))
        #expect(flagged[5].0 == "the" && flagged[5].1.contains(.afterEllipsis) && flagged[5].1.contains(.editorial))
        #expect(QuoteWords(text: "and so on…", rules: rules).trailingEllipsis)
        #expect(QuoteWords(text: "... and so on", rules: rules).leadingEllipsis)
    }
}

@Suite struct WordAlignmentTests {
    @Test func findsChangedAndMissingWords() {
        let a = "we will send 300 engineers this week".split(separator: " ").map(String.init)
        let b = "we will send 3000 engineers".split(separator: " ").map(String.init)
        let alignment = WordAlignment(a, b)
        #expect(alignment.common == 4)
        #expect(alignment.hunks == [
            WordAlignment.Hunk(a: 3..<4, b: 3..<4, place: .inner),
            WordAlignment.Hunk(a: 5..<7, b: 5..<5, place: .trailing),
        ])
    }

    @Test func dropsStrayEdgeMatches() {
        let a = "and let us make america great again".split(separator: " ").map(String.init)
        let b = "and he cares about farmers and veterans and he truly wants to make america great again and".split(separator: " ").map(String.init)
        let alignment = WordAlignment(a, b)
        // The lone "and" at the start is not where the two quotes meet.
        #expect(alignment.matches.first?.a == 3)
    }
}

@Suite struct StatementGrouperTests {
    let rules = TestSupport.rules.compare

    func group(_ texts: [String]) -> StatementGrouper.Result {
        StatementGrouper(rules: rules).group(texts.map { QuoteWords(text: $0, rules: rules).hashes })
    }

    @Test func sameWordsAreOneVariant() {
        let result = group(["“The harbour will reopen within two weeks,”", "the harbor will reopen within two weeks"])
        #expect(result.variants.count == 1)
        #expect(result.variants[0].mentions == [0, 1])
    }

    @Test func partialOverlapJoinsAndUnrelatedQuotesStayApart() {
        let result = group([
            "We will send 300 engineers to the flooded districts this week, and more will follow.",
            "The water came through the door in ten minutes, and we lost everything we had.",
            "send 300 engineers to the flooded districts this week",
            "We will send 3,000 engineers to the flooded districts this week, and more will follow.",
            "The repairs will be quick and the costs will be shared fairly between the state and the city.",
        ])
        #expect(result.statements == [[0, 2, 3], [1], [4]])
    }

    @Test func commonWordsAloneDoNotJoin() {
        var texts = (0..<60).map { "It is \($0) times the better for all of us, said the mayor of district \($0 * 13)" }
        texts += ["The fewer guns, the better, for all of us.", "The fewer split tickets the better for all of us."]
        let result = group(texts)
        #expect(result.statements.allSatisfy { $0.count == 1 })
    }

    @Test("many quotes that share one phrase: the capped postings bound the pairs compared")
    func costStaysNearLinear() {
        let count = 3000
        let texts = (0..<count).map { "We are very pleased to announce plan \($0) for harbour \($0 % 97) and road \($0 * 31)" }
        let result = group(texts)
        #expect(result.variants.count == count)
        // Each quote meets at most a capped list per shared shingle; the phrase every quote
        // shares is over the cap and brings none. (All pairs would be 4.5 million.)
        #expect(result.candidates <= count * rules.maxPostings, "\(result.candidates)")
        #expect(result.candidates > 0)
    }
}

/// The word diff the reports show: each change once, in place.
@Suite struct WordDiffTests {
    func diff(_ a: String, _ b: String) -> String {
        let rules = TestSupport.rules.compare
        let x = QuoteWords(text: a, rules: rules), y = QuoteWords(text: b, rules: rules)
        return WordDiff(x, y, WordAlignment(x.words.map(\.form), y.words.map(\.form))).plain
    }

    @Test("a word replaced next to a folded spelling shows once")
    func replacementShownOnce() {
        #expect(diff("It will also help the fishing towns.", "It will not help the fishing towns.")
                == "It will [-also-] {+not+} help the fishing towns")
    }

    @Test("words folded from one spelling are shown once, as written")
    func foldedSpellingShownOnce() {
        let plain = diff("It will also help the fishing towns.", "It won't help the fishing towns.")
        #expect(plain.components(separatedBy: "won't").count == 2, "\(plain)")
    }

    @Test("an unchanged quote is one stretch")
    func unchanged() {
        #expect(diff("We will rebuild the sea wall.", "We will rebuild the sea wall.") == "We will rebuild the sea wall")
    }
}
