import QuoteCheckText

/// The terms and slogans the rules know as names (rules/kinds.yaml `term.names`: "one country,
/// two systems"), asked of a quote's bytes: letters compared without case, ’ as ', and the
/// punctuation and spaces at its ends left out ("'one country, two systems,'" is one). Hashed
/// as words are, so a quote is asked without making a string.
struct KnownTerms: Sendable {
    private let hashes: WordHashSet
    private let longest: Int

    init(names: [String]) {
        hashes = WordHashSet(names.map { name in
            let bytes = Array(name.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                WordHash.hash(buffer, Self.trimmed(0..<buffer.count, in: buffer))
            }
        })
        longest = names.map(\.utf8.count).max() ?? 0
    }

    func contains(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard longest > 0, range.count <= longest + 8 else { return false }
        let words = Self.trimmed(range, in: bytes)
        return !words.isEmpty && hashes.contains(WordHash.hash(bytes, words))
    }

    /// Is the quote a known term after capitalised words that say whose it is ("'Chinese debt
    /// trap'", "'US Indo-Pacific Strategy'"), at most `modifiers` of them, or the term itself?
    func contains(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, afterCapitalised modifiers: Int) -> Bool {
        if contains(range, in: bytes) { return true }
        let words = Self.trimmed(range, in: bytes)
        var start = words.lowerBound
        for _ in 0..<modifiers {
            guard start < words.upperBound, bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z"),
                  let space = (start..<words.upperBound).first(where: { bytes[$0] == UInt8(ascii: " ") }) else { return false }
            start = space + 1
            if contains(start..<words.upperBound, in: bytes) { return true }
        }
        return false
    }

    /// The range less the ASCII punctuation and spaces at its ends.
    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isEdge(bytes[lower]) { lower += 1 }
        while upper > lower, isEdge(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isEdge(_ byte: UInt8) -> Bool { byte < 0x80 && !UTF8Scan.isASCIIWordByte(byte) }
}
