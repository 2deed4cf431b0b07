import Foundation
import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

/// Paths and shared inputs of the test suite. Everything is found relative to this source file,
/// so the suite runs from any working directory and from a fresh clone.
enum Fixtures {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // QuoteCheckTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static var rulesFolder: String { packageRoot.appendingPathComponent("rules").path }
    static var examplesFolder: URL { packageRoot.appendingPathComponent("examples") }
    static var exampleArticlesFolder: String { examplesFolder.appendingPathComponent("articles").path }

    /// The shared evaluation corpus beside the checkout (`../shared/corpus`); CI has it, a
    /// developer's clone may not.
    static var sharedCorpus: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }
    static var seedsFolder: URL { sharedCorpus.appendingPathComponent("seeds") }
    static var hasSeeds: Bool {
        FileManager.default.fileExists(atPath: seedsFolder.appendingPathComponent("gold.jsonl").path)
    }

    /// The project's rules (`TestSupport.loadedRules`); throws the rule error when `rules/`
    /// does not load.
    static func rules() throws -> RuleSet { try TestSupport.loadedRules.get() }

    /// Finds the quotes of `text` the way `quotecheck extract` does.
    static func extract(_ text: String, id: String = "test.txt") throws -> [QuoteRecord] {
        try Extractor(rules: rules()).extract(Article(id: id, text: text))
    }

    /// The quoted texts `extract` finds in `text`.
    static func quotes(_ text: String) throws -> [String] { try extract(text).map(\.text) }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("quotecheck-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to `name` inside `folder`, creating subfolders, and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        try write(Array(text.utf8), to: name, in: folder)
    }
}

/// One line of a gold file in the seed schema.
struct GoldQuote: Decodable, Hashable {
    let article: String
    let start: Int
    let end: Int
    let text: String
    let kind: String
    let speakers: [String]
    let cue: String?
    let via: [String]
    let outlet: String?

    /// What span scoring compares: where the quote is and what kind it is.
    var span: Span { Span(article: article, start: start, end: end, text: text, kind: kind) }

    static func load(_ url: URL) throws -> [GoldQuote] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(GoldQuote.self, from: Data($0.utf8))
        }
    }
}

/// A quote's place, text and kind: the part of a record the finder alone decides.
struct Span: Hashable, CustomStringConvertible {
    let article: String
    let start: Int
    let end: Int
    let text: String
    let kind: String

    init(article: String, start: Int, end: Int, text: String, kind: String) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }

    init(_ record: QuoteRecord) {
        self.init(article: record.article, start: record.start, end: record.end, text: record.text,
                  kind: record.kind.rawValue)
    }

    var description: String { "\(article) \(start)..<\(end) \(kind) \(text.debugDescription)" }
}
