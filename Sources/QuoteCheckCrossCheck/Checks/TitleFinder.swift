import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// Finds the titles an article gives a person: a title just before the name ("Chinese Defence
/// Minister Liang Guanglie", "Defense Secretary Panetta") or in an appositive after it
/// ("Liang Guanglie, China's defence minister,"), using the title lexicon of the `roles` rules.
/// A title with a blocking word before it ("former") or after it ("-elect") is not one the
/// person holds, and is skipped; one after a deputy word ("Vice Foreign Minister") is the
/// role's deputy's.
public struct TitleFinder: Sendable {
    let roles: RoleRules
    let equivalents: SpellingEquivalents
    /// Title words (folded) → index of the role.
    let titles: [[String]: Int]
    let maxTitleWords: Int
    /// Every word of any title: a run with a word outside it is no title, without hashing the run.
    let titleWords: Set<String>
    /// Canonical word → the other spellings that fold to it, to know which written words can
    /// stand for a name word before folding them.
    let spellingsOf: [String: [String]]
    /// Words written with a period that does not end the sentence ("Gov. Lena Ortiz").
    let abbreviations: Set<String>
    /// White space and the quote marks of the rules: what may stand between an appositive title
    /// and a quote that goes on its sentence.
    private let quoteOrSpace: Set<Unicode.Scalar>
    /// The marks that join a word (rules/apostrophes.yaml `in_word`), as in every lexer.
    private let apostrophes: ScalarSet

