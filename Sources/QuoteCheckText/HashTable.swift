/// Word hash → value: an open-addressing table keyed by the words' FNV hashes, which are
/// already well mixed, so a look-up on the hot path is a mask and a compare (no `Hasher`).
/// A slot holds its key and value side by side: a probe touches one cache line, not two.
public struct HashTable<Value: Sendable>: Sendable {
    @usableFromInline struct Slot: Sendable {
        @usableFromInline var key: UInt64 = 0
        @usableFromInline var value: Value? = nil
        @inlinable init() {}
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline let mask: Int

    @inlinable public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    @inlinable public subscript(key: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while let value = slots[index].value {
                if slots[index].key == key { return value }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    @inlinable public mutating func update(_ key: UInt64, _ change: (inout Value?) -> Void) {
        var index = Int(truncatingIfNeeded: key) & mask
        while slots[index].value != nil && slots[index].key != key { index = (index + 1) & mask }
        slots[index].key = key
        change(&slots[index].value)
    }
}
