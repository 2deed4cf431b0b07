import ArgumentParser
import Foundation
import QuoteCheckCore
import QuoteCheckText
import QuoteCheckExtraction

/// The inputs of a pipeline command: paths on the command line and, for lists too long for it,
/// a file of paths. swift-argument-parser's cost grows with the square of the number of
/// positional arguments (8,000 paths take about two seconds to parse), and the shell has a limit
/// too, so whole archives are named by a list or a folder, not word by word.
struct InputPaths: ParsableArguments {
    @Option(name: .customLong("paths-from"),
            help: "Read more input paths from this file, one per line (- for standard input); blank lines are skipped.")
    var pathsFrom: String?

    @Argument(help: "Files (.txt, .jsonl), folders, or - for standard input.")
    var paths: [String] = []

    @Option(name: .customLong("max-article-bytes"),
            help: "An article (a file, standard input, a JSON line) larger than this is an input error; the others are still read.")
    var maxArticleBytes: Int = InputReader.defaultMaxArticleBytes

    func validate() throws {
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be 1 or more") }
        if paths.isEmpty && pathsFrom == nil {
            throw ValidationError("give at least one input path, or --paths-from FILE")
        }
        if pathsFrom == "-" && paths.contains("-") {
            throw ValidationError("standard input cannot be both the path list (--paths-from -) and an input (-)")
        }
    }

    /// A reader of every input path, with the article size limit.
    func reader() throws -> InputReader {
        InputReader(paths: try all(), maxArticleBytes: maxArticleBytes)
    }

    /// The command-line paths, then the listed ones, in order. An unreadable list stops the run
    /// (exit 2) with its name.
    func all() throws -> [String] {
        guard let list = pathsFrom else { return paths }
        let data: Data
        if list == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let contents = FileManager.default.contents(atPath: list) {
            data = contents
        } else {
            let reason = FileManager.default.fileExists(atPath: list) ? "cannot read the path list" : "no such path list"
            Diagnostics.error(InputError(SourceLocation(file: list, line: 0, column: 0), reason).description)
            throw ExitCode(2)
        }
        // Lines end in \n or \r\n (one Character, so split on newlines, not on "\n").
        let listed = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .filter { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
        if listed.contains("-") && list == "-" {
            Diagnostics.error("quotecheck: the path list read from standard input names - (standard input) as an input")
            throw ExitCode(2)
        }
        return paths + listed
    }
}
