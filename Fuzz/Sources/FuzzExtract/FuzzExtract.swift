// libFuzzer target: arbitrary bytes as one article, through the whole `extract` path, and
// `check`'s work on it.
//
// The bytes are read as a `.txt` file would be and, when that yields an article, also sent
// as the escaped text of a JSON line; they are read as a JSON line as given, too. Each article
// is laid out, its quotes found, attributed and written; then analysed as `check` does (dates,
// titles, occasions) and checked against a copy of itself from another outlet, and the Markdown
// report rendered. Besides "no crash, no hang, no leak", the target checks what every run
// promises: a record's text is exactly the text between its offsets, records come in text
// order, the streamed JSON Lines are the records' own, the JSON round trip gives back the same
// bytes, and no control character of the text reaches the report. A broken promise traps, so
// libFuzzer keeps the input.
import FuzzSupport
@testable import QuoteCheckCore
@testable import QuoteCheckRules
import QuoteCheckText
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// The project's rules, loaded once.
private let rules = FuzzSupport.projectRules()
private let extractor = Extractor(rules: rules)
private let checker: CrossChecker = {
    do { return try CrossChecker(rules: rules) } catch { fatalError("the checks do not load: \(error)") }
}()

@main
enum FuzzExtract {
    static func main() { FuzzSupport.run(fuzzExtract) }
}

/// One input; libFuzzer calls it over and over.
private func fuzzExtract(_ bytes: [UInt8]) {
    if case .article(let article) = InputReader.textArticle(bytes: bytes, id: "fuzz.txt", path: "fuzz.txt") {
        extractChecked(article)
        var line = Array(#"{"id": "fuzz", "text": "#.utf8)
        line += EncodedJSONString(article.text).bytes
        line += Array(#", "outlet": "Fuzz Wire"}"#.utf8)
        guard case .article(let back) = JSONLReader(name: "fuzz.jsonl").parse(line, lineNumber: 1) else {
            fatalError("the article's text, escaped as a JSON line, does not read back")
        }
        precondition(back.bytes == article.bytes, "the JSON round trip changed the text")
        extractChecked(back)
    }
    if case .article(let article) = JSONLReader(name: "fuzz.jsonl").parse(bytes, lineNumber: 1) {
        extractChecked(article)
    }
}

/// Extracts `article` both ways (records, and JSON Lines streamed from its bytes) and checks
/// the records against the text.
private func extractChecked(_ article: Article) {
    var explained = 0
    let records = extractor.extract(article, explain: { explained += $0.utf8.count })
    var writer = JSONWriter(capacity: 256)
    let written = extractor.writeRecords(of: article, to: &writer)
    precondition(written == records.count, "writeRecords wrote \(written) records, extract made \(records.count)")
    precondition(writer.bytes == records.flatMap(\.jsonLine), "streamed JSON Lines differ from the records'")
    let scalars = Array(article.text.unicodeScalars)
    var previousStart = 0
    for record in records {
        precondition(0 <= record.start && record.start <= record.end && record.end <= scalars.count,
                     "offsets \(record.start)..<\(record.end) outside the text (\(scalars.count) scalars)")
        precondition(record.start >= previousStart, "records out of text order")
        previousStart = record.start
        // Compared scalar by scalar: String's == holds for canonically equivalent texts too.
        precondition(record.text.unicodeScalars.elementsEqual(scalars[record.start..<record.end]),
                     "a record's text is not the text between its offsets")
        precondition(record.line >= 1 && record.column >= 1, "line and column are 1-based")
    }
    // check: the article and the same text from another outlet, as two witnesses.
    let copy = Article(id: article.id + " (copy)", bytes: article.bytes, outlet: "Fuzz Other Wire", date: article.date,
                       origin: SourceLocation(file: "copy.txt", line: 1, column: 1))
    let analyses = [checker.analyse(article, records: records), checker.analyse(copy)]
    for position in analyses[0].titlePositions {
        precondition(0 <= position.start && position.start <= position.end && position.end <= scalars.count,
                     "a title's offsets \(position.start)..<\(position.end) lie outside the text")
    }
    let report = CheckMarkdownReporter(articleTables: .first(2)).render(checker.check(analyses))
    precondition(!report.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                 "a control character reached the Markdown report")
}
