import QuoteCheckEvaluation

/// A Markdown summary (for pull requests and `$GITHUB_STEP_SUMMARY`): the figures, the bars,
/// a table per article and the mismatches, gold beside prediction.
public struct MarkdownEvaluationReporter: EvaluationReporter {
    /// Mismatch rows shown before "and N more" (GitHub caps a step summary at 1 MiB).
    public static let defaultMismatchLimit = 100
    public let mismatchLimit: Int

    public init(mismatchLimit: Int = defaultMismatchLimit) { self.mismatchLimit = mismatchLimit }

    public func render(_ report: EvaluationReport) -> String {
        var out = "## quotecheck eval: \(MarkdownText.escape(report.goldPath))\n\n"
        if !report.bars.isEmpty {
            out += report.failsBars ? "**Below the bar.**\n\n" : "All bars reached.\n\n"
            out += "| bar | value | minimum | result |\n| --- | ---: | ---: | --- |\n"
            for bar in report.bars {
                out += "| \(bar.bar.figure) | \(ReportText.fixed3(bar.value)) | \(ReportText.fixed3(bar.bar.minimum)) | "
                    + "\(bar.passed ? "pass" : "**FAIL**") |\n"
            }
            out += "\n"
        }
        if !report.problems.isEmpty {
            out += "**\(report.problems.count) input problem\(report.problems.count == 1 ? "" : "s")** "
                + "(see the log): unreadable lines are left out of the figures and the gold of a missing article counts as missed.\n\n"
        }
        out += "| figure | value |\n| --- | ---: |\n"
        for figure in report.scores.figures {
            out += "| \(figure.name) | \(ReportText.figure(figure.value)) |\n"
        }
        out += "\n### Per article\n\n"
        out += "| article | gold | pred | exact | matched | P | R | F1 | all fields |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for article in report.articles {
            out += "| \(MarkdownText.escape(article.article)) | \(article.gold) | \(article.predicted) | \(article.exact) | "
                + "\(article.matched) | \(ReportText.fixed3(article.overlap.precision)) | \(ReportText.fixed3(article.overlap.recall)) | "
                + "\(ReportText.fixed3(article.overlap.f1)) | \(article.allFieldsExact) |\n"
        }
        out += "\n### Mismatches (\(report.mismatches.count))\n\n"
        guard !report.mismatches.isEmpty else { return out + "None: every gold record is predicted, every field right.\n" }
        out += "| article | gold line | differs | gold | prediction |\n| --- | ---: | --- | --- | --- |\n"
        let all = ["speakers", "cue", "via", "outlet"]
        for mismatch in report.mismatches.prefix(mismatchLimit) {
            let article = mismatch.gold?.article ?? mismatch.prediction?.article ?? ""
            let line = mismatch.gold.map { String($0.location.line) } ?? ""
            let differs = mismatch.kind == .differs ? mismatch.fields.joined(separator: ", ") : mismatch.kind.rawValue
            let shown = mismatch.kind == .differs ? mismatch.fields : all
            let gold = mismatch.gold.map { ReportText.record($0, fields: shown) } ?? "—"
            let prediction = mismatch.prediction.map { ReportText.record($0, fields: shown) } ?? "—"
            out += "| \(MarkdownText.escape(article)) | \(line) | \(differs) | \(MarkdownText.escape(gold)) | "
                + "\(MarkdownText.escape(prediction)) |\n"
        }
        if report.mismatches.count > mismatchLimit {
            out += "\n… and \(report.mismatches.count - mismatchLimit) more (all of them in `--format json`).\n"
        }
        return out
    }
}
