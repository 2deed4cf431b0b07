import Foundation
import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// Paths and helpers the evaluation tests share.
enum TestPaths {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let rules = packageRoot + "/rules"
    static let snapshots = packageRoot + "/Tests/Snapshots"
    /// `../shared/corpus`, relative to the package root, as the corpus README says.
    static let sharedCorpus = (packageRoot as NSString).appendingPathComponent("../shared/corpus")
    static let scoreScript = (packageRoot as NSString).appendingPathComponent("../shared/tools/score.py")

    static var sharedCorpusPresent: Bool {
        FileManager.default.fileExists(atPath: sharedCorpus + "/seeds/gold.jsonl")
            && FileManager.default.fileExists(atPath: scoreScript)
    }

    /// The checkout's rules (`TestSupport.rules`).
    static var ruleSet: RuleSet { TestSupport.rules }

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "quotecheck-eval-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}

/// Whether `python3` runs here.
enum Python {
    static let isAvailable: Bool = (try? run(["-c", "pass"]))?.status == 0

    /// Runs `python3 arguments...`, returning its status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Builds records of a test dataset from an article's text by finding the quoted words, so the
/// tests state quotes, not offsets.
struct TestArticle {
    let name: String
    let text: String

    /// Scalar offsets of the `occurrence`-th appearance of `quote`.
    func span(of quote: String, occurrence: Int = 1) -> Range<Int> {
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            found = text.range(of: quote, range: searchStart..<text.endIndex)
            precondition(found != nil, "\(quote) not in \(name)")
            searchStart = found!.upperBound
        }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found!.lowerBound)
        return start..<(start + quote.unicodeScalars.count)
    }

    /// One JSON Lines record in the seed schema.
    func record(_ quote: String, occurrence: Int = 1, kind: String = "direct", speakers: [String] = [],
                cue: String? = nil, via: [String] = [], outlet: String? = nil) -> String {
        let range = span(of: quote, occurrence: occurrence)
        return TestRecord.line(article: name, start: range.lowerBound, end: range.upperBound, text: quote, kind: kind,
                               speakers: speakers, cue: cue, via: via, outlet: outlet)
    }
}

enum TestRecord {
    static func line(article: String, start: Int, end: Int, text: String, kind: String, speakers: [String] = [],
                     cue: String? = nil, via: [String] = [], outlet: String? = nil) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("article", article)
        writer.field("start", start)
        writer.field("end", end)
        writer.field("text", text)
        writer.field("kind", kind)
        writer.field("speakers", speakers)
        writer.field("cue", cue)
        writer.field("via", via)
        writer.field("outlet", outlet)
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
