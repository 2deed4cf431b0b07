import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// Full articles in the agencies' house styles (issue 19), written for these tests: datelines
/// and bylines that name the publisher, a closing source line, and a Foreign Ministry press
/// conference transcript whose speaker labels credit the answers, not the asking outlets.
@Suite struct AgencyArticleTests {
    func records(_ text: String) -> [QuoteRecord] {
        Extractor(rules: TestSupport.rules).extract(Article(id: "a", text: text))
    }

    @Test("the agency's dateline, byline or source line names the article's outlet", arguments: [
        ("Ports reopen after storm\n\nSEOUL, Aug. 2 (Yonhap) -- The port chief said the damage was “limited.”", "Yonhap"),
        ("Ports reopen after storm\n\nTOKYO (Kyodo) -- The port chief said the damage was “limited.”", "Kyodo"),
        ("Ports reopen after storm\n\nBy Global Times | 2022/8/2 22:10:00\n\nThe port chief said the damage was “limited.”", "Global Times"),
        ("Ports reopen after storm\n\nBy LI NA | China Daily | Updated: 2022-08-02 07:20\n\nThe port chief said the damage was “limited.”", "China Daily"),
        ("Ports reopen after storm\n\nThe port chief said the damage was “limited.”\n\nSource: Xinhua", "Xinhua"),
    ])
    func publisher(text: String, outlet: String) {
        let found = records(text)
        #expect(found.count == 1)
        #expect(found.first?.outlet == outlet)
    }

    @Test("a press conference transcript: the spokesperson's label credits the answer, the asking outlet credits nothing")
    func pressConference() throws {
        let text = """
        Foreign Ministry Spokesperson Lin Wei's Regular Press Conference on May 4

        Harbor News Agency: The other side said the drills were “purely defensive.” What is your comment?

        Lin Wei: The so-called “defensive drills” are a provocation. We will take “firm and resolute measures.”

        Q: Will talks resume?

        Lin Wei: I have nothing to add. Our position is “clear and consistent.”
        """
        let found = records(text)
        let asked = try #require(found.first { $0.text == "purely defensive." })
        #expect(!asked.speakers.contains("Harbor News Agency"))
        let label = try #require(found.first { $0.text == "defensive drills" })
        #expect(label.kind == .term)
        for quote in ["firm and resolute measures.", "clear and consistent."] {
            #expect(try #require(found.first { $0.text == quote }).speakers == ["Lin Wei"])
        }
    }

    @Test("two labels in one paragraph each credit their own quote")
    func twoLabelsInOneParagraph() throws {
        let found = records("Ana Ruiz and Tom Brandt both reject the plan.\n\nRuiz: “It will not work.” Brandt: “It cannot work.”")
        #expect(try #require(found.first { $0.text == "It will not work." }).speakers == ["Ana Ruiz"])
        #expect(try #require(found.first { $0.text == "It cannot work." }).speakers == ["Tom Brandt"])
    }
}
