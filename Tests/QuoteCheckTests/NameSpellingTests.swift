import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck

/// `name-spelling`: a full name spelt one letter away from how most articles spell it.
@Suite struct NameSpellingTests {
    @Test(arguments: [
        ("Reince", "Rence", true),      // a letter dropped
        ("Hillary", "Hilary", true),
        ("Emanuel", "Emanual", true),   // a letter changed
        ("Kirsten", "Kristen", true),   // two neighbours swapped
        ("Huma", "Human", true),        // a letter added
        ("Clinton", "Clintons", false), // a plural
        ("Clinton", "Clinton’s", false),
        ("John", "Jon", false),         // too short to tell
        ("Mets", "Jets", false),        // the first letter differs
        ("Francois", "François", false),// accents only
        ("Whitcombe", "Whitcombe", false),
        ("Whitcombe", "Whitcomber", true),
        ("Whitcombe", "Whitcoomber", false), // two letters
        ("BA.2", "BA.5", false),        // a number: another designation
        ("March-6", "March-8", false),
        ("Shanxi", "Shaanxi", false),   // two provinces the rules know
        ("Hubei", "Hebei", false),
    ])
    func oneLetterAway(word: String, variant: String, misspelt: Bool) {
        #expect(NameSpellingCheck.misspelt(word, as: variant, TestSupport.rules.checks.nameSpelling, lastWord: false) == misspelt)
    }

    @Test("a demonym's ending on a name's last word is another word; on a first name, a typo")
    func demonyms() {
        let rules = TestSupport.rules.checks.nameSpelling
        #expect(!NameSpellingCheck.misspelt("Mongolia", as: "Mongolian", rules, lastWord: true))
        #expect(!NameSpellingCheck.misspelt("Israel", as: "Israeli", rules, lastWord: true))
        #expect(NameSpellingCheck.misspelt("Huma", as: "Human", rules, lastWord: false))
        #expect(NameSpellingCheck.misspelt("Zelensky", as: "Zelenskyy", rules, lastWord: true))
    }

    static let usual = [
        "Harbour Master Joan Whitcombe said the cranes would be back by Monday.\n\n“We are nearly there,” Whitcombe said.",
        "“The port is safe,” Joan Whitcombe told reporters on Friday.",
        "Joan Whitcombe, who runs the port, said “Ships can dock again.”",
    ]

    @Test func extractionListsTheFullNamesAnArticleGives() {
        let extractor = Extractor(rules: TestSupport.rules)
        let (records, people) = extractor.extractWithPeople(Article(id: "a.txt", text: Self.usual[0]))
        #expect(records.count == 1)
        #expect(people.map(\.name) == ["Joan Whitcombe"])
        #expect(people[0].firstNameGender == .female)
        // An article without quotes is still read for its people.
        let (none, named) = extractor.extractWithPeople(Article(id: "b.txt", text: "Mayor Dana Okafor opened the new pier on Tuesday."))
        #expect(none.isEmpty)
        #expect(named.map(\.name) == ["Dana Okafor"])
    }

    /// The check over one article per text, the i-th published by `outlet(i)` on `date(i)`.
    private func report(_ texts: [String], outlet: (Int) -> String? = { _ in nil }, date: (Int) -> String?) -> CheckReport {
        TestSupport.checker.check(texts.enumerated().map { index, text in
            TestSupport.checker.analyse(Article(id: "\(index).txt", text: text, outlet: outlet(index), date: date(index)))
        })
    }

    @Test func aRareSpellingOfAKnownNameIsReported() {
        let texts = Self.usual + ["The new cranes arrived on Sunday, port director Joan Whitcomb said in a statement."]
        let report = report(texts, outlet: { ["Reuters", "AFP", "Kyodo", "Jiji Press"][$0] }, date: { "2024-03-0\($0 + 1)" })
        #expect(TestSupport.checks(report) == ["name-spelling:info"])
        let finding = report.findings[0]
        #expect(finding.message == "“Joan Whitcomb” (Jiji Press) looks like a misspelling of Joan Whitcombe, as 3 articles spell it.")
        #expect(finding.evidence.map(\.text) == ["Joan Whitcomb", "Joan Whitcombe"])
        // The usual spelling is shown from the article nearest in date.
        #expect(finding.evidence.map(\.article) == ["3.txt", "2.txt"])
        #expect(finding.evidence[0].context?.text.contains("port director Joan Whitcomb said") == true)
    }

