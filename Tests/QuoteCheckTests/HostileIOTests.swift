#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction
@testable import QuoteCheckEvaluation

/// Inputs and outputs that are not what a path usually names: links, FIFOs, devices, full
/// disks, paths that leave their folder, numbers at the edge of `Int`, duplicate ids, endless
/// files. Each must end in a clear message, never a hang, a crash or a file written elsewhere.
@Suite("Hostile input and output")
struct HostileIOTests {
    /// Runs the binary with standard output on `output` (a device such as /dev/full).
    private func run(_ arguments: [String], standardOutput output: String,
                     environment: [String: String] = [:]) throws -> CommandRunner.Outcome {
        let binary = try #require(CommandRunner.binary, "the quotecheck binary was not found; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardInput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Outcome(status: process.terminationStatus, stdout: "",
                                     stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A folder with one article and a gold file holding `lines`.
    private func dataset(_ lines: [String]) throws -> (folder: URL, articles: String, gold: String) {
        let folder = try Fixtures.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try Fixtures.write("Title\n\n“Fine,” she said.\n", to: "a.txt", in: articles)
        let gold = try Fixtures.write(lines.joined(separator: "\n") + "\n", to: "gold.jsonl", in: folder)
        return (folder, articles.path, gold)
    }

    private static let fine = TestRecord.line(article: "a.txt", start: 8, end: 13, text: "Fine,", kind: "direct",
                                              speakers: [], cue: "said")

    private func permissions(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    // MARK: check --report FILE

    @Test("a report written through a symbolic link lands in its target, and the link stays a link")
    func reportThroughSymlink() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try Fixtures.write("old", to: "real/report.md", in: folder)
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/report.md")
        try AtomicFile.write(to: link) { append in append("new "); append("report") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/report.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.md", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/real") == ["report.md"])
    }

