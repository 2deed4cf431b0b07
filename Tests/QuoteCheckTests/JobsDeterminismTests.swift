import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// Output must not depend on how many articles run at once: `--jobs 1` and `--jobs N` print the
/// same bytes, failures included, in input order.
@Suite struct JobsDeterminismTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What `quotecheck extract` prints for `paths`, built the way ExtractCommand builds it.
    static func render(_ paths: [String], rules: RuleSet, jobs: Int, batchSize: Int? = nil) -> [UInt8] {
        let extractor = Extractor(rules: rules)
        var output: [UInt8] = []
        OrderedParallelMap(jobs: jobs, batchSize: batchSize).run(InputReader(paths: paths),
                                                                 process: { extractor.extract($0) }) { item, records in
            switch item {
            case .failure(let error): output += Array("error: \(error.description)\n".utf8)
            case .article: for record in records ?? [] { output += record.jsonLine }
            }
        }
        return output
    }

    @Test func extractOutputIsTheSameForOneJobAndFour() throws {
        let rules = TestSupport.rules
        let corpus = try GeneratedCorpus(articles: 240)
        defer { corpus.remove() }

        for paths in [[corpus.folder], [corpus.jsonl]] {
            let one = Self.render(paths, rules: rules, jobs: 1)
            // Odd batch sizes put batch boundaries in different places than the default.
            let four = Self.render(paths, rules: rules, jobs: 4)
            let fourSmallBatches = Self.render(paths, rules: rules, jobs: 4, batchSize: 7)
            let lines = one.split(separator: UInt8(ascii: "\n"))
            #expect(lines.count > 1000, "the generated corpus should be full of quotes")
            #expect(lines.contains { $0.starts(with: Array("error: ".utf8)) }, "the broken article is reported")
            #expect(one == four, "--jobs 1 and --jobs 4 differ on \(paths)")
            #expect(one == fourSmallBatches, "--jobs 1 and --jobs 4 with batches of 7 differ on \(paths)")
        }
    }

    /// The same through the built binary, when the test run has one beside the test bundle.
    @Test(.enabled(if: builtBinary != nil, "no quotecheck binary beside the test bundle"))
    func binaryPrintsTheSameBytesForOneJobAndFour() throws {
        let corpus = try GeneratedCorpus(articles: 120)
        defer { corpus.remove() }
        let rules = Self.packageRoot.appendingPathComponent("rules").path
        let one = try run(["extract", "--rules", rules, "--jobs", "1", corpus.folder, corpus.jsonl])
        let four = try run(["extract", "--rules", rules, "--jobs", "4", corpus.folder, corpus.jsonl])
        #expect(one.status == 2, "the broken article makes the exit status 2")
        #expect(one.status == four.status)
        #expect(one.stdout.count > 10_000)
        #expect(one.stdout == four.stdout)
        #expect(one.stderr == four.stderr)
    }

    static var builtBinary: URL? {
        let candidate = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("quotecheck")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let process = Process()
        process.executableURL = Self.builtBinary!
        process.arguments = arguments
        // Standard error goes to a file, so that only one pipe needs draining while the child runs.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("quotecheck-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, try Data(contentsOf: errorFile))
    }
}

/// A folder of news-like articles recombined from Benchmarks/seed-articles (the project's own
/// texts), the same articles as a .jsonl file, and one article that is not valid UTF-8.
struct GeneratedCorpus {
    let root: URL
    var folder: String { root.appendingPathComponent("txt").path }
    var jsonl: String { root.appendingPathComponent("articles.jsonl").path }

    init(articles count: Int, seed: UInt64 = 42) throws {
        let seeds = JobsDeterminismTests.packageRoot.appendingPathComponent("Benchmarks/seed-articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let paragraphs = try files.flatMap { name in
            try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        precondition(paragraphs.count > 20, "Benchmarks/seed-articles holds too little text")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("quotecheck-jobs-\(UUID().uuidString)")
        let txt = root.appendingPathComponent("txt")
        try FileManager.default.createDirectory(at: txt, withIntermediateDirectories: true)
        var random = SplitMix64(seed: seed)
        var lines: [String] = []
        for index in 0..<count {
            let start = random.next(below: paragraphs.count)
            let length = 6 + random.next(below: 14)
            var text = (0..<length).map { paragraphs[(start + $0) % paragraphs.count] }.joined(separator: "\n\n")
            // Some hard cases in the mix: a lost closing mark, Windows line ends.
            if index % 11 == 3, let close = text.range(of: "”") { text.removeSubrange(close) }
            if index % 13 == 5 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let name = String(format: "a%05d.txt", index)
            try Data(text.utf8).write(to: txt.appendingPathComponent(name))
            let object: [String: Any] = ["id": name, "text": text, "outlet": index % 2 == 0 ? "Coastline Wire" : NSNull()]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        try Data([0x4E, 0x6F, 0x20, 0xC3, 0x28, 0x22, 0x0A]).write(to: txt.appendingPathComponent("a00050-broken.txt"))
        lines.insert("{\"id\": \"broken\", \"text\": ", at: count / 2)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("articles.jsonl"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A small, fast, seeded generator so the corpus is the same on every run and platform.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
