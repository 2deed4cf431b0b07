/// A set of word hashes on the open-addressing `HashTable`. A `Set<UInt64>` hashes each probe
/// with SipHash (about 160 instructions a look-up), and these sets are asked about every word
/// before a stop, every candidate term and every phrase word.
public struct WordHashSet: Sendable {
    @usableFromInline var table: HashTable<Bool>

    @inlinable public init<Hashes: Sequence<UInt64>>(_ hashes: Hashes) {
        let all = Array(hashes)
        table = HashTable(capacity: all.count)
        for hash in all { table.update(hash) { $0 = true } }
    }

    /// The hashes of `words` (lower-cased as tokens hash them).
    @inlinable public init(words: some Sequence<String>) { self.init(words.map { WordHash.hash($0) }) }

    @inline(__always)
    @inlinable public func contains(_ hash: UInt64) -> Bool { table[hash] != nil }
}
