/// Up to eight bytes as one little-endian word, so that a short byte sequence (a quote mark) is
/// found by one masked integer comparison. The quote finder and the apostrophe rules both test
/// marks this way.
public enum ByteWord {
    /// The eight bytes at `offset` of `bytes`, zeros past its end.
    @inline(__always)
    @inlinable public static func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if offset + 8 <= bytes.count {
            return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        for index in 0..<(bytes.count - offset) { word |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return word
    }

    /// The first (up to) eight of `bytes`.
    @inlinable public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
        return word
    }

    /// The mask of a word's first `count` bytes (all eight from eight on).
    @inline(__always)
    @inlinable public static func mask(_ count: Int) -> UInt64 { count >= 8 ? ~0 : (1 << (8 * UInt64(count))) - 1 }

    /// Sixteen byte lanes read as two words (a vector compare's lanes, all ones or all zeros, or
    /// bytes masked to their top bits): the index of the first lane with a bit set, or nil when
    /// none has. Two word tests, where `any` on a vector mask compiled to a reduction of a dozen
    /// instructions; the lane is then found without walking the block byte by byte.
    @inline(__always)
    @inlinable public static func firstSetLane(_ lanes: SIMD2<UInt64>) -> Int? {
        // Lane 0 the lowest byte of the first word, whatever the byte order.
        let low = lanes[0].littleEndian, high = lanes[1].littleEndian
        if low | high == 0 { return nil }
        return low != 0 ? low.trailingZeroBitCount / 8 : 8 + high.trailingZeroBitCount / 8
    }
}
