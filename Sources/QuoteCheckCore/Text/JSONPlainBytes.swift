/// Bytes a JSON string holds as they are: anything but a control character, a double quote or a
/// backslash. Shared by the writer (what needs no escaping) and the reader (what needs no
/// unescaping), where article texts are long and almost all plain.
enum JSONPlainBytes {
    /// The length of the plain prefix of `utf8`. Sixteen bytes at a time: a block is passed
    /// over when none of its bytes is a control character, a quote or a backslash (vector
    /// compares, read as two words); in the block with a hit, the first hit's lane is the answer.
    static func prefixLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        var index = 0
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let space = SIMD16<UInt8>(repeating: 0x20)
        while index + 16 <= utf8.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = unsafeBitCast((block .< space) .| (block .== quote) .| (block .== backslash), to: SIMD2<UInt64>.self)
            if let lane = ByteWord.firstSetLane(hits) { return index + lane }
            index += 16
        }
        while index < utf8.count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        return index
    }
}