    @Test("a report to a FIFO is written into it, not renamed over it")
    func reportIntoFIFO() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
            done.signal()
        }
        try AtomicFile.write(to: fifo) { append in append("through "); append("the pipe") }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(String(decoding: received, as: UTF8.self) == "through the pipe")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.fifo"])
    }

    /// On a device node of its own (made only when the tests run as root), so that a regression
    /// can never replace the machine's /dev/null with a regular file.
    @Test("a report to a character device is written into it; no regular file replaces the device")
    func reportIntoDevice() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = folder.appendingPathComponent("null").path
        guard mknod(device, S_IFCHR | 0o666, dev_t(0x103)) == 0 else {  // major 1, minor 3: the null device
            print("skipped: cannot make a device node here (not root)")
            return
        }
        try AtomicFile.write(to: device) { $0("nothing to see") }
        var info = stat()
        #expect(lstat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["null"])
    }

    @Test("a report keeps the mode of the file it replaces; a new one is 0644 less the umask")
    func reportKeepsMode() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = try Fixtures.write("old", to: "private.md", in: folder)
        #expect(chmod(existing, 0o600) == 0)
        try AtomicFile.write(to: existing) { $0("new") }
        #expect(permissions(existing) == 0o600)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "new")
        let mask = umask(0o022)
        umask(mask)
        let fresh = folder.appendingPathComponent("fresh.md").path
        try AtomicFile.write(to: fresh) { $0("new") }
        #expect(permissions(fresh) == 0o644 & ~mask)
    }

    struct Interrupted: Error {}

    @Test("no temporary file is left when writing fails, and the old report is untouched")
    func noTemporaryLeftOnError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try Fixtures.write("old", to: "report.md", in: folder)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: target) { append in
                append("half a rep")
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        // A folder where the report should be cannot be written into, and leaves nothing either.
        let inFolder = folder.appendingPathComponent("sub").path
        try FileManager.default.createDirectory(atPath: inFolder, withIntermediateDirectories: false)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(to: inFolder) { $0("x") } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["report.md", "sub"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: inFolder).isEmpty)
    }

    /// Row 4 as a user meets it: the signal reaches a running `quotecheck` while it writes the
    /// report (its temporary file exists), not a function called by the test.
    @Test("SIGTERM while check writes its report leaves no temporary file, and the old report stands")
    func signalDuringReportWrite() throws {
        let binary = try #require(CommandRunner.binary, "the quotecheck binary was not found; run `swift build` first")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Many articles, each with a quote table in the report: a write that takes a while.
        var lines = ""
        for number in 0..<4_000 {
            lines += #"{"id": "wire-\#(number)", "text": "Harbour Talks \#(number)\n\n\u201cBerth \#(number) reopens on Monday,\u201d "#
                + #"harbour master Ines Calloway said. \u201cThe divers found nothing at all,\u201d she added."}"# + "\n"
        }
        let input = try Fixtures.write(lines, to: "in/wires.jsonl", in: folder)
        let reports = folder.appendingPathComponent("out")
        let report = try Fixtures.write("old", to: "report.md", in: reports)
        let pid = try Self.spawnUnblocked(binary.path, ["check", "--jobs", "1", "--article-tables", "4000", "--report", report, input])
        // Wait for the temporary file beside the report, then signal at once.
        var caught = false, status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".report.md.") }) {
                caught = kill(pid, SIGTERM) == 0
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(200)
        }
        #expect(caught, "the report was written before the signal could be sent: give the run more articles")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["report.md"])
        if caught {
            #expect(status & 0x7F == SIGTERM, "the run ended with status \(status), not by the signal")
            #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
        }
    }

    /// Starts `path` with no signal blocked and every signal at its default, as a shell would.
    /// (`Process` hands on the spawning thread's mask, and the test runner's threads block
    /// SIGTERM: the signal would wait until the run had finished.) Output goes to /dev/null.
    private static func spawnUnblocked(_ path: String, _ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard error == 0 else { throw RunnerError("cannot start \(path): \(String(cString: strerror(error)))") }
        return pid
    }

    // MARK: validate and eval

    @Test("validate and eval refuse article names that leave the articles folder, and print nothing of the file")
    func articleNamesStayInTheirFolder() throws {
        let (folder, articles, _) = try dataset([])
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("TOP SECRET words", to: "secret.txt", in: folder)
        try FileManager.default.createSymbolicLink(atPath: articles + "/link.txt", withDestinationPath: "../secret.txt")
        let names = ["../secret.txt", folder.path + "/secret.txt", "link.txt", "sub/../../secret.txt"]
        let lines = names.map { TestRecord.line(article: $0, start: 0, end: 3, text: "TOP", kind: "direct") }
        let gold = try Fixtures.write(lines.joined(separator: "\n") + "\n", to: "gold.jsonl", in: folder)
        let validated = try CommandRunner.run(["validate", gold, "--articles", articles])
        #expect(validated.status == 1, "\(validated.stderr)")
        for line in 1...names.count {
            #expect(validated.stdout.contains("\(gold):\(line):"), "line \(line): \(validated.stdout)")
        }
        #expect(validated.stdout.components(separatedBy: "outside the articles folder").count == names.count + 1,
                "\(validated.stdout)")
        #expect(!validated.stdout.contains("SECRET") && !validated.stderr.contains("SECRET"))
        let evaluated = try CommandRunner.run(["eval", "--gold", gold, "--articles", articles])
        #expect(evaluated.status == 2)
        #expect(evaluated.stderr.contains("\(gold):1:"))
        #expect(evaluated.stderr.components(separatedBy: "outside the articles folder").count == names.count + 1,
                "\(evaluated.stderr)")
        #expect(!evaluated.stdout.contains("SECRET") && !evaluated.stderr.contains("SECRET"))
    }

    @Test("eval rejects negative, reversed and past-the-end offsets, extreme ones too, naming file:line; exit 2")
    func evalRejectsExtremeOffsets() throws {
        let extremes = [
            #"{"article": "a.txt", "start": -9223372036854775808, "end": 9223372036854775807, "text": "x", "kind": "direct", "speakers": [], "cue": null, "via": [], "outlet": null}"#,
            #"{"article": "a.txt", "start": 4611686018427387904, "end": -4611686018427387904, "text": "x", "kind": "direct", "speakers": [], "cue": null, "via": [], "outlet": null}"#,
            #"{"article": "a.txt", "start": 3, "end": 4611686018427387904, "text": "x", "kind": "direct", "speakers": [], "cue": null, "via": [], "outlet": null}"#,
        ]
        let (folder, articles, gold) = try dataset([Self.fine] + extremes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["eval", "--gold", gold, "--articles", articles])
        #expect(outcome.status == 2, "\(outcome.stderr)")
        for line in 2...4 { #expect(outcome.stderr.contains("\(gold):\(line):"), "line \(line): \(outcome.stderr)") }
        #expect(outcome.stdout.contains("span_exact_F1"))
        // Predictions at the edge of Int are refused too, and the figures still computed.
        let predictions = try Fixtures.write(([Self.fine] + extremes).joined(separator: "\n") + "\n", to: "predictions.jsonl", in: folder)
        let scored = try CommandRunner.run(["eval", "--gold", predictions, "--predictions", predictions])
        #expect(scored.status == 2, "\(scored.stderr)")
        #expect(scored.stderr.contains("\(predictions):2:"))
        #expect(scored.stdout.contains("span_exact_F1"))
    }

    @Test("span overlap does not overflow at the edges of Int")
    func iouAtTheEdges() {
        #expect(SpanOverlap.iou(Int.min, Int.max, 0, 1) >= 0)
        #expect(SpanOverlap.iou(-(1 << 62), 1 << 62, 1 << 62, -(1 << 62)) >= 0)
        #expect(SpanOverlap.iou(0, 10, 0, 10) == 1)
    }

    @Test("validate and eval stop with a message and status 2 when standard output cannot be written")
    func fullStandardOutput() throws {
        let (folder, articles, gold) = try dataset([Self.fine])
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["validate", gold, "--articles", articles], ["eval", "--gold", gold, "--articles", articles]] {
            let outcome = try run(arguments, standardOutput: "/dev/full")
            #expect(outcome.status == 2, "\(arguments[0]): \(outcome.stderr)")
            #expect(outcome.stderr.contains("quotecheck: cannot write to standard output: No space left on device"),
                    "\(arguments[0]): \(outcome.stderr)")
        }
    }

    @Test("a step summary that cannot be written is reported, not a crash")
    func fullStepSummary() throws {
        let (folder, articles, gold) = try dataset([Self.fine])
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["validate", gold, "--articles", articles], ["eval", "--gold", gold, "--articles", articles]] {
            let outcome = try CommandRunner.run(arguments + ["--format", "github"], environment: ["GITHUB_STEP_SUMMARY": "/dev/full"])
            #expect(outcome.status == 0, "\(arguments[0]): \(outcome.stderr)")
            #expect(outcome.stderr.contains("/dev/full:0:0: warning: cannot append to $GITHUB_STEP_SUMMARY: No space left on device"),
                    "\(arguments[0]): \(outcome.stderr)")
        }
    }

    @Test("a negative --mismatches is a usage error")
    func negativeMismatches() throws {
        let (folder, articles, gold) = try dataset([Self.fine])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["eval", "--gold", gold, "--articles", articles, "--format", "markdown",
                                             "--mismatches=-1"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--mismatches"), "\(outcome.stderr)")
    }

    // MARK: input

    @Test("a folder walk takes regular files only: a FIFO named .txt is skipped with a warning")
    func fifoInFolderIsSkipped() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("Title\n\n“Fine,” she said.\n", to: "b.txt", in: folder)
        let fifo = folder.appendingPathComponent("a.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let warnings = Warnings()
        nonisolated(unsafe) var ids: [String] = []
        let done = DispatchSemaphore(value: 0)
        let reader = InputReader(paths: [folder.path], warning: { warnings.add($0) })
        Thread.detachNewThread {
            reader.forEach { item in
                if case let .article(article) = item { ids.append(article.id) }
                return true
            }
            done.signal()
        }
        let finished = done.wait(timeout: .now() + 10) == .success
        if !finished {
            // Let the blocked reader go: a writer that opens and closes gives it an empty FIFO.
            let writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = done.wait(timeout: .now() + 10)
        }
        #expect(finished)
        #expect(ids == ["b.txt"])
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains(fifo) == true, "\(warnings.all)")
    }

    @Test("a FIFO named on the command line is still read")
    func fifoNamedDirectly() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        Thread.detachNewThread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("Title\n\n“Fine,” she said.\n".utf8))
                handle.closeFile()
            }
        }
        var ids: [String] = []
        InputReader(paths: [fifo]).forEach { item in
            if case let .article(article) = item { ids.append(article.id) }
            return true
        }
        #expect(ids == ["pipe.txt"])
    }

    @Test("a JSONL id seen before is an input error naming both lines; the line is skipped and the rest read")
    func duplicateJSONLIds() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": "a", "text": "He said “one”."}"#,
            #"{"id": "b", "text": "He said “two”."}"#,
            #"{"id": "a", "text": "He said “three”."}"#,
            #"{"id": "c", "text": "He said “four”."}"#,
        ]
        let file = try Fixtures.write(lines.joined(separator: "\n") + "\n", to: "x.jsonl", in: folder)
        var seen: [String] = []
        InputReader(paths: [file]).forEach { item in
            switch item {
            case let .article(article): seen.append(article.id)
            case let .failure(error): seen.append(error.description)
            }
            return true
        }
        #expect(seen == ["a", "b", "\(file):3:1: error: duplicate id \"a\" (first on line 1); this line is skipped", "c"])
        var parallel: [String] = []
        OrderedParallelMap(jobs: 2, batchSize: 2).run(InputReader(paths: [file]), process: { $0.id }) { item, _ in
            switch item {
            case let .article(article): parallel.append(article.id)
            case let .failure(error): parallel.append(error.description)
            }
        }
        #expect(parallel == seen)
        let outcome = try CommandRunner.run(["extract", file])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(file):3:1: error: duplicate id \"a\" (first on line 1)"))
        #expect(outcome.stdout.contains("four") && !outcome.stdout.contains("three"))
    }

    @Test("an article over --max-article-bytes is an input error naming it, and the run goes on")
    func articleSizeLimit() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = try Fixtures.write("Title\n\n“" + String(repeating: "word ", count: 100) + "” she said.\n", to: "a.txt", in: folder)
        try Fixtures.write("Title\n\n“Fine,” she said.\n", to: "b.txt", in: folder)
        let outcome = try CommandRunner.run(["extract", "--max-article-bytes", "100", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(big):0:0: error: the article is larger than --max-article-bytes (100 bytes)"),
                "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Fine,"))
        let jsonl = try Fixtures.write(#"{"id": "big", "text": "\#(String(repeating: "word ", count: 100))"}"# + "\n"
                                       + #"{"id": "small", "text": "He said “yes”."}"# + "\n", to: "x.jsonl", in: folder)
        let lines = try CommandRunner.run(["check", "--format", "json", "--max-article-bytes", "100", jsonl])
        #expect(lines.status == 2)
        #expect(lines.stderr.contains("\(jsonl):1:"), "\(lines.stderr)")
        #expect(lines.stderr.contains("--max-article-bytes"))
        // An endless device stops at the limit instead of filling memory.
        let zero = try CommandRunner.run(["extract", "--max-article-bytes", "1000", "/dev/zero"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("/dev/zero:0:0: error: the article is larger than --max-article-bytes"))
        // validate and eval read their articles within a limit too.
        let store = ArticleStore(directory: folder.path, maxArticleBytes: 100)
        if case let .failure(failure) = store.article(named: "a.txt") {
            #expect(failure == .tooLarge(path: big, limit: 100))
        } else {
            Issue.record("an article over the limit was read")
        }
        #expect((try? store.article(named: "b.txt").get()) != nil)
        let usage = try CommandRunner.run(["extract", "--max-article-bytes", "0", folder.path])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--max-article-bytes"))
    }

    // MARK: rules

    @Test("a rule's description must be a string, at every level")
    func descriptionMustBeAString() throws {
        let cases = [
            "kind: kinds\ndescription: {a: b}\n",
            "kind: boilerplate\nrules:\n  - id: x\n    pattern: '^Share'\n    description: [a, b]\n    examples: {match: [Share], nomatch: [No]}\n",
        ]
        for yaml in cases {
            var rules = RuleSet()
            do {
                try rules.add(yaml: yaml, file: "user/bad.yaml")
                Issue.record("loaded although its description is not a string: \(yaml)")
            } catch {
                #expect(error.description.hasPrefix("user/bad.yaml:"))
                #expect(error.message.contains("'description' must be a string"), "\(error)")
            }
        }
    }

    // MARK: SARIF

    @Test("every SARIF log says its columns count Unicode code points")
    func sarifColumnKind() throws {
        let outcome = try CommandRunner.run(["check", "--format", "sarif", "examples/stories"])
        let log = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let runs = try #require(log?["runs"] as? [[String: Any]])
        #expect(!runs.isEmpty)
        #expect(runs.allSatisfy { $0["columnKind"] as? String == "unicodeCodePoints" })
    }
}

/// Warnings collected from any thread.
private final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
