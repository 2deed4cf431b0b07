import Testing
@testable import QuoteCheckCore
import QuoteCheckText
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck

/// The checks on quote records built by hand, as attribution will give them.
@Suite struct CheckTests {
    typealias Story = TestSupport.Story
    typealias Quote = TestSupport.Quote

    let mori = ["Kenji Mori"]
    let long = "We will not raise the port fees unless the insurers walk away from the harbour."

    @Test func sameWordsFromDifferentOutletsRaiseNothing() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "“The harbour will reopen to container traffic within two weeks,”", speakers: mori)]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "The harbor will reopen to container traffic within two weeks.", speakers: mori)]),
            Story(id: "c", outlet: "Kyodo", quotes: [Quote(text: "the harbour will reopen to container traffic within two weeks", speakers: ["Mori"])]),
        ])
        #expect(report.findings.isEmpty)
        #expect(report.statements.count == 1)
        #expect(report.statements[0].outlets == ["Reuters", "AFP", "Kyodo"])
    }

    @Test func speakerConflict() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "The harbour will reopen to container traffic within two weeks.", speakers: ["Anna Lind"])]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "The harbour will reopen to container traffic within two weeks.", speakers: ["Piet Olsen"])]),
        ])
        #expect(TestSupport.checks(report) == ["speaker-conflict:error"])
        #expect(report.findings[0].evidence.map(\.speakers) == [["Anna Lind"], ["Piet Olsen"]])
        #expect(report.findings[0].message.contains("Anna Lind (Reuters) vs Piet Olsen (AFP)"))
        #expect(!report.findings[0].message.contains("differ too"))
        #expect(report.findings[0].diff == nil)
    }

    /// An outlet that gives a line to someone else often rewords it too: the one finding says
    /// both, and carries the word diff, where the two sides differ as drift would count.
    @Test func speakerConflictSaysHowTheWordsDifferToo() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Xinhua", quotes: [Quote(text: "Japan has no right to make irresponsible remarks on this matter.", speakers: ["Lin Wei"])]),
            Story(id: "b", outlet: "China Daily", quotes: [Quote(text: "Japan has no right to make any remarks on this matter.", speakers: ["Wang Yi"])]),
        ])
        #expect(TestSupport.checks(report) == ["speaker-conflict:error"])
        #expect(report.findings[0].message.hasSuffix("The words differ too: “irresponsible” → “any”."))
        #expect(report.findings[0].diff != nil)
    }

    @Test func unknownSpeakerIsNoConflict() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "The harbour will reopen to container traffic within two weeks.", speakers: ["Anna Lind"])]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "The harbour will reopen to container traffic within two weeks.")]),
        ])
        #expect(report.findings.isEmpty)
    }

    /// "JCS" for "Joint Chiefs of Staff", "Joint Chiefs" short of its "of": one body, two forms.
    @Test(arguments: [(["JCS"], ["Joint Chiefs of Staff"]), (["Joint Chiefs of Staff"], ["Joint Chiefs"])])
    func aBodysShortFormAndItsNameAreNoConflict(_ short: [String], _ full: [String]) {
        let line = "Our military is maintaining a full readiness posture in close cooperation with its allies."
        let report = TestSupport.check([
            Story(id: "a", outlet: "Yonhap", quotes: [Quote(text: line, speakers: short)]),
            Story(id: "b", outlet: "BBC", quotes: [Quote(text: line, speakers: full)]),
        ])
        #expect(report.findings.isEmpty)
    }

    @Test func driftOnNumberNegationOrNameIsAnError() {
        for (a, b) in [
            ("We will send 300 engineers to the flooded districts this week.", "We will send 3,000 engineers to the flooded districts this week."),
            ("We will not rebuild the sea wall at the old height this year.", "We will rebuild the sea wall at the old height this year."),
            ("We thank Kessel and its people for their patience this week.", "We thank Arnheim and its people for their patience this week."),
        ] {
            let report = TestSupport.check([
                Story(id: "a", outlet: "Reuters", quotes: [Quote(text: a, speakers: mori)]),
                Story(id: "b", outlet: "AFP", quotes: [Quote(text: b, speakers: mori)]),
            ])
            #expect(TestSupport.checks(report) == ["wording-drift:error"], "\(a) / \(b)")
            #expect(report.findings.first?.diff != nil)
        }
    }

    @Test func otherDriftIsAWarningAndShowsTheDiff() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "The repairs will be quick and the costs will be shared fairly.", speakers: mori)]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "The repairs will be swift and the costs will be shared fairly.", speakers: mori)]),
        ])
        #expect(TestSupport.checks(report) == ["wording-drift:warning"])
        let diff = report.findings[0].diff!
        #expect(diff.segments.contains(.removed("quick")) && diff.segments.contains(.added("swift")))
    }

    /// One change made in several places is said once, with how often.
    @Test func aRepeatedChangeIsSaidOnce() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "This is a compromise nobody loves but everybody can live with.", speakers: mori)]),
            Story(id: "b", outlet: "AP", quotes: [Quote(text: "This is a compromise that nobody loves but that everybody can live with.", speakers: mori)]),
        ])
        #expect(TestSupport.checks(report) == ["wording-drift:warning"])
        #expect(report.findings[0].message.contains("“that” added twice (no negation"), "\(report.findings[0].message)")
    }

    @Test func punctuationQuoteStyleSpellingAndMarkedOmissionsAreNotDrift() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "Our defence forces don't need more ships, they need more harbour cranes and more time.", speakers: mori)]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "‘our defense forces do not need more ships – they need more harbor cranes … and more time’", speakers: mori)]),
            Story(id: "c", outlet: "AP", quotes: [Quote(text: "Our defence forces don't need more ships … [they] need more harbour cranes and more time.", speakers: mori)]),
        ])
        #expect(report.findings.isEmpty)
    }

    @Test func truncatedDirectQuoteIsFlagged() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: long, speakers: mori)]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "We will not raise the port fees.", speakers: mori)]),
        ])
        #expect(TestSupport.checks(report) == ["truncated-quote:warning"])
        #expect(report.findings[0].evidence.map(\.outlet) == ["Reuters", "AFP"])
        #expect(report.findings[0].message.contains("unless the insurers walk away from the harbour"))
    }

    @Test func partialQuotesSentenceCutsEllipsesAndSplitQuotesAreNotTruncation() {
        let cases: [[Quote]] = [
            [Quote(text: "not raise the port fees unless", speakers: mori, kind: .partial)],
            [Quote(text: "We will not raise the port fees …", speakers: mori)],
            [Quote(text: "We will not raise the port fees,", speakers: mori),
             Quote(text: "unless the insurers walk away from the harbour.", speakers: mori)],
        ]
        for quotes in cases {
            let report = TestSupport.check([
                Story(id: "a", outlet: "Reuters", quotes: [Quote(text: long, speakers: mori)]),
                Story(id: "b", outlet: "AFP", quotes: quotes),
            ])
            #expect(report.findings.isEmpty, "\(quotes.map(\.text))")
        }
        let sentences = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: "We will not raise the port fees this year. The insurers have promised to stay.", speakers: mori)]),
            Story(id: "b", outlet: "AFP", quotes: [Quote(text: "We will not raise the port fees this year.", speakers: mori)]),
        ])
        #expect(sentences.findings.isEmpty)
    }

    @Test func truncationNeedsAnotherOutlet() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [Quote(text: long, speakers: mori)]),
            Story(id: "b", outlet: "Reuters", quotes: [Quote(text: "We will not raise the port fees.", speakers: mori)]),
        ])
        #expect(report.findings.isEmpty)
    }

    @Test("a remark the article dates 'last month' is compared with the articles of that month")
    func pastTimeDatesTheRemark() {
        let original = """
        Harbour towns are emptying, the mayor warned.

        "Families are leaving the harbour towns because the ferries are slow and the fares are far too high for them," Mayor Ana Ruiz said on Sunday.
        """
        func later(_ when: String) -> String {
            """
            The ferry company has raised its fares again.

            "The ferries are slow and the fares are far too high for them," Ruiz said \(when). The company did not reply.
            """
        }
        func report(_ when: String) -> CheckReport {
            let articles = [Article(id: "a.txt", text: original, outlet: "Reuters", date: "2024-11-25"),
                            Article(id: "b.txt", text: later(when), outlet: "AFP", date: "2024-12-20")]
            return TestSupport.checker.check(articles.map { TestSupport.checker.analyse($0) })
        }
        // Said "last month" in an article of 20 December: the remark of 24 November, cut.
        #expect(TestSupport.checks(report("last month")) == ["truncated-quote:warning"])
        // Undated, the line is taken as said again on the article's day: another occasion.
        #expect(report("at the launch").findings.isEmpty)
        // "last week" dates it to December: still another occasion.
        #expect(report("last week").findings.isEmpty)
    }

    @Test("a line given in a speech and reused in an email is said twice: its words are not compared")
    func speechAndEmailAreTwoOccasions() {
        let speech = """
        The senator spoke to supporters in Santa Fe on Tuesday night.

        Sanchez delivered a speech that was both defiant and warm.

        She said that "our fight is to rebuild this state and to understand that we are in this together."
        """
        func email(_ how: String) -> String {
            """
            The senator is not giving up.

            "Our fight is to rebuild our state and to understand that we are in this together," she said \(how).
            """
        }
        func report(_ how: String) -> CheckReport {
            let articles = [Article(id: "a.txt", text: speech, outlet: "Reuters", date: "2024-06-05"),
                            Article(id: "b.txt", text: email(how), outlet: "AFP", date: "2024-06-05")]
            return TestSupport.checker.check(articles.map { TestSupport.checker.analyse($0) })
        }
        #expect(report("in a fundraising email").findings.isEmpty)
        // Reported from the speech by both, the changed word is drift.
        #expect(TestSupport.checks(report("in her speech")) == ["wording-drift:warning"])
    }

    @Test func roleConflictOnTheSameDay() {
        let quote = Quote(text: "We will help the fishing towns first.", speakers: ["Tomas Rendel"])
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", date: "2024-03-05", text: "Defence Minister Tomas Rendel visited the port.", quotes: [quote]),
            Story(id: "b", outlet: "AFP", date: "March 5, 2024", text: "Rendel, Velmora's foreign minister, flew in.\nTomas Rendel said more.", quotes: [quote]),
            Story(id: "c", outlet: "AP", date: "2024-09-01", text: "Prime Minister Tomas Rendel opened the bridge.", quotes: [quote]),
        ])
        #expect(TestSupport.checks(report) == ["role-conflict:error"])
        let evidence = report.findings[0].evidence
        #expect(evidence.map(\.text) == ["Defence Minister Tomas Rendel", "Rendel, Velmora's foreign minister"])
        #expect(evidence.map(\.date) == ["2024-03-05", "2024-03-05"])
    }

    @Test func formerTitlesAndUnknownDatesAreNoRoleConflict() {
        let quote = Quote(text: "We will help the fishing towns first.", speakers: ["Tomas Rendel"])
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", date: "2024-03-05", text: "Defence Minister Tomas Rendel visited the port.", quotes: [quote]),
            Story(id: "b", outlet: "AFP", date: "2024-03-05", text: "Former Foreign Minister Tomas Rendel flew in.", quotes: [quote]),
            Story(id: "c", outlet: "AP", text: "Foreign Minister Tomas Rendel opened the bridge.", quotes: [quote]),
        ])
        #expect(report.findings.isEmpty)
    }

    @Test func viaConflictIsInformational() {
        let text = "The harbour will reopen to container traffic within two weeks."
        let report = TestSupport.check([
            Story(id: "a", outlet: "Kyodo", quotes: [Quote(text: text, speakers: mori, via: ["Jiji Press"])]),
            Story(id: "b", outlet: "AP", quotes: [Quote(text: text, speakers: mori, via: ["VTV"])]),
            Story(id: "c", outlet: "AFP", quotes: [Quote(text: text, speakers: mori)]),
        ])
        #expect(TestSupport.checks(report) == ["via-conflict:info"])
        #expect(report.count(atLeast: .warning) == 0 && report.count(atLeast: .info) == 1)
    }

    @Test func findingsAreOrderedBySeverity() {
        let report = TestSupport.check([
            Story(id: "a", outlet: "Reuters", quotes: [
                Quote(text: "The repairs will be quick and the costs will be shared fairly.", speakers: mori),
                Quote(text: "We will send 300 engineers to the flooded districts this week.", speakers: mori),
            ]),
            Story(id: "b", outlet: "AFP", quotes: [
                Quote(text: "The repairs will be swift and the costs will be shared fairly.", speakers: mori),
                Quote(text: "We will send 3,000 engineers to the flooded districts this week.", speakers: mori),
            ]),
        ])
        #expect(TestSupport.checks(report) == ["wording-drift:error", "wording-drift:warning"])
    }
}

