import QuoteCheckCore
import Testing
@testable import QuoteCheckText
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// Line roles (title, body headline, bullet, furniture) and the kinds they give quotes.
@Suite("Layout and kinds")
struct KindAndLayoutTests {
    func roles(_ text: String) throws -> [ArticleLayout.Role] {
        let rules = try Fixtures.rules()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ArticleLayout(bytes: $0, rules: rules).roles }
    }

    @Test("an abbreviation's stop ends no sentence, whatever its case; nor does an initial's, accented or not")
    func abbreviationsAndInitials() throws {
        let splitter = try Fixtures.rules().sentenceSplitter
        let text = "SEN. Ortiz met Dr. Lee and J. Ruiz. Then the U.S. envoy left. É. Durand stayed. So did Ann."
        let bytes = Array(text.utf8)
        let sentences = splitter.sentences(in: bytes, range: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(sentences == ["SEN. Ortiz met Dr. Lee and J. Ruiz.", "Then the U.S. envoy left.", "É. Durand stayed.", "So did Ann."])
    }

    /// The search for a stop goes sixteen bytes at a time: a boundary must be found wherever it
    /// falls in a block, and none where the only stop belongs to an abbreviation.
    @Test("a sentence boundary is found at every position of a long range, each stop mark alike")
    func boundaryAtEveryPosition() throws {
        let splitter = try Fixtures.rules().sentenceSplitter
        func hasBoundary(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { splitter.hasBoundary(0..<$0.count, in: $0) }
        }
        for stop in [".", "?", "!"] {
            for position in 0..<40 {
                let before = String(repeating: "a", count: position)
                #expect(hasBoundary(before + stop + " Then more words follow here"), "\(stop) at \(position)")
                #expect(!hasBoundary(before + stop + " then more words follow here"), "\(stop) at \(position), lower case after")
            }
        }
        #expect(!hasBoundary("We met Dr. Lee and Sen. Ortiz after the long and windy vote"))
    }

    @Test("page furniture lines are skipped, and the title after them is still the title")
    func boilerplate() throws {
        let text = """
              • narrow-browser-and-phone
              • landscape-tablet-and-above
            Rovers end long wait with ‘greatest night’
            0 : 0
            Reyes struck late as Rovers won the title, and the manager said it was ‘like a concert’.
            """
        #expect(try roles(text) == [
            .boilerplate("layout-class-names"), .boilerplate("layout-class-names"), .title,
            .boilerplate("score-widget"), .text,
        ])
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["greatest night", "like a concert"])
        #expect(records.map(\.kind) == [.headline, .partial])
    }

    @Test("a quote left open before a furniture line does not run on past it")
    func furnitureEndsAQuote() throws {
        let text = KindAndLayoutTests.lede + "“The lads were great.\n0 : 0\n“Then it ended,” he said."
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["The lads were great.", "Then it ended,"])
        #expect(records.map(\.continued) == [false, false])
        #expect(records.map(\.unclosed) == [true, false])
    }

    static let lede = QuoteFinderTests.lede

    @Test("quotes in the title and in headlines set into the body are headlines; summary bullets are text")
    func headlines() throws {
        let text = """
            Mayor Calls Budget Gap 'Manageable' as Council Delays Vote
            - Chief executive says the firm "isn't cutting" research
            • Officials pledged to ‘act now’ on the gap
            The mayor said on Tuesday that the gap was "manageable" and that nobody would lose a job over it this year.
            Ski resorts brace for ‘snowless winters’ as Alps warm
            Brunner called it a “double blow” for the resorts, which rely on the winter season.
            """
        #expect(try roles(text) == [.title, .bullet, .bullet, .text, .headline, .text])
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["Manageable", "isn't cutting", "act now", "manageable", "snowless winters", "double blow"])
        #expect(records.map(\.kind) == [.headline, .partial, .partial, .partial, .headline, .partial])
    }

    @Test("a long first line is body text, not a title")
    func noTitle() throws {
        let text = "GENEVA (Reuters) - Portuguese Foreign Minister Ana Duarte said on Tuesday that talks with Morocco on a shared fishing zone had reached a “decisive” stage, but warned that neither country could afford another season of delay at sea.\n\nMore followed."
        let records = try Fixtures.extract(text)
        #expect(records.map(\.kind) == [.partial])
    }

    struct KindCase: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: QuoteKind
        var testDescription: String { "\(kind): \(text)" }
    }

    static let kindCases: [KindCase] = [
        KindCase(text: "“We have spent three years on four pages,” Duarte told reporters.", kind: .direct),
        KindCase(text: "Bennani told reporters: “The door is open.”", kind: .direct),
        KindCase(text: "Gallagher said, “The scheme ran for years.”", kind: .direct),
        KindCase(text: "Lopes said that “if this fails, boats will sink. Nobody will rescue them.”", kind: .direct),
        KindCase(text: "Duarte wanted a deal that was “fair to the people who go out to sea” in the end.", kind: .partial),
        KindCase(text: "The two described the talks as “frank, difficult and necessary” on Friday.", kind: .partial),
        KindCase(text: "Bennani called for a “joint inspection mechanism” before any signature.", kind: .term),
        KindCase(text: "Officials accused rivals of “Cold War” thinking.", kind: .term),
        KindCase(text: "Prosecutors said he bought a racehorse named ‘Quiet Money’.", kind: .term),
        KindCase(text: "She described the plan as a “code of conduct” for all boats.", kind: .term),
    ]

    @Test("direct, partial and term quotes in body text", arguments: kindCases)
    func kinds(_ example: KindCase) throws {
        let records = try Fixtures.extract(Self.lede + example.text)
        #expect(records.count == 1)
        #expect(records.first?.kind == example.kind)
    }

    @Test("a quote that continues the previous paragraph is direct")
    func continuationIsDirect() throws {
        let records = try Fixtures.extract(Self.lede + "“We will not stop digging.\n\n“every team knows it,” Zhou said.")
        #expect(records.map(\.kind) == [.direct, .direct])
    }
}
