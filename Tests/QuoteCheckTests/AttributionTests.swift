import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// Attribution on short articles written for these tests: each cue position, pronoun and
/// surname resolution, groups, several speakers, continuation, reporting chains and every way an
/// outlet is found.
@Suite struct AttributionTests {
    static var rules: RuleSet { TestSupport.rules }

    func records(_ text: String, outlet: String? = nil) -> [QuoteRecord] {
        Extractor(rules: Self.rules).extract(Article(id: "test", text: text, outlet: outlet))
    }

    func record(_ text: String, quote: String, outlet: String? = nil) throws -> QuoteRecord {
        try #require(records(text, outlet: outlet).first { $0.text == quote }, "no quote '\(quote)'")
    }

    static let harbour = """
    Storm Closes Harbour for a Week

    PORT ELLIS (Reuters) - Harbour Master Joan Whitcombe shut the port on Monday after a storm \
    wrecked two piers, and local fishermen warned of “weeks without income”.

    “We cannot let boats in until the divers have checked every mooring,” Whitcombe said. \
    “That will take days, not hours.”

    Her deputy, Tomas Reyes, told reporters the damage was “worse than in 2009”. He added that \
    insurers had been called in.

    “The town lives on this harbour,” said Mayor Abel Ndiaye. Ndiaye and Whitcombe agreed that \
    the council would pay for a “temporary landing stage” at the beach.

    According to the Port Ellis Gazette, the two had disagreed for years about repairs. The \
    Kyodo news agency reported that Japanese buyers called the delay “deeply worrying”.
    """

    @Test func cueAfterQuoteWithSurname() throws {
        let quote = try record(Self.harbour, quote: "We cannot let boats in until the divers have checked every mooring,")
        #expect(quote.speakers == ["Joan Whitcombe"])
        #expect(quote.cue == "said")
        #expect(quote.kind == .direct)
        #expect(quote.speakerRule?.hasPrefix("cue-after-quote") == true)
    }

    @Test func continuationTakesPreviousSpeakerWithoutCue() throws {
        let quote = try record(Self.harbour, quote: "That will take days, not hours.")
        #expect(quote.speakers == ["Joan Whitcombe"])
        #expect(quote.cue == nil)
        #expect(quote.speakerRule == "continuation")
    }

    @Test func invertedCueAndTitleStripped() throws {
        let quote = try record(Self.harbour, quote: "The town lives on this harbour,")
        #expect(quote.speakers == ["Abel Ndiaye"])
        #expect(quote.cue == "said")
    }

    @Test func cueBeforePartialQuoteAndGroup() throws {
        let quote = try record(Self.harbour, quote: "weeks without income")
        #expect(quote.speakers == ["local fishermen"])
        #expect(quote.cue == "warned")
        #expect(quote.kind == .partial)
    }

    @Test func appositiveNameBeforeCue() throws {
        let quote = try record(Self.harbour, quote: "worse than in 2009")
        #expect(quote.speakers == ["Tomas Reyes"])
        #expect(quote.cue == "told")
    }

    @Test func twoNamedSpeakers() throws {
        let quote = try record(Self.harbour, quote: "temporary landing stage")
        #expect(Set(quote.speakers) == ["Abel Ndiaye", "Joan Whitcombe"])
        #expect(quote.cue == "agreed")
    }

    @Test func agencyReportGivesVia() throws {
        let quote = try record(Self.harbour, quote: "deeply worrying")
        #expect(quote.speakers == ["Japanese buyers"])
        #expect(quote.via == ["Kyodo"])
    }

    @Test func outletFromDateline() throws {
        #expect(records(Self.harbour).allSatisfy { $0.outlet == "Reuters" })
    }

    @Test func outletFromMetadataWinsAndIsCanonical() throws {
        #expect(records(Self.harbour, outlet: "Agence France-Presse").allSatisfy { $0.outlet == "AFP" })
    }

    @Test func outletFromClosingCredit() throws {
        let text = "Officials said the bridge was “safe to use” again. – Agence France-Presse"
        #expect(try record(text, quote: "safe to use").outlet == "AFP")
    }

    @Test("a dateline deep in the text (a digest's second story) does not name the article's publisher")
    func datelineOnlyNearTheTop() throws {
        let filler = (1...8).map { "Paragraph \($0) of the council's own report, with no credit in it." }
        let text = (["Council Digest"] + filler + ["KESSEL (Reuters) - The mayor said the bridge was “safe to use” again."])
            .joined(separator: "\n\n")
        #expect(try record(text, quote: "safe to use").outlet == nil)
        let nearTop = (["Council Digest", "KESSEL (Reuters) - The mayor said the bridge was “safe to use” again."] + filler)
            .joined(separator: "\n\n")
        #expect(try record(nearTop, quote: "safe to use").outlet == "Reuters")
    }

    @Test("a closing credit is read on the last line, after trailing blank lines too")
    func closingCreditOnLastLine() throws {
        let text = "The mayor said the bridge was “safe to use” again.\n\nRepairs start on Monday. – Agence France-Presse\n\n"
        #expect(try record(text, quote: "safe to use").outlet == "AFP")
    }

