import ArgumentParser
import Foundation
import QuoteCheckCore
import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckEvaluation
import QuoteCheckReports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check annotated quote datasets (JSON Lines in the seed schema) against their articles.",
        discussion: """
        Errors: a line that is not a JSON object; a missing or mistyped field; a kind outside --kinds; \
        an article missing from --articles; offsets outside 0 <= start < end <= length (Unicode scalars); \
        text that differs from the article at its offsets; white space at a span's edge; duplicate or \
        overlapping records (within one file). Warnings: a speaker the article never names; a span without quote marks \
        around it; with --coverage, a quote quotecheck finds that the file lacks (an error with --strict).

        Every problem of every file is reported in one run, as FILE:LINE:COLUMN: level: message.
        Exit status: 0 when nothing reaches --fail-on (default: error, so warnings alone pass); 1 when \
        some problem does; 2 on a usage error, a dataset file that cannot be opened, a missing \
        --articles folder or rules that do not load.
        """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Dataset files (.jsonl), one record per line.")
    var files: [String]

    @Option(help: "Folder holding the articles, named as in the records' \"article\" field.")
    var articles: String

    @Option(help: "Allowed kinds, comma-separated (default: direct,partial,term,headline).")
    var kinds: String?

    @Flag(help: "Also report quotes quotecheck finds in an article that the file lacks.")
    var coverage = false

    @Flag(help: "Coverage findings are errors, not warnings.")
    var strict = false

    @Option(name: .customLong("fail-on"), help: "Lowest level that fails the run: warning or error (info fails on any problem, as warning does).")
    var failOn: Severity = .error

    @OptionGroup var dataset: DatasetOptions
    var format: ReportFormat { dataset.format }
    var maxArticleBytes: Int { dataset.maxArticleBytes }

    func validate() throws {
        if let kinds, kinds.split(separator: ",").isEmpty {
            throw ValidationError("--kinds needs at least one kind")
        }
    }

    func run() throws {
        try ReportOutput.requireFolder(articles, option: "--articles")
        let rules = try common.loadRules()
        var options = Validator.Options(coverage: coverage, strict: strict)
        if let kinds {
            options.allowedKinds = kinds.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        let validator = Validator(options: options, rules: rules, store: ArticleStore(directory: articles, maxArticleBytes: maxArticleBytes))
        let (report, unreadable) = validator.validate(paths: files)
        Diagnostics.reportLimitHits(rules)
        for failure in unreadable { Diagnostics.error(failure.description) }
        ReportOutput.write(format.validationReporter!.render(report))
        if format == .github { ReportOutput.appendStepSummary(MarkdownValidationReporter().render(report)) }
        if !unreadable.isEmpty { throw ExitCode(2) }
        if report.fails(at: failOn) { throw ExitCode(1) }
    }
}
