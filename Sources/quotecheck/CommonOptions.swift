import ArgumentParser
import Foundation
import QuoteCheckCore
import QuoteCheckRules
import QuoteCheckExtraction

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

/// Messages for the person running quotecheck, on standard error.
enum Diagnostics {
    static func error(_ message: String) { StandardError.write(line: message) }

    /// One warning per rule whose pattern hit PCRE2's match limit during the run (such calls
    /// counted as no match): where it first hit and how often. Said at the end of a run.
    static func reportLimitHits(_ rules: RuleSet) {
        for hit in rules.limitHits { error(hit.description) }
    }
}
