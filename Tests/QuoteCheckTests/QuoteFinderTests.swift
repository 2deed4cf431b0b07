@testable import QuoteCheckCore
import Testing
@testable import QuoteCheckText
@testable import QuoteCheckExtraction

/// Quote finding on small texts written for one behaviour each.
@Suite("Quote finder")
struct QuoteFinderTests {
    /// A first paragraph long enough not to be taken for a title, so that the paragraphs after it
    /// are classified as body text.
    static let lede = "Ministers from both countries met in Geneva on Tuesday for a second round of talks on the fishing zone that each of them claims in full.\n\n"

    /// The finder passes over bytes eight at a time; it must stop at exactly the byte the
    /// per-byte table would, wherever the mark falls in a word and whatever surrounds it.
    @Test("the mark-start scanner stops where a byte-by-byte scan would")
    func markStartScanner() throws {
        let marks = try Fixtures.rules().marks
        let scanner = MarkStartScanner(marks: marks)
        let text = "plain words, then “curly” and 'straight' and ``tex'' and «guillemets» — "
            + "an apostrophe’s dash – é, ñ and 12\" pipe; " + String(repeating: "x", count: 40) + "\""
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                for end in [buffer.count, min(buffer.count, start + 5), min(buffer.count, start + 13)] where end >= start {
                    let expected = (start..<end).first { marks.startsMark[Int(buffer[$0])] != 0 } ?? end
                    #expect(scanner.next(from: start, to: end, in: buffer) == expected, "from \(start) to \(end)")
                }
            }
        }
    }

    /// Flanking classifies ASCII neighbours by arithmetic; it must agree with the character
    /// classes it stands for (the line's edge counting as space) for every pair of neighbours.
    @Test("flanking agrees with the character classes for ASCII and other neighbours")
    func flankingClasses() {
        let samples: [Unicode.Scalar?] = [nil] + (0..<128).compactMap { Unicode.Scalar($0) }
            + ["é", "—", "“", "’", "\u{A0}", "€", "中", "Ж", "…"]
        for previous in samples {
            for next in samples {
                let spaceBefore = UTF8Scan.isSpace(previous), spaceAfter = UTF8Scan.isSpace(next)
                let punctBefore = previous.map(Flanking.isPunctuation) ?? false
                let punctAfter = next.map(Flanking.isPunctuation) ?? false
                let flank = Flanking(previous: previous, next: next)
                let expected = (left: !spaceAfter && (!punctAfter || spaceBefore || punctBefore),
                                right: !spaceBefore && (!punctBefore || spaceAfter || punctAfter),
                                wordAfter: UTF8Scan.isLetterOrDigit(next), wordBefore: UTF8Scan.isLetterOrDigit(previous))
                #expect(flank.left == expected.left && flank.right == expected.right
                        && flank.wordAfter == expected.wordAfter && flank.wordBefore == expected.wordBefore,
                        "\(String(describing: previous)) | \(String(describing: next))")
            }
        }
    }

    struct MarkCase: CustomTestStringConvertible, Sendable {
        let style: String
        let text: String
        let quotes: [String]
        var testDescription: String { style }
    }

    static let markStyles: [MarkCase] = [
        MarkCase(style: "curly double “ ”", text: "“We are ready,” Duarte said, calling the deal “fair”.",
                 quotes: ["We are ready,", "fair"]),
        MarkCase(style: "curly single ‘ ’", text: "‘We are ready,’ Moore said of the ‘big night’.",
                 quotes: ["We are ready,", "big night"]),
        MarkCase(style: "straight double \"", text: #""We are ready," Whitfield said. "Count on it.""#,
                 quotes: ["We are ready,", "Count on it."]),
        MarkCase(style: "straight single '", text: "'We are ready,' she said of the 'rainy day' plan.",
                 quotes: ["We are ready,", "rainy day"]),
        MarkCase(style: "`` and ''", text: "``We expected a bad year,'' Brunner said of the ``double blow''.",
                 quotes: ["We expected a bad year,", "double blow"]),
        MarkCase(style: "guillemets « »", text: "«Nous avons perdu», Favre said, and Le Temps saw « un signal clair » there.",
                 quotes: ["Nous avons perdu", "un signal clair"]),
        MarkCase(style: "German „ “", text: "The paper called it „ein Lehrstück“ and moved on.",
                 quotes: ["ein Lehrstück"]),
        MarkCase(style: "reversed curly ” ”", text: "He called the rules ”unworkable” on Friday.",
                 quotes: ["unworkable"]),
    ]

    @Test("each mark style pairs its marks", arguments: markStyles)
    func markStyle(_ example: MarkCase) throws {
        #expect(try Fixtures.quotes(Self.lede + example.text) == example.quotes)
    }

    @Test("apostrophes never open or close a quote")
    func apostrophes() throws {
        let text = Self.lede + """
            Xi’s visit, the two countries' talks and the ’90s boom came up; it isn't over, said a fan of rock ’n’ roll, born in '09.

            ‘Xi’s team isn’t leaving,’ he said of the ’90s-style ‘rock ’n’ roll’ diplomacy.

            "The countries' deal isn't dead," said O'Brien, who joined in '08.
            """
        #expect(try Fixtures.quotes(text) == [
            "Xi’s team isn’t leaving,", "rock ’n’ roll", "The countries' deal isn't dead,",
        ])
    }

    @Test("a straight mark inside a markup tag delimits an attribute's value, not a quote")
    func markupAttributes() throws {
        let text = Self.lede + """
            The mayor posted a reply within minutes.

            <tweet tweet-author="@MayorRuiz" tweet-date="May 3, 2016">We will not sell the port. "Never," as I said.<tweet/>

            He called the plan "a <b>bold</b> gamble" and left; 3 < 4 and "five" > 2.
            """
        #expect(try Fixtures.quotes(text) == ["Never,", "a <b>bold</b> gamble", "five"])
    }

    @Test("a quote left open at a paragraph's end and reopened in the next is one quote per paragraph")
    func multiParagraph() throws {
        let text = Self.lede + """
            “The lads deserved it,” Moore said. “When Tomás went through I couldn’t watch.

            “Then the place went up.

            “I’ll remember it until I die.”

            Reyes said he had “no idea” where it went.
            """
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == [
            "The lads deserved it,", "When Tomás went through I couldn’t watch.", "Then the place went up.",
            "I’ll remember it until I die.", "no idea",
        ])
        #expect(records.map(\.continued) == [false, false, true, true, false])
        #expect(records.map(\.unclosed) == [false, false, false, false, false])
        #expect(records.map(\.kind) == [.direct, .direct, .direct, .direct, .partial])
    }

    @Test("straight marks also continue over paragraphs")
    func multiParagraphStraight() throws {
        let text = Self.lede + "\"We closed a bigger gap in '09. Nobody lost a job.\n\n\"Nobody will this year either,\" Whitfield said."
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["We closed a bigger gap in '09. Nobody lost a job.", "Nobody will this year either,"])
        #expect(records.map(\.continued) == [false, true])
        #expect(records.map(\.unclosed) == [false, false])
    }

    @Test("an unclosed quote is closed at its paragraph's end, flagged, and the article goes on")
    func unclosed() throws {
        let text = Self.lede + """
            “You were not a desperate man,” the judge said. “You were a comfortable man who wanted more.

            Keogh did not react. His barrister said he was “deeply ashamed” of it.
            """
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["You were not a desperate man,", "You were a comfortable man who wanted more.", "deeply ashamed"])
        #expect(records.map(\.unclosed) == [false, true, false])
        #expect(records.map(\.continued) == [false, false, false])
        // Closed at the paragraph's end: the span stops before the line break.
        let paragraphEnd = text.unicodeScalars.firstIndex(of: "\n\n".unicodeScalars.first!)
        #expect(records[1].end < text.unicodeScalars.count)
        #expect(paragraphEnd != nil)
        #expect(Array(text.unicodeScalars)[records[1].end] == "\n")
    }

    @Test("an opening mark of the same family, with the first quote still open, closes the first one")
    func reopenedBeforeClosing() throws {
        let records = try Fixtures.extract(Self.lede + "He said “we will act and then “we will see,” she added.")
        #expect(records.map(\.text) == ["we will act and then", "we will see,"])
        #expect(records.map(\.unclosed) == [true, false])
    }

    @Test("a nested quote stays inside the outer one and is not reported on its own")
    func nested() throws {
        let text = Self.lede + """
            “I told him, ‘Karim, if we leave without a text, the boats decide,’ and he agreed,” she added.

            ‘He said, “Gaffer, I’m going to score,” and I laughed,’ Moore said.

            "When the mayor says 'manageable,' I hear 'we'll raise your taxes,'" said Jiménez.

            “This is what we call ‘the Geneva formula,’” she said.
            """
        #expect(try Fixtures.quotes(text) == [
            "I told him, ‘Karim, if we leave without a text, the boats decide,’ and he agreed,",
            "He said, “Gaffer, I’m going to score,” and I laughed,",
            "When the mayor says 'manageable,' I hear 'we'll raise your taxes,'",
            "This is what we call ‘the Geneva formula,’",
        ])
    }

    @Test("an inner quote left open dies with its outer quote")
    func unclosedInner() throws {
        #expect(try Fixtures.quotes(Self.lede + "“They called it ‘a plan and left,” he said.") == ["They called it ‘a plan and left,"])
    }

    /// Issue 17: a pair of backticks (or straight marks) inside a “…” quote opened an inner
    /// quote of the same family, which was taken for the outer quote's lost close: the quote
    /// was cut at the inner one and its tail lost.
    @Test("another mark of the same family inside a quote nests; the outer quote keeps its tail")
    func sameFamilyMarkNests() throws {
        #expect(try Fixtures.quotes(Self.lede + "“Run ``make check`` before you push,” the engineer said.")
                == ["Run ``make check`` before you push,"])
        #expect(try Fixtures.quotes(Self.lede + "“He called it \"a good start\" today,” she said.")
                == ["He called it \"a good start\" today,"])
        // A nested mark left open does not take the outer quote's closing mark: a closer pairs
        // with the innermost open quote of the same mark, then of the same family.
        #expect(try Fixtures.quotes(Self.lede + "\"The quay will reopen ``` within two weeks,\" Piet Olsen said.")
                == ["The quay will reopen ``` within two weeks,"])
        #expect(try Fixtures.quotes(Self.lede + "“Run ``make`` now,” he said of ``it''.") == ["Run ``make`` now,", "it"])
        // The same mark opening again is still a lost close.
        #expect(try Fixtures.quotes(Self.lede + "“We lost, he said. “We will be back,” she added.")
                == ["We lost, he said.", "We will be back,"])
    }

    @Test("marks are paired whatever punctuation stands beside them")
    func punctuationAround() throws {
        let text = Self.lede + "He called it (“a disgrace”) and anti-\"woke\" nonsense; “Why?” she asked — “because.”"
        #expect(try Fixtures.quotes(text) == ["a disgrace", "woke", "Why?", "because."])
    }

    @Test("CRLF line ends are paragraph ends and never part of a quote")
    func crlf() throws {
        let text = Self.lede.replacingOccurrences(of: "\n", with: "\r\n")
            + "“First,” he said.\r\n\r\n“The second part runs on.\r\n\r\n“And ends here,” she said.\r\n"
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["First,", "The second part runs on.", "And ends here,"])
        #expect(records.map(\.continued) == [false, false, true])
        #expect(records.allSatisfy { !$0.text.contains("\r") })
    }

    @Test("no-break spaces inside French guillemets are trimmed from the quote")
    func noBreakSpaces() throws {
        let text = Self.lede + "Le Temps y voit «\u{00A0}un signal clair\u{00A0}» pour Berne, et «\u{202F}une leçon\u{202F}» aussi."
        #expect(try Fixtures.quotes(text) == ["un signal clair", "une leçon"])
    }

    @Test("an empty quote pair and stray closers yield nothing and break nothing")
    func emptyAndStray() throws {
        let text = Self.lede + "He wrote “” and then a stray ” mark; later he said “yes”."
        #expect(try Fixtures.quotes(text) == ["yes"])
        #expect(try Fixtures.quotes("") == [])
        #expect(try Fixtures.quotes("“") == [])
    }
}
