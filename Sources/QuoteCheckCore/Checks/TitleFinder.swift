/// Finds the titles an article gives a person: a title just before the name ("Chinese Defence
/// Minister Liang Guanglie", "Defense Secretary Panetta") or in an appositive after it
/// ("Liang Guanglie, China's defence minister,"), using the title lexicon of the `roles` rules.
/// A title with a blocking word before it ("former", "deputy") or after it ("-elect") is not one
/// the person holds, and is skipped.
public struct TitleFinder: Sendable {
    let roles: RoleRules
    let equivalents: SpellingEquivalents
    /// Title words (folded) → index of the role.
    let titles: [[String]: Int]
    let maxTitleWords: Int
    /// Words written with a period that does not end the sentence ("Gov. Lena Ortiz").
    let abbreviations: Set<String>

    public init(rules: RuleSet) {
        abbreviations = rules.abbreviations.words
        roles = rules.roles
        equivalents = rules.compare.equivalents
        var titles: [[String]: Int] = [:]
        var longest = 0
        for (index, role) in roles.roles.enumerated() {
            for title in role.titles {
                let folded = title.map { rules.compare.equivalents.canonical(word: $0) }
                if titles[folded] == nil { titles[folded] = index }
                longest = max(longest, folded.count)
            }
        }
        self.titles = titles
        maxTitleWords = longest
    }

    /// A word of the article for title look-up.
    struct Token {
        let form: String
        let range: Range<Int>
        let capitalised: Bool
        /// What stands between the previous word and this one.
        let gap: Gap
    }

    /// What separates two words: white space, a hyphen, a comma, one period (then white space),
    /// or anything else.
    enum Gap: Equatable { case space, hyphen, comma, period, other }

    /// True when the word at `index` continues the phrase of the word before it: only white
    /// space or a hyphen between them, or the period of an abbreviation ("Gov. Ortiz").
    private func joined(_ index: Int, _ tokens: [Token]) -> Bool {
        switch tokens[index].gap {
        case .space, .hyphen: true
        case .period: index > 0 && abbreviations.contains(tokens[index - 1].form)
        case .comma, .other: false
        }
    }

