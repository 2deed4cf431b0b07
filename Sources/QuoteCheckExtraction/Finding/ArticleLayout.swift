import Matcher
import QuoteCheckText
import QuoteCheckRules

/// What each line of an article is: text, a headline, a summary bullet, or furniture to skip.
public struct ArticleLayout: Sendable {
    public enum Role: Sendable, Equatable {
        case blank
        /// Page furniture matched by a boilerplate rule (its id).
        case boilerplate(String)
        /// The article's title line.
        case title
        /// A headline set into the body (a related-story link).
        case headline
        /// A summary bullet under the title: ordinary text.
        case bullet
        case text
    }

    public let lines: [Range<Int>]
    public let roles: [Role]
    /// Lines whose longer words are mostly capitalised.
    private let titleCaseLines: Set<Int>
    /// The marks that join a word (rules/apostrophes.yaml `in_word`), for the Title Case test.
    private let apostrophes: ScalarSet

    public init(bytes: UnsafeBufferPointer<UInt8>, rules: borrowing RuleSet) {
        lines = Lines.ranges(in: bytes)
        let scratch = MatchScratch()
        var roles: [Role] = []
        var titleCase: Set<Int> = []
        roles.reserveCapacity(lines.count)
        var seenText = false
        let kinds = rules.kinds
        let apostrophes = rules.apostrophes.inWord, closers = rules.marks.quoteClosers
        let lastTextLine = lines.lastIndex { !UTF8Scan.trimmed($0, in: bytes).isEmpty } ?? 0
        for (index, line) in lines.enumerated() {
            let trimmed = UTF8Scan.trimmed(line, in: bytes)
            if trimmed.isEmpty { roles.append(.blank); continue }
            if let rule = rules.boilerplate.match(line: UnsafeBufferPointer(rebasing: bytes[line]), scratch: scratch) {
                roles.append(.boilerplate(rule)); continue
            }
            let isBullet = kinds.bulletPrefixBytes.contains { prefix in
                trimmed.count > prefix.count && prefix.indices.allSatisfy { bytes[trimmed.lowerBound + $0] == prefix[$0] }
            }
            defer { seenText = true }
            if isBullet { roles.append(.bullet); continue }
            let endsOpen = !Self.endsClosed(trimmed, bytes, kinds, closers: closers)
            // Only the first line and lines without closing punctuation can be headlines: the
            // words of the others (most of an article) need no counting.
            guard !seenText || endsOpen else { roles.append(.text); continue }
            let words = UTF8Scan.wordCount(trimmed, in: bytes, limit: max(kinds.titleMaxWords, kinds.headlineMaxWords))
            if words <= max(kinds.titleMaxWords, kinds.headlineMaxWords) && Self.isTitleCase(trimmed, bytes, kinds, apostrophes: apostrophes) {
                titleCase.insert(index)
            }
            let last = bytes[trimmed.upperBound - 1]
            // The first line is the title when it is short, more text follows, and it reads as a
            // title: no closing punctuation, Title Case, or a full stop after a few words and no
            // comma ("Judge blocks state's 'religious liberty' law."). A short lede ("“We are not
            // leaving,” the tenants said.") is text.
            if !seenText && words <= kinds.titleMaxWords && index < lastTextLine
                && last != UInt8(ascii: ":") && (endsOpen || titleCase.contains(index)
                    || (last == UInt8(ascii: ".") && words <= kinds.stoppedTitleMaxWords && !trimmed.contains { bytes[$0] == UInt8(ascii: ",") })) {
                roles.append(.title); continue
            }
            // An article of one short line that reads as a title is one: a feed's headline given
            // alone, or asks a question. A sentence that ends as one ("“…,” Lind snapped.") is a lede.
            if !seenText && index == lastTextLine && words <= kinds.titleMaxWords && last != UInt8(ascii: ":")
                && (endsOpen || titleCase.contains(index) || Self.endsAsking(trimmed, bytes, closers: closers)) {
                roles.append(.title); continue
            }
            if seenText && endsOpen && words <= kinds.headlineMaxWords && words >= 2 {
                roles.append(.headline); continue
            }
            roles.append(.text)
        }
        self.roles = roles
        titleCaseLines = titleCase
        self.apostrophes = apostrophes
    }

    /// True when the line is in Title Case.
    public func isTitleCase(_ line: Int) -> Bool { titleCaseLines.contains(line) }

    /// True when the line is in Title Case by its own words, not only by the capitalised name it
    /// quotes: "China criticizes US 'Notorious Markets List'" is in sentence case. Its words
    /// outside `quotes` (each with its marks) must hold no lower-case long word, or be enough to
    /// pass the Title Case test alone.
    public func isTitleCase(_ line: Int, outside quotes: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isTitleCase(line) else { return false }
        var capitalised = 0, total = 0, from = lines[line].lowerBound
        for quote in quotes.sorted(by: { $0.lowerBound < $1.lowerBound }) where quote.lowerBound >= from {
            let counts = UTF8Scan.capitalisedLongWords(from..<quote.lowerBound, in: bytes, apostrophes: apostrophes)
            capitalised += counts.capitalised; total += counts.total
            from = quote.upperBound
        }
        let rest = UTF8Scan.capitalisedLongWords(from..<max(from, lines[line].upperBound), in: bytes, apostrophes: apostrophes)
        capitalised += rest.capitalised; total += rest.total
        return capitalised == total || total >= 3
    }

    private static func isTitleCase(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ kinds: KindRules,
                                    apostrophes: ScalarSet) -> Bool {
        let (capitalised, total) = UTF8Scan.capitalisedLongWords(range, in: bytes, apostrophes: apostrophes)
        return total >= 3 && total - capitalised <= kinds.titleCaseMaxLowercase
    }

    /// Whether the line ends as a sentence does. Closing quote marks are looked through: "…
    /// ‘greatest night’" ends open, "It’s ‘in Their Heads.’" ends closed. `closers` are the
    /// rules' closing quote marks.
    private static func endsClosed(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ kinds: KindRules,
                                   closers: ScalarSet) -> Bool {
        var end = range.upperBound
        var throughMarks = false
        while end > range.lowerBound, let scalar = UTF8Scan.scalar(before: end, in: bytes), closers.contains(scalar) {
            end = UTF8Scan.previousStart(end, in: bytes)
            throughMarks = true
        }
        guard end > range.lowerBound, let scalar = UTF8Scan.scalar(before: end, in: bytes) else { return false }
        if throughMarks { return isSentencePunctuation(scalar) }
        return scalar.value < 0x80 ? kinds.isLineEnderByte[Int(scalar.value)] : kinds.multibyteEnders.contains(scalar)
    }

    /// Whether the line ends in a question or exclamation mark, closing quote marks looked
    /// through ("What is 'zero-COVID'?", "'Gear up, young people!'").
    private static func endsAsking(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, closers: ScalarSet) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, let scalar = UTF8Scan.scalar(before: end, in: bytes), closers.contains(scalar) {
            end = UTF8Scan.previousStart(end, in: bytes)
        }
        guard end > range.lowerBound else { return false }
        return bytes[end - 1] == UInt8(ascii: "?") || bytes[end - 1] == UInt8(ascii: "!")
    }

    private static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ",", ":", ";", "…": true
        default: false
        }
    }

    /// True for the title and body headlines.
    public func isHeadline(_ line: Int) -> Bool { roles[line] == .title || roles[line] == .headline }
}
