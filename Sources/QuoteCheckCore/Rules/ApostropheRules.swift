import Matcher

/// Contexts in which a mark that could be a quote mark is something else: an apostrophe (Xi’s,
/// ’90s, rock ’n’ roll) or an inch sign. Each pattern is tried anchored at the mark, and may look
/// behind it.
public struct ApostropheRules: Sendable {
    public private(set) var rules: [PatternRule] = []
    static let keys: Set<String> = ["rules"]

    /// Characters whose positions an example probes.
    static let candidates: Set<Character> = ["'", "’", "‘", "\"", "”", "“", "`"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("rules") {
            let (rule, _) = try PatternRule.read(item, what: "an apostrophe rule", matches: { pattern, text in
                ApostropheRules.matchesAnyMark(pattern, in: text)
            }, into: &examples)
            rules.append(rule)
        }
    }

    /// True when the mark at `offset` of `subject` is not a quote mark.
    public func isApostrophe(at offset: Int, in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        for rule in rules where rule.pattern.matches(at: offset, in: subject, scratch: scratch) {
            return true
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
