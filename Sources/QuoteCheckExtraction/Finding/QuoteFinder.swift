#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Matcher
import QuoteCheckText
import QuoteCheckRules

/// Finds every quoted span of an article: pairs quote marks line by line, tells apostrophes from
/// marks, keeps nested quotes inside their outer one, recovers unclosed quotes at the end of the
/// line and joins quotes that run over several paragraphs. It never gives up on an article.
public struct QuoteFinder: Sendable {
    let rules: RuleSet
    let classifier: KindClassifier
    private let markStarts: MarkStartScanner

    public init(rules: RuleSet) {
        self.rules = rules
        classifier = KindClassifier(rules: rules)
        markStarts = MarkStartScanner(marks: rules.marks)
    }

    /// The quotes of `article`, in text order.
    public func find(in article: Article) -> [FoundQuote] {
        article.bytes.withUnsafeBufferPointer { bytes in
            find(in: bytes, layout: ArticleLayout(bytes: bytes, rules: rules))
        }
    }

    /// The quotes of a text whose layout is already known, line by line in line order (attribution
    /// relies on it).
    public func find(in bytes: UnsafeBufferPointer<UInt8>, layout: ArticleLayout) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        // Quote-dense news runs to a quote every 150 bytes or so: room for them from the start
        // saves the list five or six copies as it grows (capped: a huge article grows it).
        quotes.reserveCapacity(min(bytes.count / 128 + 4, 1 << 12))
        let scratch = MatchScratch()
        var pending: MarkRules.Family? = nil  // family of a quote left open at the end of the last text line
        // The open marks of the line being scanned: one buffer for all lines.
        var stack: [Open] = []
        stack.reserveCapacity(4)
        for (index, line) in layout.lines.enumerated() {
            switch layout.roles[index] {
            case .blank: continue
            case .boilerplate: pending = nil; continue
            default: break
            }
            let before = quotes.count
            pending = scan(line: line, index: index, in: bytes, continuing: pending, scratch: scratch, stack: &stack, into: &quotes)
            for position in before..<quotes.count {
                quotes[position].kind = layout.isHeadline(index)
                    ? .headline
                    : classifier.kind(of: quotes[position], lineStart: line.lowerBound, in: bytes)
            }
        }
        return quotes
    }

    private struct Open {
        let family: MarkRules.Family
        let mark: Range<Int>?
        let contentStart: Int
    }

    /// Scans one line; returns the family of a quote still open at its end. `stack` is scratch
    /// space for the line's open marks.
    private func scan(line: Range<Int>, index: Int, in bytes: UnsafeBufferPointer<UInt8>,
                      continuing: MarkRules.Family?, scratch: MatchScratch, stack: inout [Open],
                      into quotes: inout [FoundQuote]) -> MarkRules.Family? {
        stack.clearKeepingCapacity()
        var offset = line.lowerBound
        var firstMark = true
        // Whether the line holds a '<' at all, asked once at its first straight mark: a tag's
        // attributes are looked for only then (memchr, not a scan back from every mark).
        var mayHoldTags: Bool? = nil
        while offset < line.upperBound {
            offset = markStarts.next(from: offset, to: line.upperBound, in: bytes)
            guard offset < line.upperBound else { break }
            guard let mark = mark(at: offset, limit: line.upperBound, in: bytes) else {
                offset += 1
                continue
            }
            let markRange = offset..<offset + mark.length
            offset = markRange.upperBound
            if rules.apostrophes.isApostrophe(at: markRange.lowerBound, in: bytes, scratch: scratch) { continue }
            if mark.length == 1 {
                if mayHoldTags == nil {
                    mayHoldTags = memchr(bytes.baseAddress! + line.lowerBound, Int32(UInt8(ascii: "<")), line.count) != nil
                }
                if mayHoldTags == true, Self.isInsideTag(markRange, line: line, in: bytes) { continue }
            }
            let previous = markRange.lowerBound > line.lowerBound ? UTF8Scan.scalar(before: markRange.lowerBound, in: bytes) : nil
            let next = markRange.upperBound < line.upperBound ? UTF8Scan.scalar(at: markRange.upperBound, in: bytes)?.0 : nil
            let flank = Flanking(previous: previous, next: next)
            defer { firstMark = false }

            // A closer before any opener on a line that follows an open quote: the quote ran on
            // from the previous line (hard-wrapped text) and ends here.
            if firstMark, stack.isEmpty, let family = continuing, family == mark.family,
               flank.canClose(mark.role), !flank.left {
                appendQuote(Open(family: family, mark: nil, contentStart: line.lowerBound), close: markRange,
                            line: index, in: bytes, continued: true, into: &quotes)
                continue
            }
            // A closer pairs with the innermost quote opened by the same mark, else with the
            // innermost of its family: an unmatched ``` inside "…" does not take the " that
            // closes the outer quote.
            if flank.canClose(mark.role),
               let openIndex = stack.lastIndex(where: { $0.mark.map { sameBytes($0, markRange, in: bytes) } ?? false })
                   ?? stack.lastIndex(where: { $0.family == mark.family }),
               !isPossessiveInsideQuote(mark, at: markRange, line: line, in: bytes) {
                let open = stack[openIndex]
                // Anything opened inside and left open dies with it. Mostly the open quote is
                // the innermost: `removeLast` is a few instructions, `removeSubrange` about 70.
                if openIndex == stack.count - 1 { stack.removeLast() } else { stack.removeSubrange(openIndex...) }
                if openIndex == 0 {
                    let continued = quotes.count > 0 && firstOpenContinues(open, line: line, continuing: continuing, in: bytes)
                    appendQuote(open, close: markRange, line: index, in: bytes, continued: continued, into: &quotes)
                }
                continue
            }
            if flank.canOpen(mark.role) {
                // The same mark opening again while open, at the top level, means the first
                // quote lost its closing mark: close it before this mark. Another mark of the
                // family (``code`` or "a term" inside a “…” quote) opens a nested quote, and
                // so does an opener-only mark that the rest of the line closes twice (“I'd
                // rather live in what he calls “hell” than here.”).
                if stack.count == 1, stack[0].family == mark.family, flank.left, !flank.right,
                   let openMark = stack[0].mark, sameBytes(openMark, markRange, in: bytes),
                   !(mark.role == .open && closesTwice(after: markRange, family: mark.family, line: line, in: bytes)) {
                    let open = stack.removeLast()
                    appendUnclosed(open, end: markRange.lowerBound, line: index, in: bytes,
                                   continued: firstOpenContinues(open, line: line, continuing: continuing, in: bytes),
                                   into: &quotes)
                }
                stack.append(Open(family: mark.family, mark: markRange, contentStart: markRange.upperBound))
            }
        }
        guard let open = stack.first else { return nil }
        let continued = firstOpenContinues(open, line: line, continuing: continuing, in: bytes)
        appendUnclosed(open, end: line.upperBound, line: index, in: bytes, continued: continued, into: &quotes)
        return open.family
    }

    /// `<tweet tweet-author="@jdoe" tweet-date="May 3, 2016">`: a straight mark inside a markup
    /// tag (a '<' and a letter before it, a '>' after it, on the line and near) delimits an
    /// attribute's value, not a quote. Read a little way each side: tags are short.
    static func isInsideTag(_ mark: Range<Int>, line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let reach = 200
        var index = mark.lowerBound - 1
        let floor = max(line.lowerBound, mark.lowerBound - reach)
        while index >= floor {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return false }
            if byte == UInt8(ascii: "<") {
                let first = bytes[index + 1] | 0x20
                guard index + 1 < mark.lowerBound, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
                var after = mark.upperBound
                let ceiling = min(line.upperBound, mark.upperBound + reach)
                while after < ceiling {
                    if bytes[after] == UInt8(ascii: ">") { return true }
                    if bytes[after] == UInt8(ascii: "<") { return false }
                    after += 1
                }
                return false
            }
            index -= 1
        }
        return false
    }

    /// "‘This is the supporters’ day, …,’ he said": an s’ followed by a lower-case word, while a
    /// later mark of the same kind on the line can close the quote, is a plural possessive.
    private func isPossessiveInsideQuote(_ mark: MarkRules.Candidate, at range: Range<Int>, line: Range<Int>,
                                         in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mark.family == .single, PluralPossessive.hasShape(range, line: line, in: bytes),
              UTF8Scan.isLowercase(UTF8Scan.scalar(at: range.upperBound + 1, in: bytes)?.0) else { return false }
        // Look ahead for the mark that would close the quote instead; an opening single mark
        // first (‘yes’ and ‘no’) means this one was the closer after all.
        var offset = range.upperBound
        while offset < line.upperBound {
            guard let candidate = self.mark(at: offset, limit: line.upperBound, in: bytes, family: .single) else {
                offset += 1
                continue
            }
            let end = offset + candidate.length
            let previous = UTF8Scan.scalar(before: offset, in: bytes)
            let next = end < line.upperBound ? UTF8Scan.scalar(at: end, in: bytes)?.0 : nil
            let flank = Flanking(previous: previous, next: next)
            if flank.canOpen(candidate.role) && !flank.canClose(candidate.role) { return false }
            // The same bytes as the mark in question (as before: its entry need not be the same).
            // (Not one as open to doubt, another s’ before a word: in "warns 'grave
            // consequences' amid US' Taiwan remarks" the first closes.)
            if candidate.head == mark.head && candidate.length == mark.length && !UTF8Scan.isLetterOrDigit(next)
                && !PluralPossessive.hasShape(offset..<end, line: line, in: bytes) { return true }
            offset = end
        }
        return false
    }

    /// Does the rest of the line hold two more closer-only marks of `family` than openers-only,
    /// enough to close a quote opened at `mark` and the one open around it?
    private func closesTwice(after mark: Range<Int>, family: MarkRules.Family, line: Range<Int>,
                             in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var balance = 0
        var offset = markStarts.next(from: mark.upperBound, to: line.upperBound, in: bytes)
        while offset < line.upperBound {
            guard let candidate = self.mark(at: offset, limit: line.upperBound, in: bytes, family: family) else {
                offset = markStarts.next(from: offset + 1, to: line.upperBound, in: bytes)
                continue
            }
            switch candidate.role {
            case .close: balance += 1
            case .open: balance -= 1
            case .either: break
            }
            if balance >= 2 { return true }
            offset = markStarts.next(from: offset + candidate.length, to: line.upperBound, in: bytes)
        }
        return false
    }

    /// True when the two ranges hold the same bytes (the same mark).
    private func sameBytes(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && a.indices.allSatisfy { bytes[$0] == bytes[b.lowerBound + ($0 - a.lowerBound)] }
    }

    /// True when `open` is the line's opening mark and the previous line left a quote of its family open.
    private func firstOpenContinues(_ open: Open, line: Range<Int>, continuing: MarkRules.Family?,
                                    in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let continuing, continuing == open.family, let mark = open.mark else { return false }
        return UTF8Scan.trimmed(line.lowerBound..<mark.lowerBound, in: bytes).isEmpty
    }

    private func appendUnclosed(_ open: Open, end: Int, line: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                continued: Bool, into quotes: inout [FoundQuote]) {
        let content = UTF8Scan.trimmed(open.contentStart..<end, in: bytes)
        guard !content.isEmpty else { return }
        if continued, !quotes.isEmpty { quotes[quotes.count - 1].unclosed = false }
        quotes.append(FoundQuote(content: content, openMark: open.mark, closeMark: nil, line: line, kind: .partial,
                                 unclosed: true, continued: continued, family: open.family))
    }

    private func appendQuote(_ open: Open, close: Range<Int>, line: Int, in bytes: UnsafeBufferPointer<UInt8>,
                             continued: Bool, into quotes: inout [FoundQuote]) {
        let content = UTF8Scan.trimmed(open.contentStart..<close.lowerBound, in: bytes)
        guard !content.isEmpty else { return }
        // A paragraph that reopens a quote left open by the previous one continues it: the
        // previous part was not really unclosed.
        if continued, !quotes.isEmpty { quotes[quotes.count - 1].unclosed = false }
        quotes.append(FoundQuote(content: content, openMark: open.mark, closeMark: close, line: line, kind: .partial,
                                 unclosed: false, continued: continued, family: open.family))
    }

    /// The longest mark (of `family`, when given) that stands at `offset` and ends by `limit`.
    @inline(__always)
    private func mark(at offset: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>,
                      family: MarkRules.Family? = nil) -> MarkRules.Candidate? {
        let marks = rules.marks
        let first = Int(bytes[offset])
        let group = marks.candidateStart[first]..<marks.candidateStart[first + 1]
        guard !group.isEmpty else { return nil }
        let room = limit - offset
        let word = ByteWord.at(offset, in: bytes)
        return marks.candidates.withUnsafeBufferPointer { candidates in
            for index in group where candidates[index].stands(in: word, room: room)
                && (family == nil || candidates[index].family == family) {
                return candidates[index]
            }
            return nil
        }
    }
}

