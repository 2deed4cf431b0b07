/// Finds sentence boundaries: a full stop, question or exclamation mark (possibly followed by
/// closing marks) and a space before a capital, a digit or an opening mark, unless the word before
/// the stop is an abbreviation or an initial. The one sentence splitter: the quote finder, the
/// attribution sieve and the checks all ask it.
public struct SentenceSplitter: Sendable {
    /// Words that end with a period without ending the sentence ("gov", "sen"), lower-cased.
    public let abbreviations: Set<String>
    /// The same words as hashes, for ASCII words (most of them), which need no `String`.
    private let abbreviationHashes: WordHashSet
    /// Marks that close a sentence after its stop (closing quote marks, brackets: `."`, `.)`).
    public let closers: ScalarSet
    /// Marks that may open the next sentence besides a capital or a digit (opening quote marks,
    /// a bracket).
    public let openers: ScalarSet

    /// A splitter that knows `abbreviations` (the `abbreviations` rules' words) and the marks
    /// around a sentence's end (rules/marks.yaml: its quote marks and `brackets`).
    public init(abbreviations: Set<String>, closers: ScalarSet, openers: ScalarSet) {
        self.abbreviations = abbreviations
        abbreviationHashes = WordHashSet(words: abbreviations)
        self.closers = closers
        self.openers = openers
    }

    /// Sentence ranges within `range`, trimmed of white space.
    public func sentences(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buffer in
            var result: [Range<Int>] = []
            var start = range.lowerBound
            var offset = range.lowerBound
            while true {
                // As in `hasBoundary`: only a stop can end a sentence.
                offset = Self.nextStop(from: offset, to: range.upperBound, in: buffer)
                guard offset < range.upperBound else { break }
                if let next = boundary(after: offset, in: buffer, limit: range.upperBound) {
                    let sentence = UTF8Scan.trimmed(start..<next, in: buffer)
                    if !sentence.isEmpty { result.append(sentence) }
                    start = next
                    offset = next
                } else {
                    offset += 1
                }
            }
            let last = UTF8Scan.trimmed(start..<range.upperBound, in: buffer)
            if !last.isEmpty { result.append(last) }
            return result
        }
    }

    /// If a sentence ends with the byte at `offset`, the offset where the next sentence's space
    /// begins (just after the stop and its closing marks).
    public func boundary(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let byte = bytes[offset]
        guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") else { return nil }
        var end = offset + 1
        // Closing marks and brackets belong to the sentence they close.
        while end < limit, let (scalar, length) = UTF8Scan.scalar(at: end, in: bytes),
              closers.contains(scalar) { end += length }
        guard end < limit, UTF8Scan.isSpaceByte(bytes[end]) || bytes[end] == 0xC2 else { return nil }
        var next = end
        while next < limit, let (scalar, length) = UTF8Scan.scalar(at: next, in: bytes), UTF8Scan.isSpace(scalar) {
            next += length
        }
        guard next < limit, let (first, _) = UTF8Scan.scalar(at: next, in: bytes) else { return nil }
        guard UTF8Scan.isUppercase(first) || UTF8Scan.isDigit(first) || openers.contains(first) else {
            return nil
        }
        if byte == UInt8(ascii: ".") && isAbbreviation(endingAt: offset, in: bytes) { return nil }
        return end
    }

    /// True when `range` holds a sentence boundary inside it.
    public func hasBoundary(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = range.lowerBound
        while true {
            // Only a stop can end a sentence: the bytes before the next one are passed over.
            offset = Self.nextStop(from: offset, to: range.upperBound, in: bytes)
            guard offset < range.upperBound else { return false }
            if boundary(after: offset, in: bytes, limit: range.upperBound) != nil { return true }
            offset += 1
        }
    }

    /// The first offset in `offset..<end` holding `.`, `?` or `!`, or `end`. Every quote is
    /// searched whole for one: sixteen bytes at a time (three vector compares, read as two
    /// words), where a byte at a time was a quarter of classifying quotes.
    @inline(__always)
    public static func nextStop(from offset: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset
        let period = SIMD16<UInt8>(repeating: UInt8(ascii: ".")), question = SIMD16<UInt8>(repeating: UInt8(ascii: "?"))
        let exclamation = SIMD16<UInt8>(repeating: UInt8(ascii: "!"))
        while next + 16 <= end {
            let block = UnsafeRawPointer(bytes.baseAddress! + next).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = unsafeBitCast((block .== period) .| (block .== question) .| (block .== exclamation), to: SIMD2<UInt64>.self)
            if let lane = ByteWord.firstSetLane(hits) { return next + lane }
            next += 16
        }
        while next < end {
            let byte = bytes[next]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") { return next }
            next += 1
        }
        return end
    }

    /// True when the word ending at the period at `offset` is an abbreviation or an initial.
    public func isAbbreviation(endingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = offset
        while start > 0 {
            let previous = bytes[start - 1]
            if UTF8Scan.isSpaceByte(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "\"") {
                break
            }
            start -= 1
        }
        guard start < offset else { return false }
        let span = start..<offset
        if !span.contains(where: { bytes[$0] >= 0x80 }) {
            // ASCII: a capital alone is an initial; otherwise the word's hash, lower-cased as
            // the abbreviations' are, decides.
            if span.count == 1 && bytes[start] &- 0x41 < 26 { return true }
            return abbreviationHashes.contains(WordHash.hash(bytes, span))
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if word.count == 1, let scalar = word.unicodeScalars.first, UTF8Scan.isUppercase(scalar) { return true }
        return abbreviations.contains(word.lowercased())
    }

}
