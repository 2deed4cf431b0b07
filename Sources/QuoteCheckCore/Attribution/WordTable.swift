/// Word hash → classes: an open-addressing table keyed by the words' FNV hashes, which are
/// already well mixed, so a look-up on the hot path is a mask and a compare (no `Hasher`).
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func update(_ key: UInt64, _ change: (inout Value?) -> Void) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        change(&values[slot])
    }
}
