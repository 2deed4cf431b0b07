import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckText
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// Each reporter against a snapshot of one fixed report (regenerate with
/// QUOTECHECK_UPDATE_SNAPSHOTS=1 swift test --filter ReporterTests, then review the diff).
@Suite struct ReporterTests {
    typealias Story = TestSupport.Story
    typealias Quote = TestSupport.Quote

    static let report: CheckReport = {
        let rendel = ["Tomas Rendel"]
        return TestSupport.check([
            Story(id: "reuters.txt", outlet: "Reuters", date: "2024-03-05", text: "Defence Minister Tomas Rendel spoke.", quotes: [
                Quote(text: "We will send 300 engineers to the flooded districts this week.", speakers: rendel),
                Quote(text: "We will not raise the port fees unless the insurers walk away.", speakers: rendel),
                Quote(text: "The harbour will reopen to container traffic within two weeks.", speakers: ["Anna Lind"], via: ["VTV"]),
            ]),
            Story(id: "afp.txt", outlet: "AFP", date: "2024-03-05", text: "Foreign Minister Tomas Rendel spoke.", quotes: [
                Quote(text: "We will send 3,000 engineers to the flooded districts this week.", speakers: rendel),
                Quote(text: "We will not raise the port fees.", speakers: rendel),
                Quote(text: "The harbour will reopen to container traffic within two weeks.", speakers: ["Piet Olsen"], via: ["Jiji Press"]),
                Quote(text: "Berths 4|5 are *closed*; see `status` <here> [1] or @kessel_port\nfor updates", speakers: ["Port authority"]),
            ]),
        ])
    }()

    @Test(arguments: ReportFormat.checkFormats)
    func matchesSnapshot(_ format: ReportFormat) {
        let rendered = format.checkReporter()!.render(Self.report)
        let extensions: [ReportFormat: String] = [.markdown: "md", .html: "html", .json: "json", .sarif: "sarif", .github: "txt"]
        let name = "report.\(extensions[format]!)"
        #expect(TestSupport.matchesSnapshot(rendered, name), "\(format) output differs from Snapshots/\(name)")
    }

    /// A report over many articles reaches its writer in pieces of about `reportPieceBytes`,
    /// whole lines each, that together are the rendered report.
    @Test(arguments: [ReportFormat.markdown, .html, .json])
    func largeReportsComeInPieces(_ format: ReportFormat) {
        let stories = (0..<500).map { number in
            Story(id: "wire-\(number).txt", outlet: number % 2 == 0 ? "Reuters" : "AFP", date: "2024-03-05", quotes: [
                // Each pair of articles carries one statement: many statements for the JSON report.
                Quote(text: "Convoy \(number / 2) from depot \(number / 2 + 900) reaches the flooded districts this week.", speakers: ["Tomas Rendel"]),
                Quote(text: "District \(number) will have its pumps running again before the weekend is out.", speakers: ["Anna Lind"]),
                Quote(text: "Nobody in district \(number) has been told when the school buses will return.", kind: .partial),
            ])
        }
        let report = TestSupport.check(stories)
        var pieces: [String] = []
        format.checkReporter(articleTables: .first(300))!.write(report) { pieces.append($0) }
        #expect(pieces.joined() == format.checkReporter(articleTables: .first(300))!.render(report))
        #expect(pieces.count >= 2, "\(report.statements.count) statements, \(report.findings.count) findings, \(pieces.joined().utf8.count) bytes")
        for piece in pieces.dropLast() {
            #expect(piece.utf8.count >= reportPieceBytes && piece.utf8.count < 2 * reportPieceBytes)
            if format != .json { #expect(piece.hasSuffix("\n")) }
        }
    }

    /// Less, by default: a run over 1,000 articles with 50 findings gives a Markdown report under
    /// 200 KB (and an HTML page under 400 KB): tables for the cited articles only, the other
    /// statements and speakers counted.
    @Test(arguments: [ReportFormat.markdown, .html])
    func anArchiveWithFiftyFindingsStaysSmall(_ format: ReportFormat) {
        // Words of their own for each number, so that statements do not run into each other.
        let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "pe", "su"]
        func word(_ number: Int, _ part: Int) -> String {
            syllables[number % 10] + syllables[number / 10 % 10] + syllables[number / 100 % 10] + syllables[part] + "n"
        }
        let stories = (0..<1_000).map { number in
            var quotes = (0..<6).map { line in
                Quote(text: "The \(word(number, line)) pumps at \(word(number, line + 1)) run day and night near \(word(number, line + 2)) now.",
                      speakers: ["Speaker \(number % 300)"])
            }
            let pair = number / 2 + 500
            if number < 100 {
                // Articles 2k and 2k+1 (k < 50) carry statement k with a number changed: 50 drifts.
                let count = number % 2 == 0 ? "300" : "3,000"
                quotes.append(Quote(text: "The \(word(pair, 0)) crews bring \(count) sandbags from \(word(pair, 1)) to \(word(pair, 2)) "
                    + "before the \(word(pair, 3)) bridge closes.", speakers: ["Tomas Rendel"]))
            } else if number < 300 {
                // Statements carried by two articles, without a finding: counted.
                quotes.append(Quote(text: "The \(word(pair, 0)) shelter at \(word(pair, 1)) stays open for \(word(pair, 2)) families "
                    + "until the \(word(pair, 3)) school reopens.", speakers: ["Anna Lind"]))
            }
            return Story(id: "wire-\(number).txt", outlet: number % 2 == 0 ? "Reuters" : "AFP", date: "2024-03-05", quotes: quotes)
        }
        let report = TestSupport.check(stories)
        #expect(report.findings.count == 50)
        let size = format.checkReporter()!.render(report).utf8.count
        // The HTML page says the same with its markup (and a drawing per statement): twice the room.
        #expect(size < (format == .markdown ? 200_000 : 400_000), "\(format): \(size) bytes")
    }

