/// Bytes a JSON string holds as they are: anything but a control character, a double quote or a
/// backslash. Shared by the writer (what needs no escaping) and the reader (what needs no
/// unescaping), where article texts are long and almost all plain.
public enum JSONPlainBytes {
    /// The length of the plain prefix of `utf8`. Sixteen bytes at a time: a block is passed
    /// over when none of its bytes is a control character, a quote or a backslash (vector
    /// compares, read as two words); in the block with a hit, the first hit's lane is the answer.
    /// The tail is one more block, overlapping; a string shorter than a block goes eight bytes at
    /// a time. Most strings written are short (names, cues) or end in a tail, which went a byte
    /// at a time with three compares each.
    @inlinable public static func prefixLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let count = utf8.count
        var index = 0
        while index + 16 <= count {
            if let lane = ByteWord.firstSetLane(hits(in: UnsafeRawPointer(base + index))) { return index + lane }
            index += 16
        }
        if index == count { return count }
        if count >= 16 {
            // The rest in one more block: the last sixteen bytes, whose first lanes were
            // looked at already (and were clean).
            let start = count - 16, seen = index - start
            var lanes = hits(in: UnsafeRawPointer(base + start))
            lanes[0] &= seen >= 8 ? 0 : ~0 << (8 * UInt64(seen))
            if seen > 8 { lanes[1] &= ~0 << (8 * UInt64(seen - 8)) }
            return ByteWord.firstSetLane(lanes).map { start + $0 } ?? count
        }
        // Shorter than a block (names, cues, ids): eight bytes at a time, then the last eight
        // again, overlapping; a byte at a time below eight.
        while index + 8 <= count {
            let found = specialBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        if index == count { return count }
        if count >= 8 {
            let start = count - 8, seen = index - start
            let found = specialBytes(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian) & (~0 << (8 * UInt64(seen)))
            return found != 0 ? start + found.trailingZeroBitCount / 8 : count
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        return index
    }

    /// The lanes of the sixteen bytes at `address` that are a control character, a quote or a
    /// backslash, all ones, as two words.
    @inline(__always)
    @inlinable static func hits(in address: UnsafeRawPointer) -> SIMD2<UInt64> {
        let block = address.loadUnaligned(as: SIMD16<UInt8>.self)
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let space = SIMD16<UInt8>(repeating: 0x20)
        return unsafeBitCast((block .< space) .| (block .== quote) .| (block .== backslash), to: SIMD2<UInt64>.self)
    }

    /// Eight bytes as a little-endian word: the top bit of each byte that is a control
    /// character, a quote or a backslash. (The lowest such bit is exact; a borrow can set bits
    /// above a real hit, which no caller reads.)
    @inline(__always)
    @inlinable static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return control | ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
    }
}
