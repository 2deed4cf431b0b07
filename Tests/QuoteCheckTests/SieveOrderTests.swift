import Testing
import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// The body sieve runs the steps rules/speakers.yaml `sieve` lists, in that order.
@Suite struct SieveOrderTests {
    let article = """
        Port votes on sale

        “We will not sell,” said Mayor Rita Vance.

        “The harbour is the town.”
        """

    func speakers(sieve: String?) throws -> [[String]] {
        var rules = try Fixtures.rules()
        if let sieve { try rules.add(yaml: "kind: speakers\nsieve: \(sieve)\n", file: "user/sieve.yaml") }
        return try Extractor(rules: rules).extract(Article(id: "a.txt", text: article)).map(\.speakers)
    }

    @Test("the project's order lets the last speaker go on")
    func projectOrder() throws {
        #expect(try speakers(sieve: nil) == [["Rita Vance"], ["Rita Vance"]])
    }

    @Test("a step left out of the list is not run")
    func stepLeftOut() throws {
        let withoutContinuation = "[dash-credit, dash-colon-credit, cues, verb-after-quote, transcript-label, named-colon, "
            + "colon-subject, speaker-label, lead-in, clause-subject, block-lead-in]"
        #expect(try speakers(sieve: withoutContinuation) == [["Rita Vance"], []])
    }

    @Test("the project's rules list every step once")
    func projectListsEveryStep() throws {
        #expect(try Fixtures.rules().speakers.sieve == SieveStepName.allCases)
    }

    @Test("an unknown or repeated step is named where it stands")
    func badSteps() throws {
        var rules = RuleSet()
        do {
            try rules.add(yaml: "kind: speakers\nsieve: [cues, guesswork]\n", file: "user/s.yaml")
            Issue.record("an unknown step loaded")
        } catch {
            #expect(error.location.file == "user/s.yaml")
            #expect(error.location.line == 2)
            #expect(error.location.column == 15)
            #expect(error.message.contains("unknown sieve step 'guesswork'"))
        }
        do {
            try rules.add(yaml: "kind: speakers\nsieve:\n  - cues\n  - cues\n", file: "user/t.yaml")
            Issue.record("a repeated step loaded")
        } catch {
            #expect(error.location.line == 4)
            #expect(error.message.contains("listed twice"))
        }
    }
}
