import QuoteCheckText
import QuoteCheckRules

/// Passes over the bytes that cannot start a quote mark. Most of a line is such bytes, and a
/// table load per byte was a fifth of finding quotes; sixteen bytes are compared at once
/// instead (one vector compare for each ASCII byte that starts a mark, the rules' marks start
/// with three, and a sign test for the rest). The first candidate of a block goes to the exact
/// per-byte table.
struct MarkStartScanner: Sendable {
    /// For each byte, 1 when some mark starts with it.
    private let startsMark: [UInt8]
    /// Each ASCII byte that starts a mark, in all sixteen lanes (the first repeated when there
    /// are fewer than four); nil when there are more than four (then every byte goes through
    /// the table) or none.
    private let asciiStarts: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)?

    init(marks: MarkRules) {
        startsMark = marks.startsMark
        let ascii = (0..<128).filter { marks.startsMark[$0] != 0 }.map { SIMD16<UInt8>(repeating: UInt8($0)) }
        if let first = ascii.first, ascii.count <= 4 {
            let lanes = ascii + Array(repeating: first, count: 4 - ascii.count)
            asciiStarts = (lanes[0], lanes[1], lanes[2], lanes[3])
        } else {
            asciiStarts = nil
        }
    }

    /// The first offset in `offset..<end` whose byte starts some mark, or `end`.
    @inline(__always)
    func next(from offset: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        startsMark.withUnsafeBufferPointer { startsMark in
            var next = offset
            if let asciiStarts {
                while next + 16 <= end {
                    let hits = candidates(UnsafeRawPointer(bytes.baseAddress! + next).loadUnaligned(as: SIMD16<UInt8>.self), asciiStarts)
                    guard let lane = ByteWord.firstSetLane(hits) else {
                        next += 16
                        continue
                    }
                    // Straight to the first candidate; the table decides (a non-ASCII byte
                    // may start no mark), and the search goes on after it.
                    next += lane
                    if startsMark[Int(bytes[next])] != 0 { return next }
                    next += 1
                }
            }
            while next < end {
                if startsMark[Int(bytes[next])] != 0 { return next }
                next += 1
            }
            return end
        }
    }

    /// The bytes of `block` that may start a mark, all ones in their lanes: those with the high
    /// bit set, and those equal to an ASCII start; as two words, for `ByteWord.firstSetLane`.
    @inline(__always)
    private func candidates(_ block: SIMD16<UInt8>, _ starts: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)) -> SIMD2<UInt64> {
        // The sign of each byte as a signed lane marks the non-ASCII ones.
        let nonASCII = SIMD16<Int8>(truncatingIfNeeded: block) .< SIMD16<Int8>(repeating: 0)
        let start = (block .== starts.0) .| (block .== starts.1) .| (block .== starts.2) .| (block .== starts.3)
        return unsafeBitCast(start .| nonASCII, to: SIMD2<UInt64>.self)
    }
}
