import ArgumentParser
import Foundation
import QuoteCheckCore
import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckCrossCheck
import QuoteCheckReports

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare the quotes of many articles across outlets and report what disagrees.",
        discussion: """
        Groups the mentions of each statement across articles, then flags speaker conflicts, wording \
        drift, truncated quotes, conflicting titles and differing intermediaries (see rules/checks.yaml). \
        The report goes to standard output, or to --report FILE (written atomically). An input that \
        cannot be read is reported with its file, line and column and the others are still checked.

        Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 on a usage or input error.
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output format: markdown, html (one self-contained page), json, sarif or github.")
    var format: String = "markdown"

    @Option(name: .long, help: "Write the report to this file (atomically) instead of standard output.")
    var report: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning or info.")
    var failOn: String = "error"

    @Option(name: .customLong("article-tables"),
            help: "Which articles' quotes the Markdown and HTML reports list: findings (those findings cite), all, or the first N; the rest are counted.")
    var articleTables: String = "findings"

    @OptionGroup var inputs: InputPaths

    func validate() throws {
        guard ArticleTables(argument: articleTables) != nil else {
            throw ValidationError("--article-tables takes findings, all, or a number of articles (0 or more)")
        }
    }

    func run() throws {
        guard let reportFormat = ReportFormat(rawValue: format), ReportFormat.checkFormats.contains(reportFormat) else {
            Diagnostics.error("quotecheck: unknown --format '\(format)' (known: \(ReportFormat.checkFormats.map(\.rawValue).joined(separator: ", ")))")
            throw ExitCode(2)
        }
        guard let threshold = Severity(rawValue: failOn) else {
            Diagnostics.error("quotecheck: unknown --fail-on '\(failOn)' (known: error, warning, info)")
            throw ExitCode(2)
        }
        let rules = try common.loadRules()
        let checker: CrossChecker
        do {
            checker = try CrossChecker(rules: rules, folder: RulesLocator.locate(explicit: common.rules) ?? "rules")
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        var corpus = CheckCorpus(placesPerSpeaker: EditorReportOptions.defaultPlacesPerSpeaker)
        var failures: [InputError] = []
        OrderedParallelMap(jobs: common.jobs).run(try inputs.reader(), process: { checker.analyse($0) }) { item, analysis in
            switch item {
            case .failure(let error):
                failures.append(error)
                Diagnostics.error(error.description)
            case .article:
                if let analysis { corpus.append(analysis) }
            }
        }
        if let warning = corpus.spoolWarning { Diagnostics.error("quotecheck: warning: \(warning)") }
        let result = checker.check(corpus, inputErrors: failures)
        Diagnostics.reportLimitHits(rules)
        let reporter = reportFormat.checkReporter(articleTables: ArticleTables(argument: articleTables)!)!
        if let report {
            do {
                try AtomicFile.write(to: report) { reporter.write(result, to: $0) }
            } catch {
                Diagnostics.error("\(report): error: cannot write the report: \(error)")
                throw ExitCode(2)
            }
        } else {
            let output = OutputBuffer()
            reporter.write(result) { output.write($0) }
            output.flush()
        }
        if !failures.isEmpty {
            Diagnostics.error("quotecheck: \(failures.count) input(s) could not be read")
            throw ExitCode(2)
        }
        if result.count(atLeast: threshold) > 0 { throw ExitCode(1) }
    }
}