@Suite struct TitleAndDateTests {
    @Test func titlesBeforeAndAfterTheName() {
        let finder = TitleFinder(rules: TestSupport.rules)
        let text = "U.S. Defense Secretary Leon Panetta met Liang Guanglie, China's defence minister, and Gov. Lena Ortiz."
        let found = finder.titles(of: ["Leon Panetta", "Liang Guanglie", "Lena Ortiz"], in: Array(text.utf8))
        #expect(found.map(\.role) == ["defence-minister", "defence-minister", "governor"])
        #expect(found.map(\.title) == ["Defense Secretary", "defence minister", "Gov"])
    }

    @Test("titles read through any apostrophe mark, accents and case, hyphens (non-breaking too), and not across a comma")
    func titlesAcrossWritingVariants() {
        let finder = TitleFinder(rules: TestSupport.rules)
        let text = "José Núñez, Spain`s defence minister, met Vice\u{2011}President Ana Ortiz and prime minister, Dan Roe."
        let found = finder.titles(of: ["José Núñez", "Ana Ortiz", "Dan Roe"], in: Array(text.utf8))
        #expect(found.map(\.person) == ["José Núñez", "Ana Ortiz"])
        #expect(found.map(\.title) == ["defence minister", "Vice\u{2011}President"])
        #expect(TitleLexer.words(of: "Ministro de Defensa ÁLVAREZ’s", apostrophes: TestSupport.rules.apostrophes.inWord) == ["ministro", "de", "defensa", "álvarez's"])
    }