    /// Every title given to each of `people` (canonical names) in `bytes`, in text order.
    public func titles(of people: [String], in bytes: [UInt8]) -> [TitleMention] {
        guard !titles.isEmpty, !people.isEmpty else { return [] }
        let tokens = bytes.withUnsafeBufferPointer { Self.tokens(in: $0) }.map { token in
            Token(form: equivalents.canonical(word: token.form), range: token.range, capitalised: token.capitalised,
                  gap: token.gap)
        }
        let names = people.map { Self.words(of: $0).map { equivalents.canonical(word: $0) } }
        // A surname alone stands for the person only when no other person here shares it.
        var surnameOwners: [String: Int] = [:]
        for name in names where name.count >= 2 { surnameOwners[name.last!, default: 0] += 1 }
        // Where each capitalised word stands, so that each person is looked up, not scanned for.
        var positions: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated() where token.capitalised { positions[token.form, default: []].append(index) }
        var found: [TitleMention] = []
        for (personIndex, name) in names.enumerated() where !name.isEmpty {
            let surnameAlone = name.count >= 2 && surnameOwners[name.last!] == 1
            var candidates = positions[name[0]] ?? []
            if surnameAlone { candidates += positions[name.last!] ?? [] }
            candidates.sort()
            var next = 0
            for start in candidates where start >= next {
                var length = 0
                if matches(name, at: start, tokens) {
                    length = name.count
                } else if surnameAlone, tokens[start].form == name.last! {
                    length = 1
                }
                guard length > 0 else { continue }
                if let mention = titleBefore(start, tokens, bytes, person: people[personIndex], nameEnd: start + length) {
                    found.append(mention)
                } else if let mention = titleAfter(start + length, tokens, bytes, person: people[personIndex], nameStart: start) {
                    found.append(mention)
                }
                next = start + length
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func matches(_ name: [String], at start: Int, _ tokens: [Token]) -> Bool {
        guard start + name.count <= tokens.count else { return false }
        for (offset, word) in name.enumerated() {
            let token = tokens[start + offset]
            if token.form != word || !token.capitalised { return false }
            if offset > 0 && !joined(start + offset, tokens) { return false }
        }
        return true
    }

    /// "Defence Minister Liang": the longest title that ends just before the name.
    private func titleBefore(_ nameStart: Int, _ tokens: [Token], _ bytes: [UInt8], person: String,
                             nameEnd: Int) -> TitleMention? {
        guard nameStart > 0, joined(nameStart, tokens), tokens[nameStart].gap != .hyphen else { return nil }
        for length in stride(from: min(maxTitleWords, nameStart), through: 1, by: -1) {
            let first = nameStart - length
            guard let role = role(of: first..<nameStart, tokens) else { continue }
            if first > 0, joined(first, tokens), roles.blockersBefore.contains(tokens[first - 1].form) { return nil }
            return mention(person, role, title: first..<nameStart, span: first..<nameEnd, tokens, bytes)
        }
        return nil
    }

    /// "Liang Guanglie, China's defence minister,": a title after the name's comma, past a few
    /// connecting words (the, a), possessives and capitalised words (nationalities).
    private func titleAfter(_ nameEnd: Int, _ tokens: [Token], _ bytes: [UInt8], person: String,
                            nameStart: Int) -> TitleMention? {
        guard nameEnd < tokens.count, tokens[nameEnd].gap == .comma else { return nil }
        var first = nameEnd
        for _ in 0..<4 {
            guard first < tokens.count else { return nil }
            for length in stride(from: min(maxTitleWords, tokens.count - first), through: 1, by: -1) {
                let range = first..<first + length
                guard let role = role(of: range, tokens) else { continue }
                if range.upperBound < tokens.count, joined(range.upperBound, tokens),
                   roles.blockersAfter.contains(tokens[range.upperBound].form) { return nil }
                return mention(person, role, title: range, span: nameStart..<range.upperBound, tokens, bytes)
            }
            let token = tokens[first]
            let skippable = roles.connectors.contains(token.form) || token.capitalised
                || token.form.hasSuffix("'s") || token.form.hasSuffix("s'")
            guard skippable, !roles.blockersBefore.contains(token.form), first + 1 < tokens.count,
                  tokens[first + 1].gap != .comma else { return nil }
            first += 1
        }
        return nil
    }

    private func role(of range: Range<Int>, _ tokens: [Token]) -> Int? {
        for index in range.dropFirst() where !joined(index, tokens) { return nil }
        return titles[tokens[range].map(\.form)]
    }

    private func mention(_ person: String, _ roleIndex: Int, title: Range<Int>, span: Range<Int>,
                         _ tokens: [Token], _ bytes: [UInt8]) -> TitleMention {
        let role = roles.roles[roleIndex]
        let titleBytes = tokens[title.lowerBound].range.lowerBound..<tokens[title.upperBound - 1].range.upperBound
        let spanBytes = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
        return TitleMention(person: person, role: role.id, group: role.group,
                            title: String(decoding: bytes[titleBytes], as: UTF8.self),
                            text: String(decoding: bytes[spanBytes], as: UTF8.self), range: spanBytes)
    }

    /// Lower-cased words of a name or title, split as article text is ("U.S." → u, s).
    static func words(of text: String) -> [String] {
        Array(text.utf8).withUnsafeBufferPointer { tokens(in: $0) }.map(\.form)
    }

    /// Words: letters and digits with inner apostrophes; hyphens and everything else split.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var gap = Gap.space
        while offset < bytes.count, let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) {
            guard UTF8Scan.isLetterOrDigit(scalar) else {
                if UTF8Scan.isSpace(scalar) {
                    // keeps the gap as it is
                } else if scalar == "-" || scalar == "‑" {
                    if gap == .space { gap = .hyphen }
                } else if scalar == "," {
                    gap = .comma
                } else if scalar == ".", gap == .space {
                    gap = .period
                } else if gap != .comma {
                    gap = .other
                }
                offset += length
                continue
            }
            let start = offset
            var form: [UInt8] = []
            while offset < bytes.count, let (inner, innerLength) = UTF8Scan.scalar(at: offset, in: bytes) {
                if UTF8Scan.isLetterOrDigit(inner) {
                    if inner.value < 0x80 {
                        let byte = UInt8(inner.value)
                        form.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                    } else {
                        form.append(contentsOf: Array(String(inner).lowercased().utf8))
                    }
                    offset += innerLength
                } else if QuoteWords.apostrophes.contains(inner),
                          let (next, _) = UTF8Scan.scalar(at: offset + innerLength, in: bytes),
                          UTF8Scan.isLetterOrDigit(next) {
                    form.append(UInt8(ascii: "'"))
                    offset += innerLength
                } else {
                    break
                }
            }
            tokens.append(Token(form: String(decoding: form, as: UTF8.self), range: start..<offset,
                                capitalised: UTF8Scan.isUppercase(scalar), gap: gap))
            gap = .space
        }
        return tokens
    }
}

/// A title given to a person in an article.
public struct TitleMention: Sendable, Equatable {
    /// The person's canonical name (as attribution gives it).
    public let person: String
    /// The role's id and its group, from the rules.
    public let role: String
    public let group: String
    /// The title as written ("Defence Minister").
    public let title: String
    /// Title and name as written ("Defence Minister Liang Guanglie").
    public let text: String
    /// Byte range of `text` in the article.
    public let range: Range<Int>
}
