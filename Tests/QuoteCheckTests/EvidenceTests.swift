import Foundation
import Testing
@testable import QuoteCheckCore
import Matcher
@testable import QuoteCheckText
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// Evidence in place: each mention of a finding carries the sentence that attributes it, with
/// where the speaker's and the cue's words stand, and the reports show it. The articles are
/// written for this test (an invented town, Orlen).
@Suite struct EvidenceTests {
    static let reuters = """
        Bridge at Orlen to close for repairs

        ORLEN (Reuters) - The old river bridge at Orlen will close for six weeks from next week, the town council said.

        "We cannot keep a bridge open that the engineers have told us is unsafe," Mayor Lena Marsh told reporters at the town hall. "The ferry will run every twenty minutes."

        Marsh said the repairs would cost about 4 million crowns. She added: "Nobody will pay a toll when it reopens."

        Café owner Jérôme Duval was less patient. “We lose half our customers every time the bridge shuts,” he said.
        """

    static let afp = """
        Orlen bridge shuts as council orders repairs

        ORLEN, March 3 (AFP) - Orlen's council ordered the river bridge shut after an inspection found cracked girders.

        "We cannot keep a bridge open that the engineers have told us is unsafe," council spokesman Piet Varga said. "The ferry will run every thirty minutes."

        Mayor Lena Marsh said the bridge would reopen in spring. "Nobody will pay a toll when it reopens," Marsh said.
        """

    static let articles = [
        Article(id: "orlen-reuters.txt", text: reuters, outlet: "Reuters", date: "2025-03-03"),
        Article(id: "orlen-afp.txt", text: afp, outlet: "AFP", date: "2025-03-03"),
    ]

    static func report() -> CheckReport {
        TestSupport.checker.check(articles.map { TestSupport.checker.analyse($0) })
    }

