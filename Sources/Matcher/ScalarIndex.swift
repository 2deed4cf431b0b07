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
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false; break }
        isASCII = ascii
        guard !ascii else { checkpoints = []; return }
        var marks: [Int32] = []
        marks.reserveCapacity(bytes.count / 64 + 1)
        var scalars: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset & 63 == 0 { marks.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
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
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