    @Test func aMisspeltOrganisationIsReportedButNotAnotherOfItsKind() {
        let texts = [
            "A poll by Marlow University found the mayor ahead. The White House said nothing.",
            "“We are ahead,” the mayor said, citing Marlow University figures. The White House declined to comment.",
            "Marlow University surveyed 900 voters. A White House official said the race was close.",
            // A typo in the name; and a pub, one letter from the White House, is another place.
            "The Marlowe University poll was published on Sunday. Supporters met at the White Horse in Kessel.",
        ]
        let report = report(texts, date: { "2024-03-0\($0 + 1)" })
        #expect(report.findings.map(\.message) == ["“Marlowe University” (3.txt) looks like a misspelling of Marlow University, as 3 articles spell it."])
    }

    @Test func aSpellingSeveralArticlesShareIsANameOfItsOwn() {
        let texts = Self.usual + Self.usual + [
            "Joan Whitcomb said the ferry would run again.", "“It will run,” Joan Whitcomb said.",
            "Joan Whitcomb, the ferry's owner, said so.",
        ]
        #expect(report(texts, date: { _ in "2024-03-01" }).findings.isEmpty)
    }

    @Test func aCurlyOrStraightApostropheIsTypographyNotATypo() {
        // Four outlets print one harbour master's name, two with a curly apostrophe and two with
        // a straight one, and quote the same line: no spelling finding and no speaker conflict.
        let texts = [
            "“The harbour will reopen within two weeks,” harbour master Colm O’Rourke said on Monday.",
            "“The harbour will reopen within two weeks,” harbour master Colm O'Rourke said on Monday.",
            "Colm O’Rourke, the harbour master, said: “The harbour will reopen within two weeks.”",
            "Colm O'Rourke said: “The harbour will reopen within two weeks.”",
        ]
        let report = report(texts, outlet: { ["Reuters", "AFP", "Kyodo", "Jiji Press"][$0] }, date: { _ in "2024-03-04" })
        #expect(report.findings.isEmpty)
        // The speaker index lists him once, under the spelling met first.
        #expect(report.corpus.speakers.entries.map(\.name) == ["Colm O’Rourke"])
        #expect(report.corpus.speakers.entries.first?.count == 4)
    }

    @Test func anArticleThatSpellsANameTwoWaysInItsOwnProseIsReported() {
        let text = """
        Harbour sale questioned

        The lot was owned by Abdulhadi Yildirim, a local trader, records show.

        Land records indicate that a company owned by Adbulhadi Yildirim sold the lot a day later.
        """
        let report = TestSupport.checker.check([TestSupport.checker.analyse(Article(id: "a.txt", text: text, outlet: "Reuters"))])
        #expect(report.findings.map(\.message)
            == ["“Adbulhadi Yildirim” (Reuters) looks like a misspelling of Abdulhadi Yildirim, as the same article spells it first."])
    }

    @Test func aTitleLineOrAReproducedPostSpellsForItsSource() {
        // The title (Title Case: every word capitalised) and an embedded post are not the
        // article's own prose.
        let text = """
        After Senator Endorsed Dana Ruiz, The Party Split

        The party's leaders said they would Endorse Dana Ruiz at the convention.

        <tweet author="@harbourwatch">Scanner: Farook Sayed seen leaving the port</tweet>

        <tweet author="@portnews">Police name Farook Syed as the man seen leaving</tweet>
        """
        let report = TestSupport.checker.check([TestSupport.checker.analyse(Article(id: "a.txt", text: text, outlet: "Reuters"))])
        #expect(report.findings.isEmpty)
    }
}