/// Whether a mark can open or close a quote, from what stands on each side of it (the rule
/// CommonMark uses for emphasis delimiters): an opener has text after it and space or
/// punctuation before; a closer the other way round.
struct Flanking {
    let left: Bool
    let right: Bool
    /// A letter or digit touches the mark on that side: the strongest sign of its direction.
    let wordAfter: Bool
    let wordBefore: Bool

    init(previous: Unicode.Scalar?, next: Unicode.Scalar?) {
        let before = Neighbour(previous), after = Neighbour(next)
        left = !after.isSpace && (!after.isPunctuation || before.isSpace || before.isPunctuation)
        right = !before.isSpace && (!before.isPunctuation || after.isSpace || after.isPunctuation)
        wordAfter = after.isWord
        wordBefore = before.isWord
    }

    /// What stands on one side of a mark. The edge of a line counts as space. ASCII, nearly
    /// every neighbour in news text, is classified by arithmetic; the rest asks the Unicode
    /// properties.
    private struct Neighbour {
        let isSpace: Bool
        let isPunctuation: Bool
        let isWord: Bool

        @inline(__always)
        init(_ scalar: Unicode.Scalar?) {
            guard let scalar else {
                (isSpace, isPunctuation, isWord) = (true, false, false)
                return
            }
            if scalar.value < 0x80 {
                let value = scalar.value
                isSpace = value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D
                isWord = value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26
                isPunctuation = !isSpace && !isWord
            } else {
                isSpace = UTF8Scan.isSpace(scalar)
                isPunctuation = Flanking.isPunctuation(scalar)
                isWord = UTF8Scan.isLetterOrDigit(scalar)
            }
        }
    }

    /// Whether a mark with `role` may close here. A mark that faces one way by nature (” »)
    /// closes unless a word starts right after it (a typo opener, ` ”like`); French spacing
    /// (`perdu »,`) does not turn it round.
    func canClose(_ role: MarkRules.Role) -> Bool {
        switch role {
        case .close: return !(left && !right && wordAfter)
        case .open: return right && !left
        case .either:
            if right && !left { return true }
            if left && !right { return false }
            return true  // both or neither: a straight mark closes what is open
        }
    }

    /// Whether a mark with `role` may open here: “ « open unless a word ends right before them and
    /// nothing follows (a typo closer, `end.“`).
    func canOpen(_ role: MarkRules.Role) -> Bool {
        switch role {
        case .open: return !(right && !left && wordBefore)
        case .close: return left && !right && wordAfter
        case .either:
            if left && !right { return true }
            if right && !left { return false }
            return true
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return !UTF8Scan.isLetterOrDigit(scalar) && !UTF8Scan.isSpace(scalar)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
             .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