    public init(rules: RuleSet) {
        abbreviations = rules.abbreviations.words
        apostrophes = rules.apostrophes.inWord
        quoteOrSpace = Set(rules.marks.marks.flatMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars } + [" "])
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
        titleWords = Set(titles.keys.joined())
        var spellingsOf: [String: [String]] = [:]
        for (spelling, canonical) in rules.compare.equivalents.foldedSpellings { spellingsOf[canonical, default: []].append(spelling) }
        self.spellingsOf = spellingsOf
    }

    typealias Token = TitleLexer.Token
    typealias Gap = TitleLexer.Gap

    /// An article's words, each word's canonical form made the first time it is needed: only
    /// capitalised words and the few around a name are ever looked at, and a `String` for every
    /// word of every article cost `check` more than extracting the quotes. It reads the bytes it
    /// is given, so it lives only inside their `withUnsafeBufferPointer`.
    final class WordList {
        let tokens: [Token]
        private let bytes: UnsafeBufferPointer<UInt8>
        private let equivalents: SpellingEquivalents
        /// Forms made so far, "" where none is yet (a word's form is never empty): an array of
        /// optionals as long as the article was freed through the generic value witness, about
        /// 80 instructions a word.
        private var forms: [String]

        init(_ bytes: UnsafeBufferPointer<UInt8>, equivalents: SpellingEquivalents, apostrophes: ScalarSet) {
            tokens = TitleLexer.tokens(in: bytes, apostrophes: apostrophes)
            self.bytes = bytes
            self.equivalents = equivalents
            forms = Array(repeating: "", count: tokens.count)
        }

        var count: Int { tokens.count }
        subscript(index: Int) -> Token { tokens[index] }

        /// The word's lower-cased form, spelling variants folded to their canonical word.
        func form(_ index: Int) -> String {
            if !forms[index].isEmpty { return forms[index] }
            let form = equivalents.canonical(word: TitleLexer.form(of: tokens[index], in: bytes))
            forms[index] = form
            return form
        }
    }

    /// True when the word at `index` continues the phrase of the word before it: only white
    /// space or a hyphen between them, or the period of an abbreviation ("Gov. Ortiz") or of
    /// a capital initial ("Terry E. Branstad").
    private func joined(_ index: Int, _ words: WordList) -> Bool {
        switch words[index].gap {
        case .space, .hyphen: true
        case .period:
            index > 0 && (abbreviations.contains(words.form(index - 1))
                || words[index - 1].capitalised && words[index - 1].range.count == 1)
        case .comma, .other: false
        }
    }

    /// Every title given to each of `people` (canonical names) in `bytes`, in text order.
    public func titles(of people: [String], in bytes: [UInt8]) -> [TitleMention] {
        guard !titles.isEmpty, !people.isEmpty else { return [] }
        return bytes.withUnsafeBufferPointer { buffer in
            titles(of: people, in: WordList(buffer, equivalents: equivalents, apostrophes: apostrophes), bytes: bytes)
        }
    }

    private func titles(of people: [String], in words: WordList, bytes: [UInt8]) -> [TitleMention] {
        let names = people.map { TitleLexer.words(of: $0, apostrophes: apostrophes).map { equivalents.canonical(word: $0) } }
        // A surname alone stands for the person only when no other person here shares it.
        var surnameOwners: [String: Int] = [:]
        for name in names where name.count >= 2 { surnameOwners[name.last!, default: 0] += 1 }
        // Where each capitalised word that can be a name's first word or surname stands, so that
        // each person is looked up, not scanned for. A word is folded only when its hash is one
        // of a wanted spelling's (or it is not ASCII): most capitalised words are no name's.
        var wantedHashes: [UInt64] = []
        for name in names where !name.isEmpty {
            for word in Set([name[0], name[name.count - 1]]) {
                if equivalents.canonical(word: word) == word { wantedHashes.append(WordHash.hash(word)) }
                for spelling in spellingsOf[word] ?? [] { wantedHashes.append(WordHash.hash(spelling)) }
            }
        }
        let wanted = WordHashSet(wantedHashes)
        var positions: [String: [Int]] = [:]
        for index in 0..<words.count where words[index].capitalised {
            if let hash = words[index].formHash, !wanted.contains(hash) { continue }
            positions[words.form(index), default: []].append(index)
        }
        var found: [TitleMention] = []
        for (personIndex, name) in names.enumerated() where !name.isEmpty {
            let surnameAlone = name.count >= 2 && surnameOwners[name.last!] == 1
            var candidates = positions[name[0]] ?? []
            if surnameAlone { candidates += positions[name.last!] ?? [] }
            candidates.sort()
            var next = 0
            for start in candidates where start >= next {
                var length = 0
                if matches(name, at: start, words) {
                    length = name.count
                } else if surnameAlone, words.form(start) == name.last!, !startsLongerName(start, words) {
                    length = 1
                }
                guard length > 0 else { continue }
                if let mention = titleBefore(start, words, bytes, person: people[personIndex], nameEnd: start + length) {
                    found.append(mention)
                } else if let mention = titleAfter(start + length, words, bytes, person: people[personIndex], nameStart: start) {
                    found.append(mention)
                }
                next = start + length
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// True when a capitalised word follows the word at `index` in one phrase: the word is then
    /// part of a longer name ("Arai Sato"), not a surname standing alone.
    private func startsLongerName(_ index: Int, _ words: WordList) -> Bool {
        index + 1 < words.count && words[index + 1].capitalised && joined(index + 1, words)
    }

    private func matches(_ name: [String], at start: Int, _ words: WordList) -> Bool {
        guard start + name.count <= words.count else { return false }
        for (offset, word) in name.enumerated() {
            // The second part of a hyphenated given name is in lower case ("Park Yoon-joo").
            let capitalised = words[start + offset].capitalised || offset > 0 && words[start + offset].gap == .hyphen
            if !capitalised || words.form(start + offset) != word { return false }
            if offset > 0 && !joined(start + offset, words) { return false }
        }
        return true
    }

    /// "Defence Minister Liang": the longest title that ends just before the name.
    private func titleBefore(_ nameStart: Int, _ words: WordList, _ bytes: [UInt8], person: String,
                             nameEnd: Int) -> TitleMention? {
        guard nameStart > 0, joined(nameStart, words), words[nameStart].gap != .hyphen else { return nil }
        for length in stride(from: min(maxTitleWords, nameStart), through: 1, by: -1) {
            let first = nameStart - length
            guard let role = role(of: first..<nameStart, words) else { continue }
            let start = deputyStart(before: first, words)
            if start > 0, joined(start, words), roles.blockersBefore.contains(words.form(start - 1)) { return nil }
            return mention(person, role, deputy: start < first, title: start..<nameStart, span: start..<nameEnd, words, bytes)
        }
        return nil
    }

    /// Where a title begins with the words that make it a deputy's: the deputy word just before
    /// it and the ranks before that ("First Vice Foreign Minister"); `first` when there are none.
    private func deputyStart(before first: Int, _ words: WordList) -> Int {
        guard first > 0, joined(first, words), roles.deputyWords.contains(words.form(first - 1)) else { return first }
        var start = first - 1
        while start > 0, joined(start, words), roles.deputyRanks.contains(words.form(start - 1)) { start -= 1 }
        return start
    }

    /// True when the word at `index` is a deputy word, or a rank before one ("first vice").
    private func isDeputyWord(_ index: Int, _ words: WordList) -> Bool {
        let form = words.form(index)
        if roles.deputyWords.contains(form) { return true }
        return roles.deputyRanks.contains(form) && index + 1 < words.count && joined(index + 1, words)
            && isDeputyWord(index + 1, words)
    }

    /// "Liang Guanglie, China's defence minister,": a title after the name's comma, past a few
    /// connecting words (the, a), possessives and capitalised words (nationalities).
    private func titleAfter(_ nameEnd: Int, _ words: WordList, _ bytes: [UInt8], person: String,
                            nameStart: Int) -> TitleMention? {
        guard nameEnd < words.count, words[nameEnd].gap == .comma else { return nil }
        var first = nameEnd
        // Where the deputy words before the title begin, if the words just passed are such.
        var deputyFrom: Int?
        var skipped = 0
        while skipped < 4 {
            guard first < words.count else { return nil }
            for length in stride(from: min(maxTitleWords, words.count - first), through: 1, by: -1) {
                let range = first..<first + length
                guard let role = role(of: range, words) else { continue }
                if range.upperBound < words.count, joined(range.upperBound, words),
                   roles.blockersAfter.contains(words.form(range.upperBound)) { return nil }
                guard closesAppositive(after: range.upperBound, words, bytes) else { return nil }
                let start = deputyFrom ?? range.lowerBound
                return mention(person, role, deputy: start < range.lowerBound, title: start..<range.upperBound,
                               span: nameStart..<range.upperBound, words, bytes)
            }
            // Deputy words do not count among the words passed: "South Korea's first vice
            // foreign minister" passes two words before its title.
            if isDeputyWord(first, words) {
                guard first + 1 < words.count, joined(first + 1, words) else { return nil }
                deputyFrom = deputyFrom ?? first
                first += 1
                continue
            }
            guard deputyFrom == nil else { return nil }
            skipped += 1
            let form = words.form(first)
            let skippable = roles.connectors.contains(form) || words[first].capitalised
                || form.hasSuffix("'s") || form.hasSuffix("s'")
            guard skippable, !roles.blockersBefore.contains(form), first + 1 < words.count,
                  words[first + 1].gap != .comma else { return nil }
            first += 1
        }
        return nil
    }

    /// True when the phrase after a title closes as an appositive does: at a comma, a stop, the
    /// text's end or a bracket, passing only names and small words on the way ("…, the mayor
    /// of Hull, said"). A verb first means the title is the next clause's subject ("alone with
    /// Mr. Obama, the prime minister looked ashen"), not this person's.
    private func closesAppositive(after end: Int, _ words: WordList, _ bytes: [UInt8]) -> Bool {
        var index = end
        for _ in 0..<6 {
            guard index < words.count else { return true }
            switch words[index].gap {
            case .comma, .period: return true
            case .other:
                // Quote marks open a quote that goes on the sentence ("the minister ''looked
                // ashen''"); any other mark (a bracket, a dash, a stop) closes the phrase.
                let between = bytes[words[index - 1].range.upperBound..<words[index].range.lowerBound]
                guard String(decoding: between, as: UTF8.self).unicodeScalars.allSatisfy({ quoteOrSpace.contains($0) })
                else { return true }
            case .space, .hyphen: break
            }
            let form = words.form(index)
            guard words[index].capitalised || roles.connectors.contains(form) || roles.appositiveLinks.contains(form)
            else { return false }
            index += 1
        }
        return false
    }

    private func role(of range: Range<Int>, _ words: WordList) -> Int? {
        for index in range.reversed() where !titleWords.contains(words.form(index)) { return nil }
        for index in range.dropFirst() where !joined(index, words) { return nil }
        return titles[range.map { words.form($0) }]
    }

    private func mention(_ person: String, _ roleIndex: Int, deputy: Bool, title: Range<Int>, span: Range<Int>,
                         _ words: WordList, _ bytes: [UInt8]) -> TitleMention {
        let role = roles.roles[roleIndex]
        let titleBytes = words[title.lowerBound].range.lowerBound..<words[title.upperBound - 1].range.upperBound
        let spanBytes = words[span.lowerBound].range.lowerBound..<words[span.upperBound - 1].range.upperBound
        return TitleMention(person: person, role: role.id, group: role.group, deputy: deputy,
                            title: String(decoding: bytes[titleBytes], as: UTF8.self),
                            text: String(decoding: bytes[spanBytes], as: UTF8.self), range: spanBytes)
    }
}

/// A title given to a person in an article.
public struct TitleMention: Sendable, Equatable {
    /// The person's canonical name (as attribution gives it).
    public let person: String
    /// The role's id and its group, from the rules.
    public let role: String
    public let group: String
    /// True when the title is the role's deputy's ("Vice Foreign Minister"): the person does
    /// not hold the role, but serves under whoever does.
    public let deputy: Bool
    /// The role as the rules' examples write it: its id, after "deputy " for a deputy's.
    public var rank: String { deputy ? "deputy \(role)" : role }
    /// The title as written ("Defence Minister").
    public let title: String
    /// Title and name as written ("Defence Minister Liang Guanglie").
    public let text: String
    /// Byte range of `text` in the article.
    public let range: Range<Int>
}
