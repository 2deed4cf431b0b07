import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

@Suite struct ProgressLineTests {
    /// A clock the test moves by hand, and a record of what was written.
    final class Harness {
        var now: UInt64 = 1_000_000_000
        var written: [String] = []
        func make(total: Int?, enabled: Bool = true) -> ProgressLine {
            ProgressLine(totalBytes: total, enabled: enabled, clock: { self.now }, write: { self.written.append($0) })
        }
    }

    @Test func silentWhenDisabled() {
        let harness = Harness()
        let progress = harness.make(total: 1000, enabled: false)
        for _ in 0..<100 {
            harness.now += 200_000_000
            progress.advance(bytes: 10)
        }
        progress.finish()
        #expect(harness.written.isEmpty)
    }

    @Test func shortRunsPrintNothingAndRedrawsAreThrottled() {
        let harness = Harness()
        let progress = harness.make(total: nil)
        // 0.4 s of work: under the first-draw delay.
        for _ in 0..<40 {
            harness.now += 10_000_000
            progress.advance(bytes: 100)
        }
        #expect(harness.written.isEmpty)
        // One more second at an article per millisecond: at most ten draws a second.
        for _ in 0..<1000 {
            harness.now += 1_000_000
            progress.advance(bytes: 100)
        }
        #expect((9...11).contains(harness.written.count))
        #expect(harness.written.allSatisfy { $0.hasPrefix("\r") && $0.hasSuffix("\u{1B}[K") })
        progress.finish()
        #expect(harness.written.last == "\r\u{1B}[K")
    }

    @Test func clearOnlyErasesADrawnLine() {
        let harness = Harness()
        let progress = harness.make(total: nil)
        progress.clear()
        #expect(harness.written.isEmpty)
        harness.now += 600_000_000
        progress.advance(bytes: 5)
        progress.clear()
        #expect(harness.written == [
            "\rquotecheck: 1 article, 0.0 MB, 0.0 MB/s\u{1B}[K", "\r\u{1B}[K",
        ])
    }

    @Test func lineShowsRatePercentAndTimeLeftWhenTheTotalIsKnown() {
        // 12,345 articles, 50 MB in 2 s of 200 MB: 25 MB/s, 25%, 6 s left.
        let line = ProgressLine.line(articles: 12_345, bytes: 50_000_000, elapsed: 2_000_000_000, total: 200_000_000)
        #expect(line == "quotecheck: 12,345 articles, 50.0 MB, 25.0 MB/s, 25%, 0:06 left")
        let open = ProgressLine.line(articles: 3, bytes: 1_500_000, elapsed: 1_000_000_000, total: nil)
        #expect(open == "quotecheck: 3 articles, 1.5 MB, 1.5 MB/s")
    }

    @Test func clockTimeFormats() {
        #expect(ProgressLine.clockTime(0) == "0:00")
        #expect(ProgressLine.clockTime(59.2) == "1:00")
        #expect(ProgressLine.clockTime(61) == "1:01")
        #expect(ProgressLine.clockTime(3 * 3600 + 5 * 60 + 9) == "3:05:09")
        #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
        #expect(ProgressLine.grouped(999) == "999")
    }

    @Test func knownTextBytesSumsTextFilesAndGivesUpOnJSONL() throws {
        let corpus = try GeneratedCorpus(articles: 12)
        defer { corpus.remove() }
        let files = InputReader.filesUnder(corpus.folder)
        let expected = try files.reduce(0) { sum, path in
            sum + (try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int)
        }
        #expect(expected > 0)
        #expect(InputReader(paths: [corpus.folder]).knownTextBytes == expected)
        #expect(InputReader(paths: [corpus.folder, files[0]]).knownTextBytes
                == expected + (try FileManager.default.attributesOfItem(atPath: files[0])[.size] as! Int))
        #expect(InputReader(paths: [corpus.folder, corpus.jsonl]).knownTextBytes == nil)
        #expect(InputReader(paths: ["-"]).knownTextBytes == nil)
    }
}
