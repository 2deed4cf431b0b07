#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import QuoteCheckCore

/// Options every pipeline command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of rule files (default: $QUOTECHECK_RULES, ./rules, or beside the binary).")
    var rules: String?

    @Option(name: .long, help: "Articles processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Loads the rules or exits with status 2 and the rule error.
    func loadRules() throws -> RuleSet {
        guard let folder = RulesLocator.locate(explicit: rules) else {
            throw ValidationError("no rules folder found; pass --rules DIR or set QUOTECHECK_RULES")
        }
        do {
            return try RuleSet.load(directory: folder)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writes to standard error and standard output without going through `print`'s locking per call.
enum Diagnostics {
    static func error(_ message: String) {
        // Not FileHandle, whose write traps when standard error cannot be written: a message
        // that cannot be shown is dropped, and the exit status still tells.
        var line = message + "\n"
        _ = line.withUTF8 { FileSystem.writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    /// One warning per rule whose pattern hit PCRE2's match limit during the run (such calls
    /// counted as no match): where it first hit and how often. Said at the end of a run.
    static func reportLimitHits(_ rules: RuleSet) {
        for hit in rules.limitHits { error(hit.description) }
    }
}
