import Matcher
import QuoteCheckText

/// Contexts in which a mark that could be a quote mark is something else: an apostrophe (Xi’s,
/// ’90s, rock ’n’ roll) or an inch sign. Each pattern is tried anchored at the mark, and may look
/// behind it.
public struct ApostropheRules: Sendable {
    public private(set) var rules: [PatternRule] = []
    /// For each rule, the marks it is about (`marks:`), as bytes, or nil for every mark.
    private var ruleMarks: [[[UInt8]]?] = []
    /// For each mark some rule names, longest first, what decides at that mark; then what
    /// decides at any other mark (the rules without `marks:`).
    private var markTests: [MarkTest] = []
    private var otherMarksTest = Test.never
    /// The marks written for an apostrophe inside a word (`in_word`): every lexer lets a word go
    /// on over one between letters (Xi’s, isn't, Trump`s, Trumpʼs).
    public private(set) var inWord = ScalarSet()
    static let keys: Set<String> = ["rules", "in_word"]

    /// The rules that apply at one mark, asked together. One anchored alternation of their
    /// patterns is one JIT call where trying them in turn was up to one per rule, at every real
    /// quote mark (which no rule matches); the answer is the same, since any rule's match
    /// decides. Rules with capturing groups keep their own patterns, as a backreference would
    /// count groups differently inside an alternation.
    private enum Test: Sendable {
        /// No rule applies: a quote mark.
        case never
        /// One rule's pattern, or several combined.
        case pattern(Pattern)
        case each([Int])

        func matches(at offset: Int, in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch,
                     rules: [PatternRule]) -> Bool {
            switch self {
            case .never: false
            case let .pattern(pattern): pattern.matches(at: offset, in: subject, scratch: scratch)
            case let .each(indices): indices.contains { rules[$0].pattern.matches(at: offset, in: subject, scratch: scratch) }
            }
        }
    }

    /// A listed mark and its test. The mark's first (up to) eight bytes are kept as one word, so
    /// that finding the mark at an offset compares a word, not an array.
    private struct MarkTest: Sendable {
        let mark: [UInt8]
        let head: UInt64
        let headMask: UInt64
        let test: Test

        init(mark: [UInt8], test: Test) {
            self.mark = mark
            self.test = test
            head = ByteWord.of(mark)
            headMask = ByteWord.mask(mark.count)
        }

        /// `subject`'s bytes at the offset as one little-endian word (zeros past the end).
        @inline(__always)
        package func stands(at offset: Int, word: UInt64, in subject: UnsafeBufferPointer<UInt8>) -> Bool {
            guard word & headMask == head, offset + mark.count <= subject.count else { return false }
            return mark.count <= 8 || mark.indices.dropFirst(8).allSatisfy { subject[offset + $0] == mark[$0] }
        }
    }

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        if let node = file["in_word"] {
            let entry = try node.mapping(allowed: ["marks", "examples"], required: ["marks", "examples"], what: "'in_word'")
            let marks = try MarkRules.scalars(entry, "marks")
            inWord = inWord.union(ScalarSet(marks))
            // Each example is one word to every lexer: the title lexer says so for all of them.
            let items = try entry.list("examples")
            if items.isEmpty { throw entry.required("examples").fail("'in_word' needs at least one example") }
            for item in items {
                let word = try item.string("an example of 'in_word'")
                examples.append(RuleExample(ruleID: "in_word", location: item.location, summary: word, check: { rules in
                    let split = TitleLexer.words(of: word, apostrophes: rules.apostrophes.inWord)
                    return split.count == 1 ? nil : "'\(word)' is read as \(split.count) words (\(split)), not one"
                }))
            }
        }
        for item in try file.list("rules") {
            // Compiled anchored: each is asked "does it match exactly here?", and anchoring at
            // compile time keeps the JIT.
            // An example is probed at the marks its rule names (at every mark when it names none).
            let named = try item.mapping(allowed: PatternRule.entryKeys.union(["marks"]), what: "an apostrophe rule").strings("marks")
            let probed: Set<Character>? = named.isEmpty ? nil : Set(named.compactMap(\.first))
            let (rule, entry) = try PatternRule.read(item, what: "an apostrophe rule", extraKeys: ["marks"], options: [.anchored], matches: { pattern, text in
                ApostropheRules.matchesAnyMark(pattern, in: text, probing: probed)
            }, into: &examples)
            rules.append(rule)
            // Which marks the rule can apply to: the engine skips it at the others.
            let marks = try entry.strings("marks")
            ruleMarks.append(marks.isEmpty ? nil : marks.map { Array($0.utf8) })
        }
        buildTests()
    }

    /// True when the mark at `offset` of `subject` is not a quote mark.
    public func isApostrophe(at offset: Int, in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        // The longest listed mark at `offset` decides which rules apply: a shorter mark that
        // also stands there is a prefix of it, and its rules were merged into its test.
        let word = ByteWord.at(offset, in: subject)
        // The tests are asked where they are stored: binding one to a variable first cost a
        // retain and a release of its pattern at every quote mark.
        for index in markTests.indices where markTests[index].stands(at: offset, word: word, in: subject) {
            return markTests[index].test.matches(at: offset, in: subject, scratch: scratch, rules: rules)
        }
        return otherMarksTest.matches(at: offset, in: subject, scratch: scratch, rules: rules)
    }

    /// The rules (by index, in file order) that apply where `mark` stands, or at any other mark
    /// when `mark` is nil.
    private func applicable(at mark: [UInt8]?) -> [Int] {
        rules.indices.filter { index in
            guard let marks = ruleMarks[index] else { return true }
            guard let mark else { return false }
            return marks.contains { mark.starts(with: $0) }
        }
    }

    private mutating func buildTests() {
        var marks: [[UInt8]] = []
        for list in ruleMarks.compactMap({ $0 }) { for mark in list where !marks.contains(mark) { marks.append(mark) } }
        marks.sort { $0.count > $1.count }
        markTests = marks.map { MarkTest(mark: $0, test: test(for: applicable(at: $0))) }
        otherMarksTest = test(for: applicable(at: nil))
    }

    private func test(for indices: [Int]) -> Test {
        if indices.isEmpty { return .never }
        if indices.count == 1 { return .pattern(rules[indices[0]].pattern) }
        guard let combined = Pattern.alternation(of: indices.map { rules[$0].pattern }, options: [.anchored]) else {
            return .each(indices)
        }
        return .pattern(combined)
    }

    /// Does `pattern` match at a mark of `text`: a character of `probing`, or with nil any
    /// character that is no letter, digit or space?
    static func matchesAnyMark(_ pattern: Pattern, in text: String, probing: Set<Character>?) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let subject = UnsafeBufferPointer(buffer)
            var offset = 0
            for character in text {
                if probing.map({ $0.contains(character) }) ?? !(character.isLetter || character.isNumber || character.isWhitespace),
                   pattern.firstMatch(in: subject, from: offset, anchored: true) != nil {
                    return true
                }
                offset += character.utf8.count
            }
            return false
        }
    }
}
