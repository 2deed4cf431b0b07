import ArgumentParser
import Foundation

@main
struct QuoteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotecheck",
        abstract: "Find, attribute and cross-check the quotes in news articles.",
        discussion: """
        Inputs are .txt files, folders (searched recursively) and .jsonl files of \
        {"id", "text", "title"?, "outlet"?, "date"?, "url"?} (a title is read as the first line); \
        "-" reads standard input.
        Rules come from --rules DIR, $QUOTECHECK_RULES, ./rules, or the rules folder beside the binary.

        Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
        """,
        subcommands: [ExtractCommand.self, CheckCommand.self, ValidateCommand.self, EvalCommand.self, RulesCommand.self]
    )

    /// ArgumentParser exits 64 on usage errors; the project's contract is 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Diagnostics.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
