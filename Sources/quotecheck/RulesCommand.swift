import ArgumentParser
import QuoteCheckCore
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule folders.",
        subcommands: [RulesTestCommand.self]
    )
}

struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Load a rules folder strictly and run every example of every rule.",
        discussion: "Exit status 0 when all examples hold, 1 when some fail, 2 when the folder does not load."
    )

    @Argument(help: "The rules folder (default: the one quotecheck would use).")
    var directory: String?

    func run() throws {
        guard let folder = RulesLocator.locate(explicit: directory) else {
            throw ValidationError("no rules folder found; name one")
        }
        let rules: RuleSet
        do {
            rules = try RuleSet.load(directory: folder)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        let failures = rules.runExamples()
        // A failure quotes the rule's own text (a pattern may hold any character): shown, not sent.
        for failure in failures { print(TerminalText.escape(failure)) }
        print("\(rules.examples.count - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
