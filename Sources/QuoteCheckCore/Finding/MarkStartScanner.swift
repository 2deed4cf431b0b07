/// Passes over the bytes that cannot start a quote mark. Most of a line is such bytes, and a
/// table load per byte was a fifth of finding quotes; eight bytes are tested at once instead,
/// with the classic "has a byte equal to n" bit tricks, for each ASCII byte that starts a mark
/// (the rules' marks start with three), and a high bit for the rest. A word with a possible hit
/// goes to the exact per-byte table.
struct MarkStartScanner: Sendable {
    /// For each byte, 1 when some mark starts with it.
    private let startsMark: [UInt8]
    /// Each ASCII byte that starts a mark, repeated in all eight lanes (the first repeated when
    /// there are fewer than four); nil when there are more than four (then every byte goes
    /// through the table) or none.
    private let asciiStarts: (UInt64, UInt64, UInt64, UInt64)?
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    init(marks: MarkRules) {
        startsMark = marks.startsMark
        let ascii = (0..<128).filter { marks.startsMark[$0] != 0 }.map { UInt64($0) &* Self.ones }
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
            while true {
                if let asciiStarts {
                    while next + 8 <= end, !mayStart(UnsafeRawPointer(bytes.baseAddress! + next).loadUnaligned(as: UInt64.self), asciiStarts) {
                        next += 8
                    }
                }
                let stop = asciiStarts == nil ? end : min(next + 8, end)
                while next < stop {
                    if startsMark[Int(bytes[next])] != 0 { return next }
                    next += 1
                }
                if next >= end { return end }
            }
        }
    }

    /// True when some byte of `word` may start a mark: a byte with its high bit set, or one equal
    /// to an ASCII start. False hits are possible (a borrow runs into the next lane), misses not.
    @inline(__always)
    private func mayStart(_ word: UInt64, _ starts: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        @inline(__always) func equal(_ start: UInt64) -> UInt64 {
            let same = word ^ start
            return (same &- Self.ones) & ~same
        }
        return (word | equal(starts.0) | equal(starts.1) | equal(starts.2) | equal(starts.3)) & Self.highBits != 0
    }
}
