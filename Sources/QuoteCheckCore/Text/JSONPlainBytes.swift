/// Bytes a JSON string holds as they are: anything but a control character, a double quote or a
/// backslash. Shared by the writer (what needs no escaping) and the reader (what needs no
/// unescaping), where article texts are long and almost all plain.
enum JSONPlainBytes {
    /// The length of the plain prefix of `utf8`. Eight bytes at a time: a word is passed over when
    /// none of its bytes is a control character, a quote or a backslash (the classic "has a byte
    /// less than n / equal to n" bit tricks; a hit sends the word to the byte loop).
    static func prefixLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= utf8.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let control = (word &- ones &* 0x20) & ~word
            let hits = (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs
            if hits != 0 { break }
            index += 8
        }
        while index < utf8.count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        return index
    }
}
