import Foundation
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// Checks annotated quote datasets (JSON Lines in the seed schema) against the articles they
/// annotate, collecting every problem of every file in one run.
///
/// Errors: a line that is not a JSON object; a missing or mistyped field; a kind outside the
/// allowed set; an article that does not exist; offsets out of range; text that differs from the
/// article at its offsets; white space at a span's edge; duplicate or overlapping records.
/// Warnings: a speaker the article never names; a span without quote marks around it; with
/// `coverage`, a quote the tool finds that the file lacks (an error when `strict`).
public struct Validator {
    public struct Options: Sendable {
        /// The kinds a record may have. The seed schema's four by default; other datasets
        /// use others (PolNeAR's `indirect`).
        public var allowedKinds: [String]
        /// Also run the extractor over each article and report quotes the file lacks.
        public var coverage: Bool
        /// Coverage findings are errors, not warnings.
        public var strict: Bool

        public init(allowedKinds: [String] = QuoteKind.allCases.map(\.rawValue), coverage: Bool = false, strict: Bool = false) {
            self.allowedKinds = allowedKinds
            self.coverage = coverage
            self.strict = strict
        }
    }

    public let options: Options
    public let extractor: Extractor
    public let store: ArticleStore
    private let marks: QuoteMarksAround

    public init(options: Options, rules: RuleSet, store: ArticleStore) {
        self.options = options
        extractor = Extractor(rules: rules)
        self.store = store
        marks = QuoteMarksAround(rules: rules.marks)
    }

    /// Validates each file; files that cannot be read at all are returned apart (an input error).
    public func validate(paths: [String]) -> (report: ValidationReport, unreadable: [AnnotationReader.Unreadable]) {
        var report = ValidationReport()
        var unreadable: [AnnotationReader.Unreadable] = []
        var mentions: [String: SpeakerMention] = [:]
        for path in paths {
            do {
                let file = try AnnotationReader.read(path: path, schema: .seed)
                report.files.append(path)
                report.records += file.records.count
                report.problems += validate(file, mentions: &mentions)
            } catch {
                unreadable.append(error)
            }
        }
        return (report, unreadable)
    }

    /// Every problem of one file read by `AnnotationReader`.
    public func validate(_ file: AnnotationReader.File) -> [DatasetProblem] {
        var mentions: [String: SpeakerMention] = [:]
        return validate(file, mentions: &mentions)
    }

    private func validate(_ file: AnnotationReader.File, mentions: inout [String: SpeakerMention]) -> [DatasetProblem] {
        var problems = file.problems
        var spans: [QuoteAnnotation] = []
        for record in file.records {
            if let span = check(record, mentions: &mentions, into: &problems) { spans.append(span) }
        }
        problems += duplicatesAndOverlaps(spans)
        // In line order; the index keeps problems at one place in the order they were found.
        problems = problems.enumerated().sorted {
            ($0.element.location.line, $0.element.location.column, $0.offset) < ($1.element.location.line, $1.element.location.column, $1.offset)
        }.map(\.element)
        if options.coverage { problems += coverage(of: file) }
        return problems
    }

    /// The checks of one record; returns it when its span is valid in its article (for the
    /// duplicate and overlap checks).
    private func check(_ record: QuoteAnnotation, mentions: inout [String: SpeakerMention],
                       into problems: inout [DatasetProblem]) -> QuoteAnnotation? {
        func report(_ field: String, _ severity: Severity, _ check: DatasetCheck, _ message: String) {
            problems.append(DatasetProblem(record.location(of: field), severity, check, message))
        }
        if let kind = record.kind, !options.allowedKinds.contains(kind) {
            report("kind", .error, .kind, "unknown kind \(quoted(kind)) (allowed: \(options.allowedKinds.joined(separator: ", ")))")
        }
        let article: DatasetArticle
        switch store.article(named: record.article) {
        case let .success(loaded): article = loaded
        case let .failure(failure):
            report("article", .error, .article, "article \(quoted(record.article)): \(failure)")
            return nil
        }
        if record.start < 0 {
            report("start", .error, .range, "start \(record.start) is negative")
        }
        if record.end <= record.start {
            report("end", .error, .range, "end \(record.end) is not after start \(record.start)")
        } else if record.end > article.scalarCount {
            report("end", .error, .range, "end \(record.end) is past the end of \(record.article) (\(article.scalarCount) characters)")
        }
        guard record.start >= 0, record.start < record.end, record.end <= article.scalarCount else { return nil }

        let span = article.bytes(scalars: record.start..<record.end)
        if let text = record.text, !span.elementsEqual(text.utf8) {
            report("text", .error, .text, "text does not match \(record.article) at \(record.start)..<\(record.end), which reads "
                   + "\(quoted(String(decoding: span, as: UTF8.self)))\(shiftHint(text, record, article))")
            return record
        }
        let spanText = String(decoding: span, as: UTF8.self).unicodeScalars
        if let first = spanText.first, first.properties.isWhitespace {
            report("start", .error, .edgeSpace, "the span starts with white space")
        }
        if let last = spanText.last, last.properties.isWhitespace {
            report("end", .error, .edgeSpace, "the span ends with white space")
        }
        let mention = mentions[record.article] ?? SpeakerMention(article: article.article)
        mentions[record.article] = mention
        for speaker in record.speakers where !mention.names(speaker) {
            report("speakers", .warning, .speaker, "speaker \(quoted(speaker)) is not named in \(record.article)")
        }
        article.article.bytes.withUnsafeBufferPointer { bytes in
            let startByte = article.byteOffset(ofScalar: record.start), endByte = article.byteOffset(ofScalar: record.end)
            if !marks.opens(before: startByte, in: bytes) {
                report("start", .warning, .marks, "no quote mark before the span (\(article.location(ofScalar: record.start)))")
            }
            if !marks.closes(after: endByte, in: bytes) {
                report("end", .warning, .marks, "no quote mark after the span (\(article.location(ofScalar: record.end)))")
            }
        }
        return record
    }

