import Foundation
import Testing

/// The `quotecheck` binary: exit statuses and messages, run as a user would run it.
@Suite("Command line")
struct CommandLineTests {
    @Test("extract prints one JSON object per quote, in input order, and exits 0")
    func extractExamples() throws {
        let outcome = try CommandRunner.run(["extract", "--jobs", "2", "examples/articles"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count >= 60)
        let articles = try lines.map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["article"] as? String)
        }
        // Input order: articles in sorted order, each one's records together.
        var seen: [String] = []
        for article in articles where seen.last != article { seen.append(article) }
        #expect(seen == ExampleArticleTests.articleNames)
        let single = try CommandRunner.run(["extract", "--jobs", "1", "examples/articles"])
        #expect(single.stdout == outcome.stdout)
    }

    @Test("an input that fails is reported on stderr with file:line:column, the others are extracted, exit 2")
    func inputErrorExitsTwo() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.write(Array("Line one.\nAnd “two” ".utf8) + [0xE2, 0x28, 0xA1] + Array(" then.\n".utf8),
                                     to: "bad.txt", in: folder)
        let good = try Fixtures.write("Short title\n\n“Fine,” she said.", to: "good.txt", in: folder)
        let outcome = try CommandRunner.run(["extract", bad, good])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(bad):2:11: error: invalid UTF-8 at byte offset 24"))
        #expect(outcome.stdout.contains(#""article": "good.txt", "start": 14, "end": 19, "text": "Fine,""#))
    }

    @Test("standard input: plain text and JSON Lines")
    func standardInput() throws {
        let text = try CommandRunner.run(["extract", "-"], stdin: "Title\n\nShe said “yes” twice.")
        #expect(text.status == 0)
        #expect(text.stdout.contains(#""article": "<stdin>", "start": 17, "end": 20, "text": "yes""#))
        let jsonl = try CommandRunner.run(["extract", "-"], stdin: #"{"id": "x1", "text": "He said “no”."}"# + "\n{broken\n")
        #expect(jsonl.status == 2)
        #expect(jsonl.stdout.contains(#""article": "x1""#))
        #expect(jsonl.stderr.contains("<stdin>:2:"))
    }

    @Test("rules test passes on the project's rules")
    func rulesTestPasses() throws {
        let outcome = try CommandRunner.run(["rules", "test", "rules"])
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains(" passed, 0 failed"))
    }

    /// A copy of the project's rules plus one user file.
    func userRules(adding yaml: String, as name: String) throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        for file in try FileManager.default.contentsOfDirectory(atPath: Fixtures.rulesFolder) where file.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Fixtures.rulesFolder + "/" + file,
                                             toPath: folder.appendingPathComponent(file).path)
        }
        try Fixtures.write(yaml, to: name, in: folder)
        return folder
    }

    @Test("rules test DIR exits 1 and names the example that fails")
    func rulesTestFailingExample() throws {
        let folder = try userRules(adding: """
            kind: boilerplate
            description: A user's own furniture rule whose example is wrong.
            rules:
              - id: share-buttons
                pattern: '^\\s*Share on \\w+\\s*$'
                examples:
                  match: ["Share on Mastodon", "Share this article"]
                  nomatch: ["Shares fell 9 percent"]
            """, as: "user-furniture.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["rules", "test", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("user-furniture.yaml:7:"))
        #expect(outcome.stdout.contains("share-buttons: should match \"Share this article\" but does not"))
        #expect(outcome.stdout.contains(" 1 failed"))
    }

    @Test("rules test DIR and extract --rules DIR exit 2 on a malformed rule file, naming file:line:column")
    func malformedRulesExitTwo() throws {
        let folder = try userRules(adding: "kind: boilerplate\nrules:\n  - id: x\n    pattern: '(a'\n    examples: {match: [a], nomatch: [b]}\n",
                                   as: "user-broken.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let test = try CommandRunner.run(["rules", "test", folder.path])
        #expect(test.status == 2)
        #expect(test.stderr.contains("user-broken.yaml:4:14: error: 'pattern' does not compile"))
        let extract = try CommandRunner.run(["extract", "--rules", folder.path, "examples/articles"])
        #expect(extract.status == 2)
        #expect(extract.stdout.isEmpty)
        #expect(extract.stderr.contains("user-broken.yaml:4:14"))
    }

    @Test("--paths-from reads input paths from a file or standard input, after those on the command line")
    func pathsFrom() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Fixtures.write("Title\n\n“One,” she said.", to: "one.txt", in: folder)
        let second = try Fixtures.write("Title\n\n“Two,” he said.", to: "two.txt", in: folder)
        let list = try Fixtures.write("\(second)\r\n\n  \n\(first)\n", to: "list.txt", in: folder)
        let fromFile = try CommandRunner.run(["extract", "--paths-from", list, first])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let texts = fromFile.stdout.split(separator: "\n").map { $0.contains("One,") ? "one" : "two" }
        #expect(texts == ["one", "two", "one"])
        let fromStandardInput = try CommandRunner.run(["extract", "--paths-from", "-"], stdin: first + "\n")
        #expect(fromStandardInput.status == 0)
        #expect(fromStandardInput.stdout.contains(#""text": "One,""#))
        let missing = try CommandRunner.run(["extract", "--paths-from", folder.appendingPathComponent("none.txt").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.txt:0:0: error: no such path list"))
        let both = try CommandRunner.run(["extract", "--paths-from", "-", "-"], stdin: "")
        #expect(both.status == 2)
        #expect(both.stderr.contains("standard input cannot be both"))
    }

    @Test("check keeps its records in memory, and says so, when no temporary file can be made")
    func checkWithoutTemporaryFolder() throws {
        let arguments = ["check", "--format", "json", "examples/stories"]
        let normal = try CommandRunner.run(arguments)
        let fallback = try CommandRunner.run(arguments, environment: ["TMPDIR": "/nonexistent/quotecheck-test"])
        #expect(normal.status == 1, "\(normal.stderr)")
        #expect(!normal.stderr.contains("warning"))
        #expect(fallback.status == normal.status)
        #expect(fallback.stdout == normal.stdout)
        #expect(fallback.stderr.contains("quotecheck: warning: cannot make a temporary file in /nonexistent/quotecheck-test"))
    }

    @Test("check --report writes the file whole, or names why it cannot and exits 2")
    func checkReportFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.md").path
        let written = try CommandRunner.run(["check", "examples/stories", "--report", target])
        let printed = try CommandRunner.run(["check", "examples/stories"])
        #expect(written.status == printed.status)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == printed.stdout)
        // Nothing but the report is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
        let missing = folder.appendingPathComponent("no-such-folder/report.md").path
        let failed = try CommandRunner.run(["check", "examples/stories", "--report", missing])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("\(missing): error: cannot write the report: cannot create"))
    }

    @Test("check --format html writes one page; --article-tables takes findings, all or a number, and nothing else")
    func checkHTMLAndArticleTables() throws {
        let page = try CommandRunner.run(["check", "--format", "html", "examples/stories"])
        #expect(page.status == 1, "\(page.stderr)")
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>") && page.stdout.hasSuffix("</html>\n"))
        let all = try CommandRunner.run(["check", "--article-tables", "all", "examples/stories"])
        let first = try CommandRunner.run(["check", "--article-tables", "1", "examples/stories"])
        #expect(all.status == 1 && first.status == 1)
        #expect(TestSupport.count("<details>", in: all.stdout) == 2 && TestSupport.count("<details>", in: first.stdout) == 1)
        let wrong = try CommandRunner.run(["check", "--article-tables", "some", "examples/stories"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--article-tables takes findings, all, or a number of articles"))
    }

    @Test("usage errors exit 2")
    func usageError() throws {
        let outcomes = try [["extract"], ["no-such-command"], ["extract", "--jobs", "x", "examples"]].map {
            try CommandRunner.run($0)
        }
        #expect(outcomes.allSatisfy { $0.stderr.contains("Usage: quotecheck") })
        // swift-argument-parser exits 64 (EX_USAGE) on usage errors; the project's contract is 2.
        #expect(outcomes.map(\.status) == [2, 2, 2])
    }

    /// With SIGPIPE ignored (as some shells and supervisors leave it), a write to a closed pipe
    /// fails instead of killing the process: extract must stop with a message, not crash.
    @Test("a standard output closed early stops extract with a message and status 2")
    func closedStandardOutput() throws {
        let binary = try #require(CommandRunner.binary, "the quotecheck binary was not found; run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Records that run well past a pipe's 64 KiB buffer.
        let text = (0..<2_000).map { "“Point number \($0) stands,” Mayor Ana Ruiz said." }.joined(separator: "\n\n")
        let article = try Fixtures.write(text, to: "long.txt", in: folder)
        let status = folder.appendingPathComponent("status").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"trap '' PIPE; { "$0" extract "$1" 2>"$2.err"; echo $? > "$2"; } | head -c 1 > /dev/null"#,
                             binary.path, article, status]
        try process.run()
        process.waitUntilExit()
        #expect(try String(contentsOfFile: status, encoding: .utf8) == "2\n")
        #expect(try String(contentsOfFile: status + ".err", encoding: .utf8).contains("cannot write to standard output"))
    }
}
