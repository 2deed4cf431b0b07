/// Converts UTF-8 byte offsets into Unicode scalar offsets: the one place where the byte world of
/// matching meets the scalar offsets of quotecheck's output.
///
/// A checkpoint every 64 bytes keeps conversion O(1) amortised without a table as big as the text.
/// ASCII-only text (most news wire copy) needs no table at all.
public struct ScalarIndex: Sendable {
    private let checkpoints: [Int32]  // scalars before byte 64*i
    private let bytes: [UInt8]
    private let isASCII: Bool

    /// Builds the index over `bytes`, which must be valid UTF-8.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let (ascii, marks) = bytes.withUnsafeBufferPointer { buffer -> (Bool, [Int32]) in
            guard !Self.isASCII(buffer) else { return (true, []) }
            var marks: [Int32] = []
            marks.reserveCapacity(buffer.count / 64 + 1)
            var scalars = 0
            var block = 0
            while block < buffer.count {
                marks.append(Int32(truncatingIfNeeded: scalars))
                let end = min(block + 64, buffer.count)
                scalars += Self.countScalars(buffer, from: block, to: end)
                block = end
            }
            return (false, marks)
        }
        isASCII = ascii
        checkpoints = marks
    }

    /// The number of scalars that start before `byteOffset`.
    public func scalarOffset(_ byteOffset: Int) -> Int {
        if isASCII || byteOffset <= 0 { return max(byteOffset, 0) }
        let clamped = min(byteOffset, bytes.count)
        let block = clamped >> 6
        if block >= checkpoints.count {
            return Int(checkpoints.last ?? 0) + countScalars(from: (checkpoints.count - 1) << 6, to: clamped)
        }
        return Int(checkpoints[block]) + countScalars(from: block << 6, to: clamped)
    }

    /// The byte offset at which scalar number `scalarOffset` starts (the end of the text when past it).
    public func byteOffset(ofScalar scalarOffset: Int) -> Int {
        if isASCII { return min(max(scalarOffset, 0), bytes.count) }
        var low = 0, high = checkpoints.count - 1
        while low < high {  // last checkpoint at or before the scalar
            let mid = (low + high + 1) / 2
            if Int(checkpoints[mid]) <= scalarOffset { low = mid } else { high = mid - 1 }
        }
        var byte = low << 6
        var scalars = Int(checkpoints.isEmpty ? 0 : checkpoints[low])
        while byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 {
                if scalars == scalarOffset { return byte }
                scalars += 1
            }
            byte += 1
        }
        return bytes.count
    }

    private func countScalars(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.countScalars($0, from: start, to: end) }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Stops at the first eight bytes with a high bit set: most articles have a curly quote early.
    private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var index = 0
        while index + 8 <= buffer.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits != 0 { return false }
            index += 8
        }
        while index < buffer.count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Scalars start at every byte but continuation bytes (10xxxxxx). Sixteen bytes are looked
    /// at once: each continuation byte adds 1 to its lane of `lanes`, and the lanes are summed
    /// every 255 blocks, before one can overflow (a per-block `nonzeroBitCount` is a long
    /// software popcount on the baseline x86-64 target).
    static func countScalars(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        /// The sum of a word's eight byte lanes, each at most 255: added in pairs, then the four
        /// pair sums at once by a multiply.
        @inline(__always) func laneSum(_ word: UInt64) -> Int {
            let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
            return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        guard let base = buffer.baseAddress else { return 0 }
        var continuations = 0
        var index = start
        // As signed bytes, continuation bytes (0x80...0xBF) are the ones below -64.
        let continuationLimit = SIMD16<Int8>(repeating: -64)
        while index + 16 <= end {
            var lanes = SIMD16<UInt8>(repeating: 0)
            let stop = min(end, index + 16 * 255)
            while index + 16 <= stop {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<Int8>.self)
                // A true lane is all ones, -1: subtracting it counts one.
                lanes &-= unsafeBitCast(block .< continuationLimit, to: SIMD16<UInt8>.self)
                index += 16
            }
            let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
            continuations += laneSum(words[0]) + laneSum(words[1])
        }
        while index < end {
            if base[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }
}
