import ArgumentParser
import QuoteCheckExtraction
import QuoteCheckReports

/// The options of the commands that read an annotated dataset beside its articles (`validate`,
/// `eval`): the report's format and the largest article file read.
struct DatasetOptions: ParsableArguments {
    @Option(help: "Output: text, json, markdown, sarif or github.")
    var format: ReportFormat = .text

    @Option(name: .customLong("max-article-bytes"), help: "An article file larger than this is an error for its records.")
    var maxArticleBytes: Int = InputReader.defaultMaxArticleBytes

    func validate() throws {
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be 1 or more") }
    }
}
