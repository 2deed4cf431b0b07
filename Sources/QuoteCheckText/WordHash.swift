/// A 64-bit FNV-1a hash of a word, lower-cased (ASCII) with curly apostrophes straightened, so
/// that lexicon look-ups on the hot path compare integers instead of building strings.
public enum WordHash {
    public static let offsetBasis: UInt64 = 0xcbf29ce484222325

    /// One byte (already lower-cased) into the hash.
    @inline(__always)
    @inlinable public static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100000001b3 }

    @inline(__always)
    @inlinable public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = bytes[index]
            // ’ (E2 80 99) hashes as '
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            } else if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            }
            hash = combine(hash, byte)
            index += 1
        }
        return hash
    }

    @inlinable public static func hash(_ word: String) -> UInt64 {
        // The string's own bytes (no copy for a native string).
        var word = word
        return word.withUTF8 { hash($0, 0..<$0.count) }
    }
}
