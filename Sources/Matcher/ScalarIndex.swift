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

    private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var index = 0
        var seen: UInt64 = 0
        while index + 8 <= buffer.count {
            seen |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < buffer.count { seen |= UInt64(base[index]); index += 1 }
        return seen & highBits == 0
    }

    /// Scalars start at every byte but continuation bytes (10xxxxxx); eight bytes are counted at
    /// once by the continuation bytes' high bits.
    private static func countScalars(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & highBits
            count += 8 - continuation.nonzeroBitCount
            index += 8
        }
        while index < end {
            if base[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