    /// Where the text does occur, nearest the given start: what a shifted offset looks like.
    private func shiftHint(_ text: String, _ record: QuoteAnnotation, _ article: DatasetArticle) -> String {
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return "" }
        var best: Int?
        let bytes = article.article.bytes
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) {
                let start = article.scalarOffset(ofByte: index)
                if best.map({ abs(start - record.start) < abs($0 - record.start) }) ?? true { best = start }
            }
            index += 1
        }
        guard let best else { return "; the text is nowhere in the article" }
        let shift = record.start - best
        return "; the text is at \(best)..<\(best + text.unicodeScalars.count), \(abs(shift)) "
            + "\(shift > 0 ? "before" : "after") the record's offsets"
    }

    /// Records with the same span, or overlapping spans, in one article.
    private func duplicatesAndOverlaps(_ records: [QuoteAnnotation]) -> [DatasetProblem] {
        var problems: [DatasetProblem] = []
        let byArticle = Dictionary(grouping: records) { Array($0.article.utf8) }
        for key in byArticle.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let sorted = byArticle[key]!.sorted { ($0.start, $0.end, $0.location.line) < ($1.start, $1.end, $1.location.line) }
            var furthest: QuoteAnnotation?
            var previous: QuoteAnnotation?
            for record in sorted {
                if let previous, previous.start == record.start, previous.end == record.end {
                    problems.append(DatasetProblem(record.location(of: "start"), .error, .duplicate,
                                                   "duplicates the record on line \(previous.location.line) (\(record.start)..<\(record.end))"))
                } else if let other = furthest, record.start < other.end {
                    let (later, earlier) = record.location.line > other.location.line ? (record, other) : (other, record)
                    problems.append(DatasetProblem(later.location(of: "start"), .error, .overlap,
                                                   "\(later.start)..<\(later.end) overlaps \(earlier.start)..<\(earlier.end) "
                                                   + "on line \(earlier.location.line)"))
                }
                if furthest.map({ record.end > $0.end }) ?? true { furthest = record }
                previous = record
            }
        }
        return problems
    }

    /// Quotes the extractor finds in the file's articles that no record touches.
    private func coverage(of file: AnnotationReader.File) -> [DatasetProblem] {
        var problems: [DatasetProblem] = []
        var seen: Set<String> = []
        let byArticle = Dictionary(grouping: file.records, by: \.article)
        for record in file.records where seen.insert(record.article).inserted {
            guard case let .success(article) = store.article(named: record.article) else { continue }
            let annotated = byArticle[record.article] ?? []
            for found in extractor.extract(article.article) {
                if annotated.contains(where: { max($0.start, found.start) < min($0.end, found.end) }) { continue }
                problems.append(DatasetProblem(
                    SourceLocation(file: article.path, line: found.line, column: found.column),
                    options.strict ? .error : .warning, .coverage,
                    "\(file.path) lacks the \(found.kind.rawValue) quote \(quoted(found.text)) at \(found.start)..<\(found.end)"))
            }
        }
        return problems
    }

    private func quoted(_ text: String) -> String {
        let limit = 80
        let shown = text.unicodeScalars.count > limit ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…" : text
        return "\"" + shown.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
