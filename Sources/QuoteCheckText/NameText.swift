/// A name made from words of an article: the words joined by single spaces. A speaker's name
/// keeps the apostrophe the article prints ("O’Neill" stays "O’Neill": it is found in the text,
/// and comparisons fold apostrophes themselves with `straightApostrophes`); a document phrase
/// given as an intermediary is written with straight ones ("China's account"), as the seeds
/// write it.
public enum NameText {
    /// Builds the string straight from the article's bytes, in one pass and one allocation.
    @inlinable public static func join(_ words: some Collection<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>,
                                       straighteningApostrophes: Bool = false) -> String {
        String(unsafeUninitializedCapacity: capacity(words)) { output in
            guard let base = output.baseAddress else { return 0 }
            return write(words, in: bytes, to: base, straighteningApostrophes: straighteningApostrophes)
        }
    }

    /// Room enough for the joined words: their bytes and the spaces between them.
    @inlinable public static func capacity(_ words: some Collection<Range<Int>>) -> Int {
        var capacity = max(words.count - 1, 0)
        for word in words { capacity += word.count }
        return capacity
    }

    /// Writes the joined words to `output`, which has room for `capacity(words)` bytes, and
    /// returns how many it wrote (fewer when an apostrophe was straightened).
    @inlinable public static func write(_ words: some Collection<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>,
                                        to output: UnsafeMutablePointer<UInt8>, straighteningApostrophes: Bool = false) -> Int {
        var write = 0
        for word in words {
            if write > 0 { output[write] = UInt8(ascii: " "); write += 1 }
            var index = word.lowerBound
            while index < word.upperBound {
                let byte = bytes[index]
                if straighteningApostrophes, byte == 0xE2, index + 2 < word.upperBound, bytes[index + 1] == 0x80,
                   bytes[index + 2] == 0x99 {
                    output[write] = UInt8(ascii: "'")
                    index += 3
                } else {
                    output[write] = byte
                    index += 1
                }
                write += 1
            }
        }
        return write
    }
}

public extension String {
    /// The string with curly apostrophes (’) straightened ('), as names are compared ("O’Neill"
    /// and "O'Neill" are one name) and rule lists are looked up. Strings without one are
    /// returned as they are, without a copy.
    @inlinable var straightApostrophes: String {
        var copy = self
        let hasCurly = copy.withUTF8 { utf8 in
            var index = 0
            while index + 2 < utf8.count {
                if utf8[index] == 0xE2, utf8[index + 1] == 0x80, utf8[index + 2] == 0x99 { return true }
                index += 1
            }
            return false
        }
        guard hasCurly else { return self }
        return copy.withUTF8 { NameText.join(CollectionOfOne(0..<$0.count), in: $0, straighteningApostrophes: true) }
    }
}