    @Test func noOutletWhenTextNamesNone() throws {
        #expect(try record("Officials said the bridge was “safe to use” again.", quote: "safe to use").outlet == nil)
    }

    @Test func pronounResolvesToLastSpeaker() throws {
        let text = """
        Finance Minister Carla Benz presented the budget on Tuesday.

        Benz said the deficit would shrink. “We have made hard choices,” she told parliament.
        """
        let quote = try record(text, quote: "We have made hard choices,")
        #expect(quote.speakers == ["Carla Benz"])
        #expect(quote.cue == "told")
        #expect(quote.speakerRule?.hasSuffix("pronoun") == true)
    }

    @Test func pairPhraseResolvesToLastTwoPeople() throws {
        let text = """
        Prime Minister Ivo Marek met President Lea Santos in Vienna.

        Marek said trade was growing. Santos said her country wanted more. The two expressed \
        support for a “joint customs mechanism” by next year.
        """
        let quote = try record(text, quote: "joint customs mechanism")
        #expect(Set(quote.speakers) == ["Ivo Marek", "Lea Santos"])
        #expect(quote.kind == .term)
        #expect(quote.cue == "expressed support")
    }

    @Test func reportingChainThroughAgencyAndDocument() throws {
        let text = """
        Yonhap said Defence Minister Kim Tae-won told the assembly: “Our guard will not drop.”

        Officials held “frank and detailed” talks, according to a statement from the ministry.

        The ministry’s account listed plans to “expand the hotline” this year.
        """
        let first = try record(text, quote: "Our guard will not drop.")
        #expect(first.speakers == ["Kim Tae-won"])
        #expect(first.cue == "told")
        #expect(first.via == ["Yonhap"])
        let second = try record(text, quote: "frank and detailed")
        #expect(second.speakers == ["Officials"])
        #expect(second.cue == "according to")
        #expect(second.via == ["statement from the ministry"])
        let third = try record(text, quote: "expand the hotline")
        #expect(third.via == ["ministry's account"])
        #expect(third.cue == "listed")
    }

    @Test func outletAsSpeakerIsAlsoVia() throws {
        let quote = try record("The state Xinhua news agency said the leaders “held a conversation” on Monday.", quote: "held a conversation")
        #expect(quote.speakers == ["Xinhua"])
        #expect(quote.via == ["Xinhua"])
    }

    @Test func colonLeadInFromPreviousParagraph() throws {
        let text = """
        Coach Dana Whitfield spoke after the match. Whitfield continued:

        “We lost our shape in the second half and paid for it.”
        """
        let quote = try record(text, quote: "We lost our shape in the second half and paid for it.")
        #expect(quote.speakers == ["Dana Whitfield"])
        #expect(quote.cue == "continued")
    }

    @Test func headlineWithoutCueHasNoSpeaker() throws {
        let text = "‘Small but real’ gains for farmers at trade talks\n\nThe talks ended on Friday."
        let quote = try record(text, quote: "Small but real")
        #expect(quote.kind == .headline)
        #expect(quote.speakers.isEmpty)
        #expect(quote.cue == nil)
    }

    @Test func headlineWithCueNamesItsSpeaker() throws {
        let text = "Bank Chief Mara Lind Says Rates Will Stay ‘Higher for Longer’\n\nThe bank met on Thursday."
        let quote = try record(text, quote: "Higher for Longer")
        #expect(quote.speakers == ["Mara Lind"])
    }

    @Test func dashCreditNamesTheSpeaker() throws {
        let text = "Readers wrote in.\n“It was the best season in years.” ― Priya Nair\n“Never again.” ― Owen Hart"
        #expect(try record(text, quote: "It was the best season in years.").speakers == ["Priya Nair"])
        #expect(try record(text, quote: "Never again.").speakers == ["Owen Hart"])
    }

    @Test func transcriptLabelNamesTheSpeaker() throws {
        let text = "The interview went as follows:\n\n\"HOST: Will you run again?\n\n\"GARCIA: I have not decided.\""
        #expect(try record(text, quote: "GARCIA: I have not decided.").speakers == ["GARCIA"])
    }

    @Test func scareQuoteWithoutSourceHasNoSpeaker() throws {
        let quote = try record("The so-called “miracle diet” spread quickly online last year.", quote: "miracle diet")
        #expect(quote.speakers.isEmpty)
        #expect(quote.cue == nil)
    }

    @Test func multiParagraphQuoteSharesItsAttribution() throws {
        let text = """
        Senator Ruth Okonjo spoke for an hour.

        “The bill is a start,” Okonjo said. “But it leaves out the farmers who need it most.

        “We will amend it in committee.”
        """
        let parts = records(text).filter { $0.speakers == ["Ruth Okonjo"] }
        #expect(parts.count == 3)
        let last = try record(text, quote: "We will amend it in committee.")
        #expect(last.continued)
    }

    @Test func explainReportsTheSievesDecisions() throws {
        var lines: [String] = []
        _ = Extractor(rules: Self.rules).extract(Article(id: "t", text: "“Yes,” Ada Obi said.")) { lines.append($0) }
        #expect(lines.contains { $0.contains("cue 'said'") && $0.contains("Ada Obi") })
    }
}
