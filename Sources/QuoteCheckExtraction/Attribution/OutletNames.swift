import QuoteCheckText
import QuoteCheckRules

/// The outlets' names and aliases (rules/outlets.yaml), as token hashes by their first word,
/// longest first: one look-up a capitalised token finds whether an outlet is named there.
struct OutletNames: Sendable {
    private let byFirstWord: HashTable<[(words: [UInt64], name: String)]>

    init(_ outlets: OutletRules) {
        var aliases = HashTable<[(words: [UInt64], name: String)]>(capacity: outlets.aliasWords.count)
        for alias in outlets.aliasWords {  // already longest first
            let words = alias.words.map { WordHash.hash($0) }
            aliases.update(words[0]) { $0 = ($0 ?? []) + [(words, alias.name)] }
        }
        byFirstWord = aliases
    }

    /// The outlets whose name starts at `start`, each with its words, longest first.
    @inline(__always)
    func candidates(at start: Int, _ tokens: Tokens) -> [(words: [UInt64], name: String)]? {
        byFirstWord[tokens[start].hash]
    }

    /// Whether the words at `start` are `words`.
    static func matches(_ words: [UInt64], at start: Int, _ tokens: Tokens) -> Bool {
        for (offset, word) in words.enumerated() where tokens[start + offset].kind != .word || tokens[start + offset].hash != word {
            return false
        }
        return true
    }

    /// Is `range` exactly an outlet's name ("Fox Business")?
    func names(exactly range: Range<Int>, _ tokens: Tokens) -> Bool {
        guard !range.isEmpty, let candidates = candidates(at: range.lowerBound, tokens) else { return false }
        return candidates.contains { $0.words.count == range.count && Self.matches($0.words, at: range.lowerBound, tokens) }
    }
}
