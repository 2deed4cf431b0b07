/// A small set of Unicode scalars that the rules list (apostrophes, dashes, the marks around a
/// sentence's end), asked about one scalar at a time in the lexers' inner loops: a bit for each
/// ASCII scalar, and the few others in a short array.
public struct ScalarSet: Sendable, Equatable {
    @usableFromInline let low: UInt64
    @usableFromInline let high: UInt64
    @usableFromInline let others: [UInt32]

    /// The set of `scalars`.
    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var low: UInt64 = 0, high: UInt64 = 0, others: [UInt32] = []
        for scalar in scalars {
            switch scalar.value {
            case 0..<64: low |= 1 << UInt64(scalar.value)
            case 64..<128: high |= 1 << UInt64(scalar.value - 64)
            default: if !others.contains(scalar.value) { others.append(scalar.value) }
            }
        }
        self.low = low
        self.high = high
        self.others = others.sorted()
    }

    /// The empty set.
    public init() { self.init([]) }

    @inline(__always)
    @inlinable public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return low & (1 << UInt64(value)) != 0 }
        if value < 128 { return high & (1 << UInt64(value - 64)) != 0 }
        return others.contains(value)
    }

    /// `contains` for an ASCII byte.
    @inline(__always)
    @inlinable public func contains(ascii byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    /// Both sets' scalars.
    public func union(_ other: ScalarSet) -> ScalarSet {
        ScalarSet(low: low | other.low, high: high | other.high, others: Array(Set(others).union(other.others)).sorted())
    }

    /// Every scalar of the set, in order of value.
    public var scalars: [Unicode.Scalar] {
        let ascii = (0..<128).filter { $0 < 64 ? low & (1 << UInt64($0)) != 0 : high & (1 << UInt64($0 - 64)) != 0 }
        return (ascii.map(UInt32.init) + others).compactMap(Unicode.Scalar.init)
    }

    private init(low: UInt64, high: UInt64, others: [UInt32]) {
        self.low = low
        self.high = high
        self.others = others
    }
}