    @Test func datesFromMetadataTextAndFileName() {
        let finder = DateFinder(rules: TestSupport.rules.dates)
        #expect(finder.date(of: Article(id: "x", text: "Body", date: "2016-02-07T10:00:00Z"))?.iso == "2016-02-07")
        #expect(finder.date(of: Article(id: "x", text: "Title\n\nKESSEL, 5 March 2024 (AFP) - Text."))?.iso == "2024-03-05")
        #expect(finder.date(of: Article(id: "012_nyt_2016-05-19_story.txt", text: "No date here."))?.iso == "2016-05-19")
        #expect(finder.date(of: Article(id: "x", text: "No date here."))?.iso == nil)
    }
}

/// Interning keeps strings equal while equal strings share one storage.
@Suite struct StringInternerTests {
    static func address(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalLongStringsShareStorageAndStayEqual() {
        var interner = StringInterner()
        let words = ["We", "will", "send", "engineers", "to", "the", "flooded", "districts"]
        let first = words.joined(separator: " ")
        let second = words.joined(separator: " ")
        #expect(Self.address(first) != Self.address(second))
        let (a, b) = (interner.intern(first), interner.intern(second))
        #expect(a == first && b == second)
        #expect(Self.address(a) == Self.address(b))
        // Lists share their strings too.
        let speakers = interner.intern([second, "Anna Lindqvist-Berg"])
        #expect(speakers == [first, "Anna Lindqvist-Berg"])
        #expect(Self.address(speakers[0]) == Self.address(a))
        // Different bytes that Unicode calls equal stay apart: interning never changes a text.
        let composed = interner.intern("Café owners said the rent had doubled")
        let decomposed = interner.intern("Cafe\u{301} owners said the rent had doubled")
        #expect(Array(decomposed.utf8) == Array("Cafe\u{301} owners said the rent had doubled".utf8))
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
    }

    @Test func equalListsHaveEqualNumbers() {
        var interner = StringInterner()
        let lind = interner.numbered(["Anna Lind"]), olsen = interner.numbered(["Piet Olsen"])
        #expect(interner.numbered(["Anna" + " Lind"]).number == lind.number)
        #expect(lind.number != olsen.number && lind.number > 0 && olsen.number > 0)
        #expect(interner.numbered([]).number == 0)
        #expect(interner.numbered(["Anna Lind", "Piet Olsen"]).number != lind.number)
        // Lists equal only up to Unicode normalisation stay apart, as their strings do.
        #expect(interner.numbered(["Jose\u{301} Ruiz"]).number != interner.numbered(["Jos\u{E9} Ruiz"]).number)
    }

    @Test func equalWordListsShareStorage() {
        var interner = StringInterner()
        let first: [UInt64] = (0..<12).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let second = first.map { $0 }
        func address(_ words: [UInt64]) -> UnsafeRawPointer? { words.withUnsafeBytes { $0.baseAddress } }
        #expect(address(first) != address(second))
        let a = interner.intern(first), b = interner.intern(second)
        #expect(a == first && b == first)
        #expect(address(a) == address(b))
        #expect(interner.intern([UInt64]()).isEmpty)
    }
}
