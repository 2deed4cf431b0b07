import Foundation
import Matcher
import Testing
@testable import QuoteCheckCore

/// A rule whose pattern hits PCRE2's match limit (issue 17, row 10): such a call counts as no
/// match, so it must not pass silently. The run names the rule, where it first hit and how
/// often; `rules test` fails a rule whose examples hit the limit.
@Suite("Match limit")
struct MatchLimitTests {
    /// The issue's pattern: the first branch backtracks catastrophically on a line of `a`s.
    static let slow = #"^(?:(a+)+c|a+!.*)$"#
    static let line = String(repeating: "a", count: 40) + "!"

    @Test("a limit hit while a text is bound names the place in that text and counts for it")
    func hitNamesItsPlace() throws {
        let pattern = try Pattern(Self.slow, options: [.multiline])
        let text = Array(("Title\n" + Self.line + "\n").utf8)
        let origin = text.withUnsafeBufferPointer { bytes in
            let origin = MatchOrigin(bytes) { _, offset in "a.txt@\(offset.map(String.init) ?? "?")" }
            let line = UnsafeBufferPointer(rebasing: bytes[6..<47])
            #expect(!origin.bind { pattern.isMatch(in: line, scratch: MatchScratch()) })
            return origin
        }
        #expect(pattern.limitHits == 1)
        #expect(origin.limitHits == 1)
        #expect(origin.firstLimitPattern == Self.slow)
        #expect(pattern.firstLimitHitPlace == "a.txt@6")
        // Outside any bound text the hit is still counted, with no place.
        let unbound = try Pattern(Self.slow)
        #expect(!unbound.matches(Self.line))
        #expect(unbound.limitHits == 1 && unbound.firstLimitHitPlace == nil)
    }

    @Test("an alternation that hits the limit asks its parts: the slow one is counted, the others still answer")
    func alternationFallsBackToParts() throws {
        // Without a capturing group: a pattern with groups is never put into an alternation.
        let slow = try Pattern(#"^(?:(?:a+)+c|a+!.*)$"#), share = try Pattern("^Share$")
        let both = try #require(Pattern.alternation(of: [slow, share]))
        let scratch = MatchScratch()
        var subject = Self.line
        subject.withUTF8 { #expect(!both.isMatch(in: $0, scratch: scratch)) }
        #expect(slow.limitHits == 1 && share.limitHits == 0)
        var shared = "Share"
        shared.withUTF8 { #expect(both.isMatch(in: $0, scratch: scratch)) }
        // A limit hit in the alternation is no answer: the part that can match still does.
        let greedy = try Pattern("^a+!$")
        let either = try #require(Pattern.alternation(of: [slow, greedy]))
        subject.withUTF8 { #expect(either.isMatch(in: $0, scratch: scratch)) }
    }

    /// A copy of the project's rules plus one boilerplate rule with the issue's pattern.
    private func slowRules(pattern: String = "'\(MatchLimitTests.slow)'", nomatch: String = "b") throws -> (folder: URL, rules: String) {
        let folder = try Fixtures.temporaryFolder()
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.rulesFolder) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Fixtures.rulesFolder + "/" + name, toPath: rules.path + "/" + name)
        }
        try Fixtures.write("""
            kind: boilerplate
            rules:
              - id: slow-furniture
                pattern: \(pattern)
                examples:
                  match: ["aaa!"]
                  nomatch: ["\(nomatch)"]

            """, to: "zz-slow.yaml", in: rules)
        return (folder, rules.path)
    }

    @Test("extract warns once per rule that hit the limit, naming the rule, the first place and the count")
    func runWarnsOncePerRule() throws {
        let (folder, rules) = try slowRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try Fixtures.write("Title\n\n\(Self.line)\n\(Self.line)\n“Fine,” she said.\n\(Self.line)\n",
                                         to: "a.txt", in: folder)
        let outcome = try CommandRunner.run(["extract", "--rules", rules, article])
        #expect(outcome.status == 0)
        let warnings = outcome.stderr.split(separator: "\n").filter { $0.contains("match limit") }
        #expect(warnings.count == 1, "\(outcome.stderr)")
        let warning = String(warnings.first ?? "")
        #expect(warning.hasPrefix("\(article):3:1: warning: "), "\(warning)")
        #expect(warning.contains("'slow-furniture'") && warning.contains("zz-slow.yaml:4:"), "\(warning)")
        #expect(warning.contains("3 times"), "\(warning)")
        #expect(outcome.stdout.contains("Fine,"))
        // check reads the same article once as well: the same one warning.
        let checked = try CommandRunner.run(["check", "--rules", rules, article])
        let checkWarnings = checked.stderr.split(separator: "\n").filter { $0.contains("match limit") }
        #expect(checkWarnings == warnings, "\(checked.stderr)")
    }

    @Test("rules test fails a rule whose examples hit the match limit")
    func rulesTestFailsSlowExamples() throws {
        let (folder, rules) = try slowRules(nomatch: String(repeating: "a", count: 40))
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["rules", "test", rules])
        #expect(outcome.status == 1, "\(outcome.stdout)\(outcome.stderr)")
        let failures = outcome.stdout.split(separator: "\n").filter { $0.contains("slow-furniture") }
        #expect(failures.count == 1, "\(outcome.stdout)")
        #expect(failures.first?.contains("match limit") == true, "\(outcome.stdout)")
        #expect(outcome.stdout.contains(" 1 failed"), "\(outcome.stdout)")
    }

    @Test("a failure that quotes a pattern shows its control characters, not sends them")
    func rulesTestEscapesPatterns() throws {
        // YAML's "\e" is ESC: the slow branch ends in one instead of a c.
        let (folder, rules) = try slowRules(pattern: #""^(?:(a+)+\e|a+!.*)$""#, nomatch: String(repeating: "a", count: 40))
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["rules", "test", rules])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains(#"(a+)+\u{1B}|a+!"#) && !outcome.stdout.contains("\u{1B}"), "\(outcome.stdout.debugDescription)")
    }
}
