/// A word-level alignment of two quotes: the longest common subsequence of their words, and the
/// hunks between matched words where the two differ.
public struct WordAlignment: Sendable, Equatable {
    /// Matched word positions (index in a, index in b), increasing in both.
    public let matches: [Pair]
    public let countA: Int
    public let countB: Int

    public struct Pair: Sendable, Equatable {
        public let a: Int
        public let b: Int
    }

    /// Where a hunk stands: before the first match, between matches, or after the last.
    public enum Place: Sendable, Equatable { case leading, inner, trailing }

    /// Words of a that b does not have (or has other words for) and the words b has instead.
    public struct Hunk: Sendable, Equatable {
        public let a: Range<Int>
        public let b: Range<Int>
        public let place: Place
    }

    /// Above this many cells the middle of the two quotes is not aligned word by word but taken
    /// as one replaced stretch, which bounds the cost of pathological inputs.
    static let maxCells = 4_000_000

    /// Aligns two word sequences (word hashes or forms).
    public init<T: Equatable>(_ a: [T], _ b: [T]) {
        countA = a.count
        countB = b.count
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
            && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var pairs: [Pair] = (0..<prefix).map { Pair(a: $0, b: $0) }
        let middleA = prefix..<(a.count - suffix), middleB = prefix..<(b.count - suffix)
        if !middleA.isEmpty && !middleB.isEmpty && middleA.count * middleB.count <= Self.maxCells {
            pairs += Self.lcs(a, middleA, b, middleB)
        }
        pairs += (0..<suffix).map { Pair(a: a.count - suffix + $0, b: b.count - suffix + $0) }
        matches = Self.trimmingStrays(pairs)
    }

    /// Drops matches at either end that stand apart from the rest (more than `strayGap` words
    /// away on either side): a lone "and" or "it" matched far from where the two quotes really
    /// meet would otherwise turn a short quote's own edge words into a "change".
    static let strayGap = 2

    static func trimmingStrays(_ pairs: [Pair]) -> [Pair] {
        var lower = 0, upper = pairs.count
        func apart(_ x: Pair, _ y: Pair) -> Bool { y.a - x.a - 1 > strayGap || y.b - x.b - 1 > strayGap }
        // A run shorter than this at an edge, cut off by a wide gap, is stray.
        let strayRun = 2
        var changed = true
        while changed && upper - lower > strayRun {
            changed = false
            var run = 1
            while lower + run < upper && !apart(pairs[lower + run - 1], pairs[lower + run]) { run += 1 }
            if run <= strayRun && lower + run < upper && upper - lower - run >= run * 2 {
                lower += run
                changed = true
            }
            run = 1
            while upper - run - 1 >= lower && !apart(pairs[upper - run - 1], pairs[upper - run]) { run += 1 }
            if run <= strayRun && upper - run > lower && upper - lower - run >= run * 2 {
                upper -= run
                changed = true
            }
        }
        return Array(pairs[lower..<upper])
    }

    /// Dynamic-programming LCS over the two middles; ties prefer matching earlier words of a.
    private static func lcs<T: Equatable>(_ a: [T], _ rangeA: Range<Int>, _ b: [T], _ rangeB: Range<Int>) -> [Pair] {
        let n = rangeA.count, m = rangeB.count
        // table[i][j] = LCS length of a[i...] and b[j...] (suffixes), so the walk goes forwards.
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        let width = m + 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] = a[rangeA.lowerBound + i] == b[rangeB.lowerBound + j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var pairs: [Pair] = []
        var i = 0, j = 0
        while i < n && j < m {
            if a[rangeA.lowerBound + i] == b[rangeB.lowerBound + j] {
                pairs.append(Pair(a: rangeA.lowerBound + i, b: rangeB.lowerBound + j))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// Number of matched words.
    public var common: Int { matches.count }

    /// The stretches where a and b differ, in order.
    public var hunks: [Hunk] {
        var result: [Hunk] = []
        var previousA = 0, previousB = 0
        for (index, pair) in matches.enumerated() {
            if pair.a > previousA || pair.b > previousB {
                result.append(Hunk(a: previousA..<pair.a, b: previousB..<pair.b, place: index == 0 ? .leading : .inner))
            }
            previousA = pair.a + 1
            previousB = pair.b + 1
        }
        if previousA < countA || previousB < countB {
            result.append(Hunk(a: previousA..<countA, b: previousB..<countB, place: matches.isEmpty ? .inner : .trailing))
        }
        return result
    }
}
