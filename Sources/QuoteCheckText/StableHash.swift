/// FNV-1a over a string's bytes as they are (no folding, unlike `WordHash`, whose mixing step
/// it shares): a hash that is the same in every run, unlike `Hasher`, so that anything derived
/// from it (grouping order, SARIF fingerprints) is repeatable.
public enum StableHash {
    public static let seed: UInt64 = WordHash.offsetBasis
    @inlinable public static func of(_ string: String) -> UInt64 { combine(seed, string) }
    @inlinable public static func combine(_ hash: UInt64, _ string: String) -> UInt64 {
        var value = hash
        for byte in string.utf8 { value = WordHash.combine(value, byte) }
        return value
    }
    /// A hash combined with another, byte by byte from the lowest.
    @inlinable public static func combine(_ hash: UInt64, _ other: UInt64) -> UInt64 {
        var value = hash
        for shift in stride(from: 0, to: 64, by: 8) { value = WordHash.combine(value, UInt8(truncatingIfNeeded: other >> UInt64(shift))) }
        return value
    }
    /// Sixteen hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
