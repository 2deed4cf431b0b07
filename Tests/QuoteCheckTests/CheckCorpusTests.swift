import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// The check run's memory: records go to a spool and come back unchanged; what stays in memory
/// is what grouping compares.
@Suite struct CheckCorpusTests {
    static let records = [
        QuoteRecord(article: "harbour.txt", start: 120, end: 187, text: "We will not sell the harbour to anyone, at any price",
                    kind: .direct, speakers: ["Marta Ilves"], cue: "said", via: ["Baltic News Service"], outlet: "ERR",
                    line: 4, column: 13, speakerRule: "cue-after-quote", cueRule: "cue-after-quote/say",
                    byteRange: 130..<199),
        // Non-ASCII text, no cue, an unclosed continuation, nothing optional set.
        QuoteRecord(article: "harbour.txt", start: 0, end: 25, text: "ei müüda — mitte kunagi 🚢",
                    kind: .partial, line: 1, column: 1, unclosed: true, continued: true),
        QuoteRecord(article: "harbour.txt", start: 9_000_000_000, end: 9_000_000_004, text: "",
                    kind: .headline, speakers: ["Port Authority", "Marta Ilves"], via: [], line: 70_000, column: 2),
    ]

    @Test func recordsSurviveTheSpoolEncoding() {
        for record in Self.records {
            var bytes: [UInt8] = []
            RecordCoding.encode(record, into: &bytes)
            #expect(RecordCoding.decode(bytes) == record)
        }
    }

    @Test(arguments: [false, true])
    func spoolReadsBackAcrossFileAndTail(inMemory: Bool) {
        // A tiny flush size puts most bytes in the file and the last ones in the tail.
        let spool = QuoteSpool(inMemory: inMemory, flushSize: 7)
        #expect(spool.warning == nil)
        var expected: [UInt8] = []
        var offsets: [Int] = []
        for length in [3, 10, 1, 0, 25, 4] {
            let chunk = (0..<length).map { UInt8(truncatingIfNeeded: expected.count + $0 * 31) }
            offsets.append(spool.append(chunk))
            expected += chunk
        }
        #expect(spool.count == expected.count)
        #expect(offsets == [0, 3, 13, 14, 14, 39])
        #expect(spool.read(0..<expected.count) == expected)
        #expect(spool.read(5..<40) == Array(expected[5..<40]))
        #expect(spool.read(39..<43) == Array(expected[39..<43]))
        #expect(spool.read(14..<14) == [])
    }

    @Test func corpusKeepsGroupedFactsAndGivesRecordsBack() throws {
        let checker = TestSupport.checker
        var corpus = CheckCorpus()
        let article = Article(id: "harbour.txt", text: "", outlet: "Postimees", date: "2025-05-02")
        let analysis = checker.analyse(article, records: Self.records)
        let other = checker.analyse(Article(id: "empty.txt", text: ""), records: [])
        corpus.append(other)
        corpus.append(analysis)
        #expect(corpus.quoteCount == 3)
        #expect(corpus.articles.map(\.recordCount) == [0, 3])
        #expect(corpus.records(of: 0).isEmpty)
        #expect(corpus.records(of: 1) == Self.records)
        #expect(corpus.record(article: 1, index: 2) == Self.records[2])
        // Only the first quote is long enough (six words), and of a kind, to be grouped.
        let grouped = corpus.articles[1].grouped
        #expect(grouped.map(\.record) == [0])
        #expect(grouped.first?.speakers == ["Marta Ilves"])
        #expect(grouped.first?.via == ["Baltic News Service"])
        #expect(grouped.first?.outlet == "ERR")
        #expect(grouped.first?.words == analysis.words[0])
        #expect(corpus.articles[1].publisher == "Postimees")
        // The speaker index counts every quote as it arrives.
        let index = corpus.speakers
        #expect(index.sorted.map(\.name) == ["Marta Ilves", "Port Authority"])
        #expect(index.sorted.first?.count == 2)
        #expect(index.sorted.first?.places.map { [$0.article, $0.line, $0.column] } == [[1, 4, 13], [1, 70_000, 2]])
        #expect(index.unattributed == 1)
    }

    @Test func speakerIndexKeepsAtMostItsPlaces() {
        var index = SpeakerIndex(placesKept: 2)
        let quote = QuoteRecord(article: "a", start: 0, end: 1, text: "x", kind: .direct, speakers: ["Ida Ahl"], line: 3, column: 1)
        index.add([quote, quote, quote], article: 0)
        #expect(index.entries.first?.count == 3)
        #expect(index.entries.first?.places.count == 2)
    }

    /// The same stories give the same report whether the records wait in a file or in memory.
    @Test func spooledAndInMemoryRunsReportTheSame() {
        let checker = TestSupport.checker
        let analyses = ExampleStoriesTests.analyses()
        var spooled = CheckCorpus()
        for analysis in analyses { spooled.append(analysis) }
        #expect(spooled.spoolWarning == nil)
        let fromFile = checker.check(spooled)
        let fromMemory = checker.check(analyses)
        #expect(fromFile.quoteCount > 0)
        for format in ReportFormat.checkFormats {
            let reporter = format.checkReporter()!
            #expect(reporter.render(fromFile) == reporter.render(fromMemory), "\(format)")
        }
    }
}
