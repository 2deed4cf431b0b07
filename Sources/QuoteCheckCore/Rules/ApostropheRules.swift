import Matcher

/// Contexts in which a mark that could be a quote mark is something else: an apostrophe (Xi’s,
/// ’90s, rock ’n’ roll) or an inch sign. Each pattern is tried anchored at the mark, and may look
/// behind it.
public struct ApostropheRules: Sendable {
    public private(set) var rules: [PatternRule] = []
    /// For each rule, the marks it is about (`marks:`), as bytes, or nil for every mark.
    private var ruleMarks: [[[UInt8]]?] = []
    static let keys: Set<String> = ["rules"]

    /// Characters whose positions an example probes.
    static let candidates: Set<Character> = ["'", "’", "‘", "\"", "”", "“", "`"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("rules") {
            // Compiled anchored: each is asked "does it match exactly here?", and anchoring at
            // compile time keeps the JIT.
            let (rule, entry) = try PatternRule.read(item, what: "an apostrophe rule", extraKeys: ["marks"], options: [.anchored], matches: { pattern, text in
                ApostropheRules.matchesAnyMark(pattern, in: text)
            }, into: &examples)
            rules.append(rule)
            // Which marks the rule can apply to: the engine skips it at the others.
            let marks = try entry.strings("marks")
            ruleMarks.append(marks.isEmpty ? nil : marks.map { Array($0.utf8) })
        }
    }

    /// True when the mark at `offset` of `subject` is not a quote mark.
    public func isApostrophe(at offset: Int, in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        for index in rules.indices {
            if let marks = ruleMarks[index], !Self.startsWithAny(marks, at: offset, in: subject) { continue }
            if rules[index].pattern.matches(at: offset, in: subject, scratch: scratch) { return true }
        }
        return false
    }

    @inline(__always)
    private static func startsWithAny(_ marks: [[UInt8]], at offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Bool {
        for mark in marks where offset + mark.count <= subject.count {
            var same = true
            for (index, byte) in mark.enumerated() where subject[offset + index] != byte { same = false; break }
            if same { return true }
        }
        return false
    }

    static func matchesAnyMark(_ pattern: Pattern, in text: String) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let subject = UnsafeBufferPointer(buffer)
            var offset = 0
            for character in text {
                if candidates.contains(character),
                   pattern.firstMatch(in: subject, from: offset, anchored: true) != nil {
                    return true
                }
                offset += character.utf8.count
            }
            return false
        }
    }
}
