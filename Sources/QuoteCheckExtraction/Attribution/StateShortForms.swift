import QuoteCheckText
import QuoteCheckRules

/// A state's short form that is the first word of its name ("the North" of North Korea in the
/// Seoul wires, "the South"), read from `states` in rules/compare.yaml: a class that lists the
/// first word of its own name alone. A speaker written so is a fragment of a name; where the
/// article writes another of the class's names ("North Korea", "N. Korea", "Pyongyang"), the
/// record names the state in full. Elsewhere the word is another region's ("the North" of a
/// civil war, of England) and stays as written.
struct StateShortForms: Sendable {
    private struct State: Sendable {
        /// The state's own name, the class's first ("North Korea").
        let name: String
        /// The class's other names as written, which tell that the article is about the state.
        let names: [[UInt8]]
    }

    /// By the short form's word hash.
    private let states: [UInt64: [State]]

    init(_ compare: CompareRules) {
        var states: [UInt64: [State]] = [:]
        for names in compare.states {
            let name = names[0]
            guard let first = name.split(separator: " ").first, first.count < name.count,
                  names.dropFirst().contains(String(first)) else { continue }
            let others = names.filter { $0 != String(first) }.map { Array($0.utf8) }
            states[WordHash.hash(String(first)), default: []].append(State(name: name, names: others))
        }
        self.states = states
    }

    /// The state whose short form the word with `hash` is, when the article in `bytes` writes
    /// another of its names and no other such state's.
    func state(shortForm hash: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let candidates = states[hash] else { return nil }
        let named = candidates.filter { state in state.names.contains { Self.writes($0, in: bytes) } }
        return named.count == 1 ? named[0].name : nil
    }

    /// True when `name` stands in `bytes` at a word's start (it may open a longer word: "North
    /// Korean" writes "North Korea").
    private static func writes(_ name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = name.first, bytes.count >= name.count else { return false }
        var start = 0
        while start + name.count <= bytes.count {
            if bytes[start] == head, start == 0 || !UTF8Scan.isLetterOrDigit(UTF8Scan.scalar(before: start, in: bytes)),
               name.indices.allSatisfy({ bytes[start + $0] == name[$0] }) {
                return true
            }
            start += 1
        }
        return false
    }
}
