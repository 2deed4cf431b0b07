#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckText

/// A name that attribution made (a speaker or an intermediary), as its number in the article's
/// `NameTable`: one text, one number, so names compare as numbers.
struct NameID: Hashable, Sendable {
    fileprivate let raw: Int32
}

/// A list of names (a quote's speakers, its intermediaries): a stretch of the table's list
/// store. Plain numbers, so that sources, cues and attributions copy without reference counting.
struct NameList: Sendable {
    fileprivate var start: Int32 = 0
    fileprivate var length: Int32 = 0

    var count: Int { Int(length) }
    var isEmpty: Bool { length == 0 }
}

/// The names made while one article is attributed, each text stored once in one byte store,
/// and the lists made of them. Speakers were `[String]`s: an array and often a string
/// allocated for every cue resolved, and retained at every copy of a source or an attribution.
///
/// A class, so that the resolver's context and the attributor share one table. Its state sits
/// behind a pointer: a class's stored properties would be checked for exclusive access at
/// every use.
final class NameTable {
    private struct State {
        var bytes: UnsafeMutablePointer<UInt8>
        var byteCount = 0
        var byteCapacity: Int
        /// For each name, where its bytes end (it starts where the one before it ends) and the
        /// hash of its bytes.
        var entries: [(end: Int, hash: UInt64)] = []
        /// Open addressing on the hash: a name's number + 1, or 0 for a free slot.
        var slots: [Int32]
        var lists: [NameID] = []
    }

    private let state: UnsafeMutablePointer<State>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State(bytes: .allocate(capacity: 1024), byteCapacity: 1024,
                                   slots: Array(repeating: 0, count: 64)))
        // Room for what most articles make, so that the stores seldom grow.
        state.pointee.entries.reserveCapacity(32)
        state.pointee.lists.reserveCapacity(64)
    }

    deinit {
        state.pointee.bytes.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The name made of `words` of `bytes`, as `NameText.join` writes it.
    func join(_ words: some Collection<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>,
              straighteningApostrophes: Bool = false) -> NameID {
        reserve(NameText.capacity(words))
        let start = state.pointee.byteCount
        state.pointee.byteCount += NameText.write(words, in: bytes, to: state.pointee.bytes + start,
                                                  straighteningApostrophes: straighteningApostrophes)
        return intern(from: start)
    }

    /// The name whose text is `text` (valid UTF-8).
    func name(_ text: UnsafeBufferPointer<UInt8>) -> NameID {
        reserve(text.count)
        let start = state.pointee.byteCount
        if let base = text.baseAddress { (state.pointee.bytes + start).update(from: base, count: text.count) }
        state.pointee.byteCount += text.count
        return intern(from: start)
    }

    func name(_ text: String) -> NameID {
        var text = text
        return text.withUTF8 { name($0) }
    }

    /// The bytes of `name`, valid until the next name is made.
    func bytes(of name: NameID) -> UnsafeBufferPointer<UInt8> {
        let index = Int(name.raw)
        let start = index == 0 ? 0 : state.pointee.entries[index - 1].end
        return UnsafeBufferPointer(start: state.pointee.bytes + start, count: state.pointee.entries[index].end - start)
    }

    func string(_ name: NameID) -> String { String(decoding: bytes(of: name), as: UTF8.self) }

    private func reserve(_ extra: Int) {
        let needed = state.pointee.byteCount + extra
        guard needed > state.pointee.byteCapacity else { return }
        var capacity = state.pointee.byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: state.pointee.bytes, count: state.pointee.byteCount)
        state.pointee.bytes.deallocate()
        state.pointee.bytes = grown
        state.pointee.byteCapacity = capacity
    }

    /// The bytes from `start` to the end of the store as a name: the number of the same text
    /// made before (and the bytes are taken back), or a new one.
    private func intern(from start: Int) -> NameID {
        let end = state.pointee.byteCount
        let text = UnsafeBufferPointer(start: state.pointee.bytes + start, count: end - start)
        // FNV-1a over the exact bytes (word hashes fold case; names must not).
        var hash = WordHash.offsetBasis
        for byte in text { hash = WordHash.combine(hash, byte) }
        let mask = state.pointee.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while state.pointee.slots[slot] != 0 {
            let other = NameID(raw: state.pointee.slots[slot] - 1)
            let otherText = bytes(of: other)
            if state.pointee.entries[Int(other.raw)].hash == hash, otherText.count == text.count,
               text.isEmpty || memcmp(otherText.baseAddress!, text.baseAddress!, text.count) == 0 {
                state.pointee.byteCount = start
                return other
            }
            slot = (slot + 1) & mask
        }
        let name = NameID(raw: Int32(state.pointee.entries.count))
        state.pointee.entries.append((end, hash))
        state.pointee.slots[slot] = name.raw + 1
        // At most half full, so that a probe ends soon.
        if state.pointee.entries.count * 2 > state.pointee.slots.count { rehash() }
        return name
    }

    private func rehash() {
        var slots = [Int32](repeating: 0, count: state.pointee.slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in state.pointee.entries.enumerated() {
            let hash = entry.hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index) + 1
        }
        state.pointee.slots = slots
    }

    // Lists. A list never changes once made: appending to one makes a new list, in place when
    // the list is the last one stored (no other list can see past its end).

    func list(_ name: NameID) -> NameList {
        let start = state.pointee.lists.count
        state.pointee.lists.append(name)
        return NameList(start: Int32(start), length: 1)
    }

    func list(_ names: some Sequence<NameID>) -> NameList {
        let start = state.pointee.lists.count
        state.pointee.lists.append(contentsOf: names)
        return NameList(start: Int32(start), length: Int32(state.pointee.lists.count - start))
    }

    func appending(_ name: NameID, to list: NameList) -> NameList {
        if list.isEmpty { return self.list(name) }
        if Int(list.start) + list.count == state.pointee.lists.count {
            state.pointee.lists.append(name)
            return NameList(start: list.start, length: list.length + 1)
        }
        return self.list(names(in: list) + [name])
    }

    /// `list` with the names of `other` it does not hold yet appended, in order.
    func merging(_ other: NameList, into list: NameList) -> NameList {
        var merged = list
        for index in 0..<other.count where !contains(self[other, index], in: merged) {
            merged = appending(self[other, index], to: merged)
        }
        return merged
    }

    /// The `index`th name of `list`. Lists are read by index: a slice of the store would keep
    /// it shared, and the next list made would copy it whole.
    subscript(list: NameList, index: Int) -> NameID { state.pointee.lists[Int(list.start) + index] }

    /// A copy of the names of `list`, in order.
    func names(in list: NameList) -> [NameID] { (0..<list.count).map { self[list, $0] } }

    func first(of list: NameList) -> NameID? { list.isEmpty ? nil : self[list, 0] }

    func contains(_ name: NameID, in list: NameList) -> Bool {
        for index in 0..<list.count where self[list, index] == name { return true }
        return false
    }

    func strings(_ list: NameList) -> [String] { (0..<list.count).map { string(self[list, $0]) } }
}

/// A list of an article's names, written as a record's field straight from the table's bytes.
struct TableNameList: JSONStringList {
    let table: NameTable
    let list: NameList

    func writeItems(to writer: inout JSONWriter) {
        for index in 0..<list.count {
            if index > 0 { writer.fragment(", ") }
            writer.fragment(string: table.bytes(of: table[list, index]))
        }
    }
}
