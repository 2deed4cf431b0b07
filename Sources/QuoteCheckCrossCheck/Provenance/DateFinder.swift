import Matcher
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// Finds the day an article appeared: the input's metadata `date` first, then a date line or
/// dateline among the first lines of the text, then a date in the article's id (file name).
/// The date patterns and month names come from a `dates` rule file.
public struct DateFinder: Sendable {
    public let rules: DateRules

    public init(rules: DateRules) { self.rules = rules }

    public func date(of article: Article) -> ArticleDate? {
        if let metadata = article.date, let date = firstDate(in: metadata, source: .metadata) { return date }
        if let date = dateInText(article.bytes) { return date }
        return firstDate(in: article.id, source: .id)
    }

    /// The first date in the first `topLines` non-blank lines of `bytes` that starts near its
    /// line's start (`lineStartWithin`).
    func dateInText(_ bytes: [UInt8]) -> ArticleDate? {
        bytes.withUnsafeBufferPointer { buffer in
            var seen = 0
            for line in Lines.ranges(in: buffer) {
                let trimmed = UTF8Scan.trimmed(line, in: buffer)
                if trimmed.isEmpty { continue }
                seen += 1
                if seen > rules.topLines { break }
                if let date = firstDate(in: UnsafeBufferPointer(rebasing: buffer[trimmed]), source: .text,
                                        startingWithin: rules.lineStartWithin) { return date }
            }
            return nil
        }
    }

    /// The first date any pattern finds in `string` (patterns in rule order).
    public func firstDate(in string: String, source: ArticleDate.Source) -> ArticleDate? {
        var copy = string
        return copy.withUTF8 { firstDate(in: $0, source: source) }
    }

    /// The first date any pattern finds in `subject`; with `startingWithin`, only one that starts
    /// at most that many bytes in.
    func firstDate(in subject: UnsafeBufferPointer<UInt8>, source: ArticleDate.Source, startingWithin limit: Int = .max) -> ArticleDate? {
        var best: (position: Int, date: ArticleDate)?
        for rule in rules.patterns {
            rule.pattern.forEachMatch(in: subject) { match in
                if match.range.lowerBound > limit { return false }
                if let best, best.position <= match.range.lowerBound { return false }
                if let date = self.date(from: match, in: subject, source: source) {
                    best = (match.range.lowerBound, date)
                    return false
                }
                return true
            }
        }
        return best?.date
    }

    private func date(from match: Match, in subject: UnsafeBufferPointer<UInt8>, source: ArticleDate.Source) -> ArticleDate? {
        func text(_ name: String) -> String? {
            guard let range = match[name] else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: subject[range]), as: UTF8.self)
        }
        guard let yearText = text("year"), let year = Int(yearText), let monthText = text("month"),
              let dayText = text("day"), let day = Int(dayText) else { return nil }
        guard let month = Int(monthText) ?? rules.month(named: monthText) else { return nil }
        return ArticleDate(year: year, month: month, day: day, source: source)
    }
}