    /// The text of an article between scalar offsets.
    static func slice(_ article: Int, _ range: Range<Int>) -> String {
        let scalars = Array(articles[article].text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range]))
    }

    @Test func everyMentionOfAFindingHasTheSentenceThatAttributesIt() throws {
        let report = Self.report()
        #expect(!report.findings.isEmpty)
        for finding in report.findings {
            for evidence in finding.evidence {
                let context = try #require(evidence.context, "\(finding.check) \(evidence.article)")
                // The context is the article's text at its offsets, and holds the mention.
                #expect(Self.slice(evidence.articleIndex, context.start..<context.end) == context.text)
                #expect(context.start <= evidence.start && evidence.end <= context.end)
                #expect(context.text.contains(evidence.text))
            }
        }
    }

    @Test func speakerAndCueWordsAreWhereTheArticleHasThem() throws {
        let report = Self.report()
        let conflict = try #require(report.findings.first { $0.check == .speakerConflict })
        let marsh = try #require(conflict.evidence.first { $0.article == "orlen-reuters.txt" })
        let context = try #require(marsh.context)
        #expect(context.text == #""We cannot keep a bridge open that the engineers have told us is unsafe," Mayor Lena Marsh told reporters at the town hall."#)
        #expect(Self.slice(0, try #require(context.speakerWords)) == "Mayor Lena Marsh")
        #expect(Self.slice(0, try #require(context.cueWords)) == "told")
        #expect(marsh.cue == "told" && marsh.speakerRule == "cue-after-quote/name" && marsh.confidence == .high)
        let varga = try #require(conflict.evidence.first { $0.article == "orlen-afp.txt" })
        #expect(Self.slice(1, try #require(varga.context?.speakerWords)) == "council spokesman Piet Varga")
    }

    /// A quote that continues the speaker of the sentence before shows that sentence, which
    /// names the speaker, and no cue.
    @Test func aContinuationShowsTheSentenceThatNamesTheSpeaker() throws {
        let report = Self.report()
        let finding = try #require(report.findings.first { $0.evidence.contains { $0.text.contains("thirty minutes") } })
        let ferry = try #require(finding.evidence.first { $0.article == "orlen-afp.txt" })
        #expect(ferry.speakerRule == "continuation" && ferry.cue == nil)
        let context = try #require(ferry.context)
        #expect(context.text.hasPrefix(#""We cannot keep"#) && context.text.hasSuffix(#"every thirty minutes.""#))
        #expect(Self.slice(1, try #require(context.speakerWords)) == "council spokesman Piet Varga")
        #expect(context.cueWords == nil)
    }

    @Test func offsetsCountUnicodeScalarsAsStartAndEndDo() throws {
        // "Café", "Jérôme" and curly quotes stand before Duval's words: bytes and scalars differ.
        let analysis = TestSupport.checker.analyse(Self.articles[0])
        let duval = try #require(analysis.records.first { $0.speakers == ["Jérôme Duval"] })
        let context = try #require(duval.context)
        #expect(Self.slice(0, context.start..<context.end) == "“We lose half our customers every time the bridge shuts,” he said.")
        #expect(Self.slice(0, try #require(context.speakerWords)) == "he")
        #expect(Self.slice(0, try #require(context.cueWords)) == "said")
    }

    @Test func markdownMarksTheQuoteTheSpeakerAndTheCue() {
        let markdown = CheckMarkdownReporter().render(Self.report())
        #expect(markdown.contains(#""<b>We cannot keep a bridge open that the engineers have told us is unsafe,</b>" <i>Mayor Lena Marsh</i> <ins>told</ins> reporters at the town hall."#))
        #expect(markdown.contains("| Attribution | "))
        #expect(markdown.contains("```mermaid"))
    }

    @Test func jsonGivesTheContextAndTheWordsOffsets() throws {
        let data = Data(CheckJSONReporter().render(Self.report()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let conflict = try #require(findings.first { $0["check"] as? String == "speaker-conflict" })
        let mention = try #require((conflict["mentions"] as? [[String: Any]])?.first { $0["article"] as? String == "orlen-reuters.txt" })
        let context = try #require(mention["context"] as? [String: Any])
        #expect((context["text"] as? String)?.hasSuffix("told reporters at the town hall.") == true)
        let speaker = try #require(mention["speakerWords"] as? [String: Int])
        #expect(Self.slice(0, speaker["start"]!..<speaker["end"]!) == "Mayor Lena Marsh")
        let cue = try #require(mention["cueWords"] as? [String: Int])
        #expect(Self.slice(0, cue["start"]!..<cue["end"]!) == "told")
        #expect(mention["confidence"] as? String == "high")
        #expect((mention["rule"] as? [String: Any])?["speaker"] as? String == "cue-after-quote/name")
    }

    /// What an editor reads first: severity, then confidence, then how widely the statement was
    /// carried; not the input order or the rules' check order.
    @Test func findingsAreOrderedBySeverityThenConfidenceThenReach() {
        typealias Story = TestSupport.Story
        typealias Quote = TestSupport.Quote
        let guess = "clause-subject/name", sure = "cue-after-quote/name"
        func story(_ id: String, _ quotes: [Quote]) -> Story { Story(id: id, outlet: id, date: "2025-03-03", quotes: quotes) }
        let low = "The repairs will be quick and the costs will be shared fairly between the town and the state"
        let high = "The new ferry timetable starts on Monday and runs until the bridge opens again in spring"
        let wide = "Every school bus will take the long road through Haldem until the spring thaw is over"
        let report = TestSupport.check([
            story("One", [Quote(text: low, speakers: ["Ana Duarte"], rule: guess), Quote(text: high, speakers: ["Lena Marsh"], rule: sure),
                          Quote(text: wide, speakers: ["Piet Varga"], rule: sure)]),
            story("Two", [Quote(text: low.replacingOccurrences(of: "quick", with: "swift"), speakers: ["Ana Duarte"], rule: sure),
                          Quote(text: high.replacingOccurrences(of: "starts", with: "begins"), speakers: ["Lena Marsh"], rule: sure),
                          Quote(text: wide, speakers: ["Piet Varga"], rule: sure)]),
            story("Three", [Quote(text: wide.replacingOccurrences(of: "road", with: "route"), speakers: ["Piet Varga"], rule: sure)]),
        ])
        let drifts = report.findings.filter { $0.check == .wordingDrift }
        #expect(drifts.count == 3, "\(report.findings.map(\.message))")
        #expect(drifts.map(\.confidence) == [.high, .high, .low])
        #expect(drifts.map { $0.evidence.map(\.text).contains(wide) } == [true, false, false], "\(drifts.map(\.message))")
    }
}

/// The sentence finder on its own: which sentences a mention's context takes, and where it
/// cuts a paragraph that does not end.
@Suite struct MentionContextFinderTests {
    static let finder = MentionContextFinder(rules: TestSupport.rules)

    /// The context of the first occurrence of `mention` in `text`, with speaker and cue words
    /// given as their first occurrences (nil when not given).
    static func context(_ text: String, _ mention: String, speaker: String? = nil, cue: String? = nil) -> MentionContext {
        let bytes = Array(text.utf8)
        func range(_ part: String?) -> Range<Int>? {
            guard let part, let found = text.range(of: part) else { return nil }
            return text.utf8.distance(from: text.startIndex, to: found.lowerBound)..<text.utf8.distance(from: text.startIndex, to: found.upperBound)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            let lines = Lines.ranges(in: buffer)
            let span = range(mention)!
            return finder.context(of: span, speakerWords: range(speaker), cueWords: range(cue),
                                  paragraph: lines[Lines.index(of: span.lowerBound, lines: lines)], bytes: buffer,
                                  scalars: ScalarIndex(bytes))
        }
    }

    @Test func theSentenceWithTheQuoteAndItsCue() {
        let text = #"The storm passed. "We are safe now," Ana Duarte said on Tuesday. Crews began clearing roads."#
        let found = Self.context(text, "We are safe now,", speaker: "Ana Duarte", cue: "said")
        #expect(found.text == #""We are safe now," Ana Duarte said on Tuesday."#)
        #expect(!found.clippedBefore && !found.clippedAfter)
    }

    @Test func aCueInTheSentenceBeforeIsShownWithIt() {
        let text = #"Ana Duarte spoke first. She said: "We are safe now." Crews began clearing roads. Then the rain came."#
        let found = Self.context(text, "We are safe now.", speaker: "She", cue: "said")
        #expect(found.text == #"She said: "We are safe now.""#)
    }

    /// A cue in another paragraph (or none at all): the sentences either side of the quote.
    @Test func aCueElsewhereGivesTheSentencesAround() {
        let text = "Ana Duarte spoke for an hour.\n\nThe storm passed. \"We are safe now.\" Crews began clearing roads. Then the rain came."
        let found = Self.context(text, "We are safe now.", speaker: "Ana Duarte")
        #expect(found.text == #"The storm passed. "We are safe now." Crews began clearing roads."#)
        #expect(found.speakerWords == 0..<10)
    }

    @Test func aParagraphThatDoesNotEndIsCutAtASpaceAndSaysSo() {
        let filler = Array(repeating: "and the water kept rising", count: 40).joined(separator: " ")
        let text = "\(filler) \"We are safe now\" said Ana Duarte \(filler)"
        let found = Self.context(text, "We are safe now", speaker: "Ana Duarte", cue: "said")
        #expect(found.clippedBefore && found.clippedAfter)
        #expect(found.text.utf8.count <= 2 * MentionContextFinder.reach + 40)
        #expect(found.text.contains(#""We are safe now" said Ana Duarte"#))
        #expect(!found.text.hasPrefix(" ") && !found.text.hasSuffix(" "))
    }

    /// Thousands of quotes in one paragraph: each context is read near its quote, so the whole
    /// article costs about what its text does.
    @Test func aParagraphOfThousandsOfQuotesStaysBounded() {
        let text = String(repeating: #"“We will not leave the harbour until the water goes down,” she said, "#, count: 2_000)
        let article = Article(id: "many.txt", text: text)
        let analysis = TestSupport.checker.analyse(article)
        let contexts = analysis.records.compactMap(\.context)
        #expect(contexts.count == 2_000)
        // The quote and its cue, and at most `reach` bytes either side.
        #expect(contexts.allSatisfy { $0.text.utf8.count <= 2 * MentionContextFinder.reach + 80 })
    }
}
