/// What each line of an article is: text, a headline, a summary bullet, or furniture to skip.
public struct ArticleLayout: Sendable {
    public enum Role: Sendable, Equatable {
        case blank
        /// Page furniture matched by a boilerplate rule (its id).
        case boilerplate(String)
        /// The article's title line.
        case title
        /// A headline set into the body (a related-story link).
        case headline
        /// A summary bullet under the title: ordinary text.
        case bullet
        case text
    }

    public let lines: [Range<Int>]
    public let roles: [Role]
    /// Lines whose longer words are mostly capitalised.
    private let titleCaseLines: Set<Int>

    public init(bytes: UnsafeBufferPointer<UInt8>, rules: RuleSet) {
        lines = Lines.ranges(in: bytes)
        var roles: [Role] = []
        var titleCase: Set<Int> = []
        roles.reserveCapacity(lines.count)
        var seenText = false
        let kinds = rules.kinds
        let lastTextLine = lines.lastIndex { !UTF8Scan.trimmed($0, in: bytes).isEmpty } ?? 0
        for (index, line) in lines.enumerated() {
            let trimmed = UTF8Scan.trimmed(line, in: bytes)
            if trimmed.isEmpty { roles.append(.blank); continue }
            if let rule = rules.boilerplate.match(line: UnsafeBufferPointer(rebasing: bytes[line])) {
                roles.append(.boilerplate(rule)); continue
            }
            let words = UTF8Scan.wordCount(trimmed, in: bytes, limit: max(kinds.titleMaxWords, kinds.headlineMaxWords))
            let isBullet = kinds.bulletPrefixes.contains { prefix in
                let prefixBytes = Array(prefix.utf8)
                return trimmed.count > prefixBytes.count
                    && Array(bytes[trimmed.lowerBound..<trimmed.lowerBound + prefixBytes.count]) == prefixBytes
            }
            defer { seenText = true }
            if isBullet { roles.append(.bullet); continue }
            // The first line of text is the title when it is short and more text follows; a long
            // first line is the body of an article that has no title.
            if words <= max(kinds.titleMaxWords, kinds.headlineMaxWords) && Self.isTitleCase(trimmed, bytes, kinds) {
                titleCase.insert(index)
            }
            let last = bytes[trimmed.upperBound - 1]
            let endsOpen = !kinds.lineEnders.contains(last) && !Self.endsWithMultibyteEnder(trimmed, bytes, kinds)
            // The first line is the title when it is short, more text follows, and it reads as a
            // title: no closing punctuation, or Title Case. A short lede ("“We are not leaving,”
            // the tenants said.") is text.
            if !seenText && words <= kinds.titleMaxWords && index < lastTextLine
                && last != UInt8(ascii: ":") && (endsOpen || titleCase.contains(index)) {
                roles.append(.title); continue
            }
            if seenText && endsOpen && words <= kinds.headlineMaxWords && words >= 2 {
                roles.append(.headline); continue
            }
            roles.append(.text)
        }
        self.roles = roles
        titleCaseLines = titleCase
    }

    /// True when the line is in Title Case.
    public func isTitleCase(_ line: Int) -> Bool { titleCaseLines.contains(line) }

    private static func isTitleCase(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ kinds: KindRules) -> Bool {
        let (capitalised, total) = UTF8Scan.capitalisedLongWords(range, in: bytes)
        return total >= 3 && total - capitalised <= kinds.titleCaseMaxLowercase
    }

    /// Whether the last character (a multi-byte one such as ” or …) is a line ender.
    private static func endsWithMultibyteEnder(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
                                               _ kinds: KindRules) -> Bool {
        guard let scalar = UTF8Scan.scalar(before: range.upperBound, in: bytes), scalar.value >= 0x80 else { return false }
        let encoded = Array(String(Character(scalar)).utf8)
        return kinds.lineEnders.contains(encoded[0]) && encoded.count == 1
            || kinds.multibyteEnders.contains(scalar)
    }

    /// True for the title and body headlines.
    public func isHeadline(_ line: Int) -> Bool { roles[line] == .title || roles[line] == .headline }
}