    @Test func articleTablesArgument() {
        #expect(ArticleTables(argument: "findings") == .findings)
        #expect(ArticleTables(argument: "all") == .all)
        #expect(ArticleTables(argument: "12") == .first(12))
        #expect(ArticleTables(argument: "0") == .first(0))
        #expect(ArticleTables(argument: "-1") == nil && ArticleTables(argument: "some") == nil)
    }

    @Test func reportHasEveryCheck() {
        #expect(Set(Self.report.findings.map(\.check)) == [.wordingDrift, .truncatedQuote, .speakerConflict, .roleConflict, .viaConflict])
    }

    @Test func jsonHasTheContractedShape() throws {
        let data = Data(CheckJSONReporter().render(Self.report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["articles"] as? Int == 2)
        #expect(object["quotes"] as? Int == 7)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(Set(findings[0].keys) == ["check", "severity", "message", "mentions"])
        let mention = try #require((findings[0]["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["article", "start", "end", "text", "speakers", "outlet", "via", "context", "speakerWords",
                                      "cue", "cueWords", "rule", "confidence"])
    }

    @Test func sarifFingerprintsAreStable() throws {
        let first = CheckSARIFReporter().render(Self.report)
        #expect(first == CheckSARIFReporter().render(Self.report))
        #expect(first.contains("\"version\": \"2.1.0\"") && first.contains("partialFingerprints"))
        let fingerprints = Self.report.findings.map(\.fingerprint)
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    @Test func githubCommandsEscapeTheirData() {
        #expect(GitHubWorkflowCommand.escapeData("50% done\nnext") == "50%25 done%0Anext")
        #expect(GitHubWorkflowCommand.escapeProperty("a,b:c") == "a%2Cb%3Ac")
        // A runner's log is a terminal: escape sequences from quotes and file names are written out.
        #expect(GitHubWorkflowCommand.escapeData("red \u{1B}[31m bell \u{07}") == "red \\u{1B}[31m bell \\u{7}")
        #expect(!GitHubWorkflowCommand.line("error", location: SourceLocation(file: "a\u{1B}]0;x\u{07}.txt", line: 1, column: 1),
                                           title: "t", message: "m").unicodeScalars.contains { $0.value < 0x20 })
        let lines = CheckGitHubReporter().render(Self.report).split(separator: "\n")
        #expect(lines.count == Self.report.findings.count)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") })
    }

    @Test func markdownEscapesEverythingThatCouldBreakIt() {
        let escaped = MarkdownText.escape("a|b *c* _d_ `e` <f> [g] h\ni")
        #expect(escaped == "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<f\\> \\[g\\] h<br>i")
        // Byte by byte: exactly the Markdown punctuation gets a backslash; CR, LF and CRLF are
        // one break each, a tab a space; the rest (non-ASCII too) is as written.
        let special = Set("\\`*_[]<>|~&#".unicodeScalars)
        for value in UInt32(0x20)...UInt32(0x7E) {
            let scalar = Unicode.Scalar(value)!
            let text = "x\(scalar)y"
            #expect(MarkdownText.escape(text) == (special.contains(scalar) ? "x\\\(scalar)y" : text), "\(value)")
        }
        #expect(MarkdownText.escape("a\r\nb\rc\nd\te “é” 😀") == "a<br>b<br>c<br>d e “é” 😀")
        // Every table row of the report keeps its column count.
        let markdown = CheckMarkdownReporter().render(Self.report)
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = Self.cells(String(line))
            if let columns { #expect(count == columns, "\(line)") } else { columns = count }
        }
    }

    @Test func markdownBoundsPerArticleTablesAndSpeakerPlaces() {
        let markdown = CheckMarkdownReporter(articleTables: .first(1), placesPerSpeaker: 2).render(Self.report)
        #expect(markdown.contains("<details><summary>reuters.txt · Reuters · 2024-03-05 (from metadata) · 3 quotes</summary>"))
        #expect(!markdown.contains("<summary>afp.txt"))
        #expect(markdown.contains("The quotes of 1 more articles (4 quotes) are not listed here"))
        // Tomas Rendel has four quotes: two places listed, two counted.
        let rendelRow = markdown.split(separator: "\n").first { $0.hasPrefix("| Tomas Rendel |") }
        #expect(rendelRow == "| Tomas Rendel | 4 | reuters.txt 1:2, reuters.txt 2:2 and 2 more |")
        // The default lists the articles findings cite: here both.
        #expect(CheckMarkdownReporter().render(Self.report).contains("<summary>afp.txt"))
    }

    /// Cells of a table row: pipes not escaped by a backslash.
    static func cells(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}

