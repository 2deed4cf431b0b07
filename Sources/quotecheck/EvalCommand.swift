import ArgumentParser
import QuoteCheckCore
import QuoteCheckExtraction
import QuoteCheckEvaluation
import QuoteCheckReports

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run quotecheck over an annotated dataset's articles and score it as score.py does.",
        discussion: """
        Scores exactly as ../shared/tools/score.py: exact and overlap (IoU >= 0.5, best one-to-one) span \
        P/R/F1; on matched spans kind, speaker (strict and lenient), cue, via and outlet accuracy; \
        end2end P/R/F1 and all_fields_exact. --format text prints score.py's lines, so the two diff clean.

        Bars: --min-f1 X sets the bar on span_overlap_F1; --min FIELD=X on any ratio score.py prints \
        (span_exact_F1, kind_acc, speaker_strict_acc, cue_acc, ...; short names: exact, overlap, kind, \
        speaker, speaker_lenient, cue, via, outlet, end2end).
        Exit status: 0 when every bar is reached; 1 when one is not; 2 on a usage error or an input \
        problem (a gold line that cannot be read, a missing article), reported on standard error.
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The gold dataset (.jsonl).")
    var gold: String

    @Option(help: "Folder holding the articles the gold names.")
    var articles: String?

    @Option(help: "Score these predictions (.jsonl) instead of running quotecheck.")
    var predictions: String?

    @Option(name: .customLong("ignore-spans"), help: "Spans where a prediction is neither right nor wrong (.jsonl).")
    var ignoreSpans: String?

    @Option(name: .customLong("ignore-kinds"), help: "Drop predictions of these kinds, comma-separated (e.g. term,claim).")
    var ignoreKinds: String?

    @Option(name: .customLong("speaker-gold"), help: "Score speakers against these records instead (.jsonl).")
    var speakerGold: String?

    @Option(name: .customLong("min-f1"), help: "Fail below this span overlap F1.")
    var minF1: Double?

    @Option(name: .customLong("min"), help: "Fail when FIELD is below X (FIELD=X; repeatable).")
    var minimums: [String] = []

    @Option(help: "Mismatch rows in the Markdown summary.")
    var mismatches: Int = MarkdownEvaluationReporter.defaultMismatchLimit

    @OptionGroup var dataset: DatasetOptions
    var format: ReportFormat { dataset.format }
    var maxArticleBytes: Int { dataset.maxArticleBytes }

    func validate() throws {
        if articles == nil && predictions == nil {
            throw ValidationError("--articles DIR is needed (or --predictions FILE)")
        }
        guard mismatches >= 0 else { throw ValidationError("--mismatches must be 0 or more") }
        _ = try bars()
    }

    /// The bars asked for.
    func bars() throws -> [ScoreBar] {
        var bars: [ScoreBar] = []
        do {
            if let minF1 { bars.append(try ScoreBar(figureNamed: "span_overlap_F1", minimum: String(minF1))) }
            for minimum in minimums { bars.append(try ScoreBar.parse(minimum)) }
        } catch {
            throw ValidationError(error.description)
        }
        return bars
    }

    func run() throws {
        let goldFile = try read(gold)
        var problems: [DatasetProblem] = []
        var scoring = Scorer.Options()
        // As in score.py, an empty value is the same as no option.
        if let ignoreKinds, !ignoreKinds.isEmpty { scoring.ignoreKinds = ignoreKinds.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        if let ignoreSpans, !ignoreSpans.isEmpty {
            let file = try read(ignoreSpans)
            scoring.ignoreSpans = file.records
            problems += file.problems
        }
        if let speakerGold, !speakerGold.isEmpty {
            let file = try read(speakerGold)
            scoring.speakerGold = file.records
            problems += file.problems
        }
        let evaluation = Evaluation(options: .init(scoring: scoring, bars: try bars(), jobs: common.jobs))
        var report: EvaluationReport
        if let predictions {
            let file = try read(predictions)
            report = evaluation.score(gold: goldFile.records, predictions: file.records, goldPath: gold,
                                      problems: goldFile.problems + file.problems)
        } else {
            let folder = articles!
            try ReportOutput.requireFolder(folder, option: "--articles")
            let rules = try common.loadRules()
            report = evaluation.run(gold: goldFile, extractor: Extractor(rules: rules), store: ArticleStore(directory: folder, maxArticleBytes: maxArticleBytes))
            Diagnostics.reportLimitHits(rules)
        }
        report.problems += problems

        for problem in report.problems { Diagnostics.error(problem.description) }
        ReportOutput.write(format.evaluationReporter(mismatchLimit: mismatches)!.render(report))
        if format == .text {
            for bar in report.bars where !bar.passed {
                Diagnostics.error("quotecheck eval: \(bar.bar.figure) \(String(format: "%.3f", bar.value)) is below the bar "
                                  + String(format: "%.3f", bar.bar.minimum))
            }
        }
        if format == .github {
            ReportOutput.appendStepSummary(MarkdownEvaluationReporter(mismatchLimit: mismatches).render(report))
        }
        if !report.problems.isEmpty {
            Diagnostics.error("quotecheck eval: \(report.problems.count) input problem(s): unreadable lines are left out "
                              + "of the figures and the gold of a missing article counts as missed")
            throw ExitCode(2)
        }
        if report.failsBars { throw ExitCode(1) }
    }

    private func read(_ path: String) throws -> AnnotationReader.File {
        do {
            return try AnnotationReader.read(path: path, schema: .spans)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }
}
