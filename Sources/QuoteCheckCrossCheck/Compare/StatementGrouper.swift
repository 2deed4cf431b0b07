import Foundation
import QuoteCheckText
import QuoteCheckRules

/// Groups the mentions of one statement across articles without comparing every pair of quotes:
///
/// 1. quotes whose comparison words are identical (case, quote marks, punctuation and spelling
///    variants aside) are one *variant*, found by hashing;
/// 2. variants that share enough word shingles (runs of `shingleWords` words, looked up in an
///    inverted index) become candidates, so each variant meets only the few that overlap it;
/// 3. candidates are aligned word by word and joined when enough of the shorter one matches.
///
/// Shingles carried by more than `maxPostings` variants are too common to suggest a match and
/// are not followed, which keeps the cost near linear in the number of quotes.
public struct StatementGrouper: Sendable {
    public let rules: CompareRules

    public init(rules: CompareRules) { self.rules = rules }

    /// One distinct wording: its words and the mentions (indices into the input) that use it.
    public struct Variant: Sendable {
        public let words: [UInt64]
        public internal(set) var mentions: [Int]
    }

    /// Two variants found to quote one statement, and how much of the shorter one matches.
    public struct Link: Sendable {
        public let a: Int
        public let b: Int
        public let score: Double
    }

    /// The grouping: variants, the links found between them, and the statements (sets of variant
    /// indices, each sorted, in order of first appearance).
    public struct Result: Sendable {
        public let variants: [Variant]
        public let links: [Link]
        public let statements: [[Int]]
        /// The pairs the index put forward and the containment test read: the grouping's cost,
        /// which the postings cap keeps near linear in the number of variants.
        public let candidates: Int
    }

    /// Groups `quotes`, given as word hashes (from `QuoteWords.hashes`), in input order.
    public func group(_ quotes: [[UInt64]]) -> Result {
        // 1. Identical wordings.
        var variants: [Variant] = []
        var variantOf: [[UInt64]: Int] = [:]
        for (index, words) in quotes.enumerated() {
            if let existing = variantOf[words] {
                variants[existing].mentions.append(index)
            } else {
                variantOf[words] = variants.count
                variants.append(Variant(words: words, mentions: [index]))
            }
        }
        // Word weights: rare words say more about which statement a quote is than "the" does.
        // Each distinct word gets a number, and each wording its words' numbers, so that weights
        // and rarity are read from arrays in the alignment loop below, not hashed for every
        // word of every candidate pair.
        // The numbers of all wordings lie in one array (`numbers[starts[v]..<starts[v + 1]]`):
        // an array per wording would cost a heap block each, kept to the end of the run.
        var wordNumber: [UInt64: Int32] = [:]
        var documentFrequency: [Int32] = []
        var numbers: [Int32] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(variants.count + 1)
        var seen: Set<Int32> = []
        for variant in variants {
            seen.removeAll(keepingCapacity: true)
            for word in variant.words {
                let number: Int32
                if let known = wordNumber[word] {
                    number = known
                } else {
                    number = Int32(documentFrequency.count)
                    wordNumber[word] = number
                    documentFrequency.append(0)
                }
                numbers.append(number)
                if seen.insert(number).inserted { documentFrequency[Int(number)] += 1 }
            }
            starts.append(numbers.count)
        }
        wordNumber = [:]
        let total = Double(variants.count)
        let weights = documentFrequency.map { log(1 + total / Double($0)) }
        // A word is rare when few wordings carry it: matches on rare words are what tell one
        // statement from a chance run of common words ("I would have been").
        let rareLimit = max(rules.rareFloor, Int(rules.rareShare * total))
        let rare = documentFrequency.map { Int($0) <= rareLimit }
        // 2. Shingle containment through an inverted index; 3. alignment of the candidates.
        let size = max(1, rules.shingleWords)
        var postings: [UInt64: [Int32]] = [:]
        var shared = [Int32](repeating: 0, count: variants.count)
        var shingleCounts = [Int](repeating: 0, count: variants.count)
        var touched: [Int] = []
        var links: [Link] = []
        var parent = Array(0..<variants.count)
        var candidates = 0
        for (index, variant) in variants.enumerated() {
            let shingles = Self.shingles(variant.words, size: size)
            shingleCounts[index] = shingles.count
            for shingle in shingles {
                if let list = postings[shingle] {
                    if list.count > rules.maxPostings { continue }
                    for other in list {
                        if shared[Int(other)] == 0 { touched.append(Int(other)) }
                        shared[Int(other)] += 1
                    }
                }
                postings[shingle, default: []].append(Int32(index))
            }
            touched.sort()
            candidates += touched.count
            for other in touched {
                let smaller = min(shingleCounts[other], shingles.count)
                let containment = smaller == 0 ? 0 : Double(shared[Int(other)]) / Double(smaller)
                shared[other] = 0
                guard containment >= rules.containment else { continue }
                let alignment = WordAlignment(variants[other].words, variant.words)
                // The share of the shorter quote's weight that the alignment matches.
                let otherIsShorter = variants[other].words.count <= variant.words.count
                let shorter = otherIsShorter ? other : index
                let shorterWords = numbers[starts[shorter]..<starts[shorter + 1]]
                let first = starts[shorter]
                let whole = shorterWords.reduce(0) { $0 + weights[Int($1)] }
                let matched = alignment.matches.reduce(0) { $0 + weights[Int(numbers[first + (otherIsShorter ? $1.a : $1.b)])] }
                let score = whole == 0 ? 0 : matched / whole
                // The matched words must lie close together in the longer quote, not be
                // gathered from all over it.
                let longerSpan = alignment.matches.isEmpty ? 0
                    : otherIsShorter ? alignment.matches.last!.b - alignment.matches[0].b + 1
                    : alignment.matches.last!.a - alignment.matches[0].a + 1
                let density = longerSpan == 0 ? 0 : Double(alignment.common) / Double(longerSpan)
                let rareMatches = alignment.matches.lazy.filter { rare[Int(numbers[first + (otherIsShorter ? $0.a : $0.b)])] }.count
                guard density >= rules.density, rareMatches >= min(rules.minRareWords, shorterWords.count) else { continue }
                guard score >= rules.alignment, alignment.common >= rules.minCommonWords else { continue }
                links.append(Link(a: other, b: index, score: score))
                Self.union(&parent, other, index)
            }
            touched.removeAll(keepingCapacity: true)
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in variants.indices {
            let root = Self.find(&parent, index)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(index)
        }
        return Result(variants: variants, links: links, statements: order.map { members[$0]! }, candidates: candidates)
    }

    /// Distinct shingle hashes of `words`; a quote shorter than a shingle is one shingle.
    static func shingles(_ words: [UInt64], size: Int) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        if words.count <= size { return [words.reduce(StableHash.seed, StableHash.combine)] }
        var seen = Set<UInt64>()
        var result: [UInt64] = []
        for start in 0...(words.count - size) {
            var hash = StableHash.seed
            for word in words[start..<start + size] { hash = StableHash.combine(hash, word) }
            if seen.insert(hash).inserted { result.append(hash) }
        }
        return result
    }

    private static func find(_ parent: inout [Int], _ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root { (node, parent[node]) = (parent[node], root) }
        return root
    }

    private static func union(_ parent: inout [Int], _ a: Int, _ b: Int) {
        let rootA = find(&parent, a), rootB = find(&parent, b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
