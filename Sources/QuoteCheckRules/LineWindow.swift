import QuoteCheckText

/// Which of an article's non-blank lines a pattern reads: all of them, the first n, or the last n.
/// Credit lines sit at an article's edges (a dateline or byline at the top, "– Reuters" at the
/// foot), and a pattern kept to those lines costs a few lines' scan instead of the whole text's.
public enum LineWindow: Sendable, Equatable {
    case all
    case first(Int)
    case last(Int)

    /// Reads `lines: {first: N}` or `lines: {last: N}`; an absent key means every line.
    static func read(_ node: RuleNode?) throws(RuleError) -> LineWindow {
        guard let node else { return .all }
        let entry = try node.mapping(allowed: ["first", "last"], what: "'lines'")
        guard entry.order.count == 1, let key = entry.order.first else {
            throw node.fail("'lines' takes exactly one of 'first' or 'last'")
        }
        let count = try entry.int(key)!
        guard count > 0 else { throw entry.required(key).fail("'\(key)' must be a positive number of lines") }
        return key == "first" ? .first(count) : .last(count)
    }

    /// The bytes of the window over an article's `lines` (they cover the text, as
    /// `Lines.ranges` gives them): from the start of the text to the end of its n-th non-blank line,
    /// or from the start of the n-th non-blank line from the end to the end of the text (trailing
    /// blank lines included, so that an end-of-text anchor still sees the true end).
    public func range(over lines: [Range<Int>], isBlank: (Int) -> Bool) -> Range<Int> {
        guard let first = lines.first, let last = lines.last else { return 0..<0 }
        let whole = first.lowerBound..<last.upperBound
        switch self {
        case .all:
            return whole
        case let .first(count):
            var seen = 0
            for line in lines.indices where !isBlank(line) {
                seen += 1
                if seen == count { return whole.lowerBound..<lines[line].upperBound }
            }
            return whole
        case let .last(count):
            var seen = 0
            for line in lines.indices.reversed() where !isBlank(line) {
                seen += 1
                if seen == count { return lines[line].lowerBound..<whole.upperBound }
            }
            return whole
        }
    }
}
