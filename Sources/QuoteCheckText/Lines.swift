#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Splits text into lines: a line is a paragraph for quotecheck (news text puts one paragraph on
/// a line; hard-wrapped text is handled by quote continuation).
public enum Lines {
    /// Byte ranges of the lines of `bytes`, without their `\n` or `\r\n`.
    @inlinable public static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        // News paragraphs run to a few hundred bytes: room for a line every 64, so that the
        // list seldom grows.
        lines.reserveCapacity(bytes.count / 64 + 4)
        var start = 0
        guard let base = bytes.baseAddress else { return [0..<0] }
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
            lines.append(start..<end)
            start = index + 1
        }
        if start <= bytes.count { lines.append(start..<bytes.count) }
        return lines
    }

    /// 1-based line and column (in scalars) of byte `offset`, given the line ranges.
    @inlinable public static func position(of offset: Int, lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let low = index(of: offset, lines: lines)
        var column = 1, byte = lines.isEmpty ? 0 : lines[low].lowerBound
        while byte < offset {
            if bytes[byte] & 0xC0 != 0x80 { column += 1 }
            byte += 1
        }
        return (low + 1, column)
    }

    /// The index of the line that holds byte `offset` (0 when there are no lines), by halving.
    @inlinable public static func index(of offset: Int, lines: [Range<Int>]) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
