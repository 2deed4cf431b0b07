import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// The folder read-ahead gives its hints in order, never more than its window ahead of the
/// reader, and stops when told. Its effect (reads started early) shows only in the benchmark's
/// cold-cache times; here, the bookkeeping.
@Suite("File prefetcher")
struct FilePrefetcherTests {
    /// Polls until `condition` holds or a generous deadline passes (the hints are asynchronous).
    private func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return condition()
    }

    @Test("hints stay within the window of the files taken, and stop when told")
    func window() throws {
        #if os(Linux)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prefetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try (0..<40).map { index -> String in
            let url = folder.appendingPathComponent(String(format: "%03d.txt", index))
            try "Article \(index): \u{201C}Fine,\u{201D} she said.".write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let prefetcher = FilePrefetcher(paths: paths, window: 4)
        #expect(eventually { prefetcher.hintedCount == 4 && prefetcher.isWaiting })
        Thread.sleep(forTimeInterval: 0.05)
        #expect(prefetcher.hintedCount == 4, "ran past its window")
        // A full window waits for half of it to be free, not for each file taken.
        prefetcher.advance()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(prefetcher.hintedCount == 4, "woken before half the window was free")
        prefetcher.advance()
        // Two taken: files 4 and 5 are hinted, and the window is full again.
        #expect(eventually { prefetcher.hintedCount == 6 && prefetcher.isWaiting })
        #expect(prefetcher.hintedCount == 6)
        prefetcher.stop()
        for _ in 0..<10 { prefetcher.advance() }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(prefetcher.hintedCount == 6, "went on after stop")
        #endif
    }

    @Test("files that cannot be opened are passed over")
    func missingFiles() {
        #if os(Linux)
        let prefetcher = FilePrefetcher(paths: ["/nonexistent/a.txt", "/nonexistent/b.txt"], window: 8)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(prefetcher.hintedCount == 0)
        prefetcher.stop()
        #endif
    }
}
