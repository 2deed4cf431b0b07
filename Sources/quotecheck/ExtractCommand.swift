import ArgumentParser
import QuoteCheckCore
import QuoteCheckExtraction

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every quote as one JSON object per line (the seed schema, plus where and why).",
        discussion: """
        Offsets are Unicode scalar offsets into the article text, end exclusive. Records come in input \
        order whatever --jobs is. A file that cannot be read is reported on standard error with its \
        name, line and column; the other articles are still extracted and the exit status is 2.
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Show the attribution sieve's decisions for the article with this id (file name or JSONL id) on standard error.")
    var explain: String?

    @OptionGroup var inputs: InputPaths

    func run() throws {
        let rules = try common.loadRules()
        let extractor = Extractor(rules: rules)
        let output = OutputBuffer()
        var failures = 0
        let reader = try inputs.reader()
        let progress = ProgressLine.onStandardError(totalBytes: { reader.knownTextBytes })
        // Records are serialised in the workers, so the ordered writer only copies bytes.
        OrderedParallelMap(jobs: common.jobs).run(reader, process: { [explain] article -> WrittenBytes in
            // JSON Lines of a quote-dense article run to about twice its size, of most articles
            // to less: room for that from the start, so the writer seldom grows (and copies).
            // Capped at 4 MB: a huge article's writer grows as it needs.
            var writer = JSONWriter(capacity: min(article.bytes.count * 2 + 1024, 1 << 22))
            if article.id == explain {
                var lines: [String] = ["== \(article.id)"]
                extractor.writeRecords(of: article, explain: { lines.append($0) }, to: &writer)
                Diagnostics.error(lines.joined(separator: "\n"))
            } else {
                extractor.writeRecords(of: article, to: &writer)
            }
            return writer.finish()
        }) { item, serialised in
            switch item {
            case .failure(let error):
                failures += 1
                output.flush()
                progress.clear()
                Diagnostics.error(error.description)
            case .article(let article):
                if let serialised { output.write(serialised) }
                progress.advance(bytes: article.bytes.count)
            }
        }
        output.flush()
        progress.finish()
        Diagnostics.reportLimitHits(rules)
        if failures > 0 {
            Diagnostics.error("quotecheck: \(failures) input(s) could not be read")
            throw ExitCode(2)
        }
    }
}