@Suite struct SpeakerNameAgreementTests {
    @Test func accentsAndCaseDoNotMakeAConflict() {
        #expect(SpeakerNames.compatible(["Felipe Calderon"], ["Felipe Calderón"]))
        #expect(SpeakerNames.compatible(["Panetta"], ["Leon Panetta"]))
    }

    @Test func aDescriptionAgreesWithANamedPerson() {
        #expect(SpeakerNames.compatible(["Donald Trump"], ["president"]))
        #expect(SpeakerNames.compatible(["Hillary Clinton"], ["Democratic candidate"]))
    }

    @Test func twoDifferentNamedPeopleConflict() {
        #expect(SpeakerNames.conflict(["Anna Lind"], ["Piet Olsen"]))
    }

    @Test func anAcronymAgreesWithTheNameItAbbreviates() {
        #expect(SpeakerNames.compatible(["JCS"], ["Joint Chiefs of Staff"]))
        #expect(SpeakerNames.compatible(["Asia-Pacific Economic Cooperation"], ["APEC"]))
        #expect(SpeakerNames.compatible(["U.N."], ["United Nations"]))
        #expect(SpeakerNames.compatible(["CDC"], ["Centers for Disease Control and Prevention"]))
        #expect(SpeakerNames.conflict(["FBI"], ["Joint Chiefs of Staff"]))
        #expect(SpeakerNames.conflict(["UN"], ["Joint Chiefs of Staff"]))
        // A surname in capitals is still compared as a word.
        #expect(SpeakerNames.compatible(["TRUMP"], ["Donald Trump"]))
    }

    @Test func aNameWithItsFamilyNameFirstAgreesWithTheNameInEnglishOrder() {
        #expect(SpeakerNames.compatible(["Kishida Fumio"], ["Fumio Kishida"]))
        #expect(SpeakerNames.compatible(["Fumio Kishida"], ["KISHIDA Fumio"]))
        // Other orders of other words are other people.
        #expect(SpeakerNames.conflict(["Kishida Fumio"], ["Fumio Tanaka"]))
        #expect(SpeakerNames.conflict(["Ana Maria Ruiz"], ["Maria Ana Ruiz"]))
    }

    @Test func aPersonKnownByTheFirstWordOfALongNameAgreesWithIt() {
        #expect(SpeakerNames.compatible(["Tedros"], ["Tedros Adhanom Ghebreyesus"]))
        #expect(SpeakerNames.compatible(["Yoon Suk Yeol"], ["Yoon"]))
        // Not the first of two words, nor a body's first word, nor another word.
        #expect(SpeakerNames.conflict(["Hillary"], ["Hillary Clinton"]))
        #expect(SpeakerNames.conflict(["Ministry"], ["Ministry of Foreign Affairs"]))
        #expect(SpeakerNames.conflict(["Adhanom"], ["Tedros Adhanom Ghebreyesus"]))
    }

    @Test func aBodysNameShortBeforeItsOfAgreesWithTheWholeName() {
        #expect(SpeakerNames.compatible(["Joint Chiefs"], ["Joint Chiefs of Staff"]))
        #expect(SpeakerNames.compatible(["Chinese Academy of Social Sciences"], ["Chinese Academy"]))
        // One word is no body's name, and other words before the "of" are another body.
        #expect(SpeakerNames.conflict(["Ministry"], ["Ministry of Defense"]))
        #expect(SpeakerNames.conflict(["Chinese Academy of Sciences"], ["Chinese Academy of Social Sciences"]))
        #expect(SpeakerNames.conflict(["Joint Staff"], ["Joint Chiefs of Staff"]))
    }

    @Test("the byte-level folding of ASCII names gives what Foundation's folding gives")
    func asciiFoldingMatchesFoundation() {
        let names = ["Leon Panetta", "  O'Brien-Smith  ", "the U.S. State Department", "Jean-Luc  Picard ", "R2 D2", "x_y^z",
                     "DEFENSE MINISTER", "a\r\nb", "", "   ", "Dr. No,Jr", "officials"]
        for name in names {
            let reference = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
            #expect(SpeakerNames.words(name) == reference, "\(name.debugDescription)")
            let lastWord = name.split(separator: " ").last
            #expect(SpeakerNames.isDescription(name) == !(lastWord?.first?.isUppercase ?? false), "\(name.debugDescription)")
        }
        #expect(SpeakerNames.words("José Núñez") == ["jose", "nunez"])
        #expect(!SpeakerNames.isDescription("Ángel Ruiz Ñúñez"))
        #expect(SpeakerNames.isDescription("el ñandú"))
    }
}
