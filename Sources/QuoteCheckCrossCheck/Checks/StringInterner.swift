/// Makes equal strings (and lists of strings) share one storage. `check` keeps the speakers,
/// intermediaries, outlets and comparison words of every grouped quote until the report is
/// written, and across a news archive the same ones recur thousands of times (the same quote
/// carried by many articles has the same words); kept once each, they stop dominating memory.
public struct StringInterner: Sendable {
    private var strings: Set<Bytewise> = []
    /// Each distinct list, with its number (from 1; the empty list is 0).
    private var lists: [BytewiseList: Int32] = [:]
    private var wordLists: Set<[UInt64]> = []

    public init() {}

    /// A string compared and hashed by its UTF-8 bytes: `String`'s own hashing and equality
    /// normalise Unicode, which made interning cost more than the checks themselves.
    private struct Bytewise: Hashable {
        let string: String

        func hash(into hasher: inout Hasher) {
            var copy = string
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Bytewise, rhs: Bytewise) -> Bool {
            var (left, right) = (lhs.string, rhs.string)
            return left.withUTF8 { a in right.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
        }
    }

    private struct BytewiseList: Hashable {
        let list: [String]

        func hash(into hasher: inout Hasher) {
            hasher.combine(list.count)
            for string in list { Bytewise(string: string).hash(into: &hasher) }
        }

        static func == (lhs: BytewiseList, rhs: BytewiseList) -> Bool {
            lhs.list.count == rhs.list.count
                && zip(lhs.list, rhs.list).allSatisfy { Bytewise(string: $0) == Bytewise(string: $1) }
        }
    }

    public mutating func intern(_ string: String) -> String {
        // Small strings live inside the value: nothing to share.
        guard string.utf8.count > 15 else { return string }
        return strings.insert(Bytewise(string: string)).memberAfterInsert.string
    }

    public mutating func intern(_ string: String?) -> String? { string.map { intern($0) } }

    public mutating func intern(_ list: [String]) -> [String] { numbered(list).list }

    /// The list shared, and its number: equal lists (byte for byte) have equal numbers, so a
    /// check can key and memoise on a number instead of hashing the strings again.
    public mutating func numbered(_ list: [String]) -> (list: [String], number: Int32) {
        guard !list.isEmpty else { return (list, 0) }
        let key = BytewiseList(list: list.map { intern($0) })
        if let index = lists.index(forKey: key) { return (lists[index].key.list, lists[index].value) }
        let number = Int32(lists.count + 1)
        lists[key] = number
        return (key.list, number)
    }

    /// A quote's comparison words (hashes): the same quote carried by many articles has the
    /// same list, kept once.
    public mutating func intern(_ words: [UInt64]) -> [UInt64] {
        guard !words.isEmpty else { return words }
        return wordLists.insert(words).memberAfterInsert
    }
}
