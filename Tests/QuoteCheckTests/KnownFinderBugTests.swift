import QuoteCheckCore
import Testing

/// Finder edge cases first found on the example articles, each on the smallest text that shows
/// it. A check still inside `withKnownIssue` states the right answer for a bug that is not fixed:
/// it fails once the bug is fixed, so that whoever fixes it takes the wrapper off.
@Suite("Finder edge cases")
struct KnownFinderBugTests {
    static let lede = QuoteFinderTests.lede

    @Test("a possessive ’ or ' inside a single-quoted quote does not close it")
    func possessiveInsideSingleQuotes() throws {
        let cases: [(String, String)] = [
            ("‘This is the supporters’ day, and nobody can take it away,’ he said.",
             "This is the supporters’ day, and nobody can take it away,"),
            ("'It is the fans' day,' he said.", "It is the fans' day,"),
        ]
        for (text, quote) in cases {
            #expect(try Fixtures.quotes(Self.lede + text) == [quote], "\(text)")
        }
        // An elision before a capital ("Guns N’ Roses") still closes the quote early.
        let found = try Fixtures.quotes(Self.lede + "‘I grew up on Guns N’ Roses,’ he said.")
        withKnownIssue("an elided N’ before a capital closes a single-quoted quote") {
            #expect(found == ["I grew up on Guns N’ Roses,"])
        }
    }

    @Test("French-spaced guillemets followed by punctuation, and « after an elided d’")
    func frenchSpacedGuillemets() throws {
        let cases: [(String, [String])] = [
            ("The paper called it « un signal clair ».", ["un signal clair"]),
            ("« Nous avons perdu », Favre told RTS.", ["Nous avons perdu"]),
            ("Le journal parle d’« un signal clair » pour Berne.", ["un signal clair"]),
        ]
        for (text, quotes) in cases {
            let records = try Fixtures.extract(Self.lede + text)
            #expect(records.map(\.text) == quotes, "\(text)")
            #expect(records.allSatisfy { !$0.unclosed }, "\(text)")
        }
    }

    @Test("a short first paragraph that opens with a quote is body text, not a title")
    func shortQuoteLede() throws {
        let texts = [
            "“We are not leaving,” the tenants told the council on Monday night.\n\nMore than 60 residents came.",
            "WASHINGTON (AP) — “It’s over,” the senator said Tuesday.\n\nThe vote came after a long debate.",
            // A full 30-word lede with a dateline and a full stop is still within the title's word limit.
            "GENEVA (Reuters) - Foreign Minister Ana Duarte said on Tuesday that talks had reached a “decisive” stage, but warned that neither country could afford another season of delay at sea.\n\nMore followed.",
        ]
        for text in texts {
            let records = try Fixtures.extract(text)
            #expect(records.map(\.kind) == [text.hasPrefix("GENEVA") ? .partial : .direct], "\(text.prefix(40))")
        }
    }

    @Test("a scare-quoted name ending in a naming head noun (“rainy day fund”) is a term")
    func unlistedTermHead() throws {
        let records = try Fixtures.extract(Self.lede + "He said the city would draw on its \"rainy day fund\" for the first time.")
        #expect(records.map(\.kind) == [.term])
    }
}
