import Foundation
import Testing
@testable import QuoteCheckRules

/// The sieve's and the headline reader's limits come from `rules/` only: each is given there,
/// each has examples that it decides (the rule example runner checks that at its tightest the
/// quote fares otherwise), and a bad value is an error at its line.
@Suite("Rule limits")
struct RuleLimitsTests {
    @Test("rules/ gives every limit")
    func everyLimitIsGiven() throws {
        let rules = try Fixtures.rules()
        #expect(rules.speakers.limits.missing == [])
        #expect(rules.headlines.limits.missing == [])
    }

    @Test("every limit has an example it decides", arguments: SieveLimits.keys.map { ("speakers", $0) } + HeadlineLimits.keys.map { ("headlines", $0) })
    func everyLimitHasAnExample(kind: String, key: String) throws {
        let rules = try Fixtures.rules()
        let examples = rules.examples.filter { example in
            guard let test = example.test as? RuleExample.AttributionCase else { return false }
            return test.limit == RuleLimitName(kind: kind, key: key)
        }
        #expect(!examples.isEmpty, "\(kind) limit '\(key)' has no limit_examples")
        for example in examples {
            if let failure = example.check(rules) { Issue.record("\(example.location): \(failure)") }
        }
    }

    @Test("a limit at its tightest fails its own examples")
    func tighteningIsSeen() throws {
        let rules = try Fixtures.rules()
        let name = RuleLimitName(kind: "speakers", key: "phrase")
        let tightened = rules.tightening(name)
        #expect(tightened.speakers.limits.phrase == 1)
        #expect(rules.speakers.limits.phrase > 1)
        let example = try #require(rules.examples.first { ($0.test as? RuleExample.AttributionCase)?.limit == name })
        // The example holds with the shipped rules; with the phrase at one token, its speaker is lost.
        #expect(example.check(rules) == nil)
        #expect(example.check(tightened) != nil)
    }

    @Test("a limit below its least, or unknown, is an error at its line")
    func badValues() {
        let cases: [(yaml: String, line: Int, message: String)] = [
            ("kind: speakers\nlimits:\n  phrase: 0\n", 3, "'phrase' must be at least 1"),
            ("kind: speakers\nlimits:\n  name_parenthesis: 1\n", 3, "'name_parenthesis' must be at least 2"),
            ("kind: headlines\nlimits:\n  kicker: 10\n  reach: 3\n", 4, "unknown key 'reach' in 'limits'"),
            ("kind: speakers\nlimits:\n  phrase: twelve\n", 3, "'phrase'"),
        ]
        for item in cases {
            var rules = RuleSet()
            do {
                try rules.add(yaml: item.yaml, file: "user/limits.yaml")
                Issue.record("loaded: \(item.yaml)")
            } catch {
                #expect(error.location.file == "user/limits.yaml")
                #expect(error.location.line == item.line, "\(error)")
                #expect(error.message.contains(item.message), "\(error)")
            }
        }
    }

    @Test("a rules folder that leaves a limit out is refused, naming it")
    func missingLimitIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotecheck-limits-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Fixtures.rulesFolder, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("speakers.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let without = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  salient_subject: ") }.joined(separator: "\n")
        #expect(without != text)
        try without.write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: RuleError.self) { _ = try RuleSet.load(directory: folder.path) }
        #expect(error?.message.contains("'salient_subject'") == true, "\(String(describing: error))")
    }

    @Test("a later file changes one limit and keeps the rest")
    func laterFileOverrides() throws {
        var rules = try Fixtures.rules()
        let before = rules.speakers.limits
        try rules.add(yaml: "kind: speakers\nlimits:\n  phrase: 14\n", file: "user/more.yaml")
        #expect(rules.speakers.limits.phrase == 14)
        var expected = before
        expected.phrase = 14
        #expect(rules.speakers.limits == expected)
    }
}
