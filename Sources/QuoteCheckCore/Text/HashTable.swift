/// Word hash → value: an open-addressing table keyed by the words' FNV hashes, which are
/// already well mixed, so a look-up on the hot path is a mask and a compare (no `Hasher`).
/// A slot holds its key and value side by side: a probe touches one cache line, not two.
struct HashTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var value: Value? = nil
    }

    private var slots: [Slot]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while let value = slots[index].value {
                if slots[index].key == key { return value }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    mutating func update(_ key: UInt64, _ change: (inout Value?) -> Void) {
        var index = Int(truncatingIfNeeded: key) & mask
        while slots[index].value != nil && slots[index].key != key { index = (index + 1) & mask }
        slots[index].key = key
        change(&slots[index].value)
    }
}
