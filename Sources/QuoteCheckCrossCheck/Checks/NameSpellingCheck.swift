import Foundation
import QuoteCheckText
import QuoteCheckRules

/// `name-spelling`: a person's full name spelt in one or two articles one letter away from how
/// many others spell it ("Rence Priebus" against "Reince Priebus", "Hilary Clinton" against
/// "Hillary Clinton"): most likely a typo an editor wants to correct. Only one word of the name
/// differs, by one letter added, dropped, changed or two swapped, past its first letter (typists
/// rarely miss that one, and "Mets" and "Jets" are two teams). Not a misspelling: a word too
/// short to tell ("Jon", "John"), a plural or possessive ("Clintons"), accents dropped
/// ("Francois"), two first names the lexicon knows ("Eric" and "Erica" Garner are father and
/// daughter), a spelling that is itself common. Thresholds are the rules' `name_spelling`.
struct NameSpellingCheck: CrossSourceCheck {
    let kind = CheckKind.nameSpelling

    /// A spelling's first use in one article: the article and the index of the spelling there.
    private typealias Use = ArticleItem

    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        let rules = context.rules.checks.nameSpelling
        // Each spelling with the articles that use it, once per article. A curly and a straight
        // apostrophe are one spelling ("O’Neill", "O'Neill"): typography, not a typo.
        var spellings: [String] = []
        var usesOf: [String: [Use]] = [:]
        var numberOf: [String: Int] = [:]
        // For each article, the number of each of its people's spellings.
        var spellingOf: [[Int]] = []
        for (articleIndex, article) in context.articles.enumerated() {
            var numbers: [Int] = []
            for (index, person) in article.people.enumerated() {
                let spelling = person.name.straightApostrophes
                if usesOf[spelling] == nil {
                    numberOf[spelling] = spellings.count
                    spellings.append(spelling)
                }
                numbers.append(numberOf[spelling]!)
                guard usesOf[spelling]?.last?.article != articleIndex else { continue }
                usesOf[spelling, default: []].append(Use(article: articleIndex, index: index))
            }
            spellingOf.append(numbers)
        }
        // Spellings that differ in one word meet under the name with that word left out. Only the
        // usual spellings (in min_articles or more) are indexed, and only the rare ones look
        // themselves up: the index stays small, and most names are looked up once per word.
        let words = spellings.map { $0.split(separator: " ").map(String.init) }
        let hashes = words.map { $0.map { WordHash.hash($0) } }
        var byGap: [UInt64: [Int]] = [:]
        for (spelling, parts) in words.enumerated() where parts.count >= 2 && usesOf[spellings[spelling]]!.count >= rules.minArticles {
            for gap in parts.indices { byGap[Self.gapKey(hashes[spelling], gap: gap), default: []].append(spelling) }
        }
        var findings: [CheckFinding] = []
        var reported = Set<Int>()
        for (variant, parts) in words.enumerated() where parts.count >= 2 {
            let variantUses = usesOf[spellings[variant]]!
            guard variantUses.count <= rules.maxVariantArticles else { continue }
            search: for gap in parts.indices {
                for usual in byGap[Self.gapKey(hashes[variant], gap: gap)] ?? [] where usual != variant {
                    let usualUses = usesOf[spellings[usual]]!
                    // An organisation's last word says what it is: "White House" and "White Horse"
                    // are two places, "Marlow" and "Marlowe University" one name misspelt.
                    let kind = context.articles[usualUses[0].article].people[usualUses[0].index].kind
                    guard Self.sameExcept(gap, words[usual], parts),
                          kind == context.articles[variantUses[0].article].people[variantUses[0].index].kind,
                          kind == .person || gap < parts.count - 1,
                          Double(variantUses.count) <= rules.maxShare * Double(usualUses.count),
                          Self.misspelt(words[usual][gap], as: parts[gap], rules, lastWord: gap == parts.count - 1),
                          gap > 0 || !twoKnownFirstNames(usualUses[0], variantUses[0], context)
                    else { continue }
                    findings.append(finding(uses: variantUses, usualUses: usualUses, context, definition))
                    reported.insert(variant)
                    reported.insert(usual)
                    break search
                }
            }
        }
        findings += withinArticles(context, definition, rules, words: words, hashes: hashes,
                                   spellingOf: spellingOf, except: reported)
        return findings
    }

    /// One article spelling one person's full name two ways in its own prose ("Abdulhadi
    /// Yildirim", then "Adbulhadi Yildirim"), whatever other articles do: the later spelling is
    /// taken for the misspelt one. Spellings in the title line or in embedded markup (a
    /// reproduced post) are the article's sources', not its own.
    /// `words` are the spellings' words, `hashes` their hashes and `spellingOf` each article's
    /// people's spellings, as `findings` read them; spellings in `reported` are already a finding
    /// across articles.
    private func withinArticles(_ context: CheckContext, _ definition: CheckRules.Definition, _ rules: CheckRules.NameSpelling,
                                words spellingWords: [[String]], hashes spellingHashes: [[UInt64]], spellingOf: [[Int]],
                                except reported: Set<Int>) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for (articleIndex, article) in context.articles.enumerated() {
            let people = article.people.indices.filter { article.people[$0].kind == .person && article.people[$0].prose }
            guard people.count >= 2 else { continue }
            // Spellings that differ in one word share the name with that word left out: only
            // they are compared (an article names dozens of people; pairs of them would be many).
            var byGap: [UInt64: [Int]] = [:]
            var keys: [(key: UInt64, gap: Int)] = []  // in text order: findings come out the same on every run
            var parts: [[String]] = []
            for (local, person) in people.enumerated() {
                let spelling = spellingOf[articleIndex][person]
                let words = reported.contains(spelling) ? [] : spellingWords[spelling]
                parts.append(words)
                guard words.count >= 2 else { continue }
                for gap in words.indices {
                    let key = Self.gapKey(spellingHashes[spelling], gap: gap)
                    if byGap[key] == nil { keys.append((key, gap)) }
                    byGap[key, default: []].append(local)
                }
            }
            for (key, gap) in keys {
                guard let members = byGap[key], members.count >= 2 else { continue }
                for (position, a) in members.enumerated() {
                    for b in members[(position + 1)...] {
                        let (first, second) = (people[a], people[b])
                        guard Self.sameExcept(gap, parts[a], parts[b]),
                              Self.misspelt(parts[a][gap], as: parts[b][gap], rules, lastWord: gap == parts[a].count - 1),
                              gap > 0 || !twoKnownFirstNames(Use(article: articleIndex, index: first), Use(article: articleIndex, index: second), context)
                        else { continue }
                        let (usual, variant) = article.people[first].position.start <= article.people[second].position.start
                            ? (first, second) : (second, first)
                        findings.append(finding(uses: [Use(article: articleIndex, index: variant)],
                                                usualUses: [Use(article: articleIndex, index: usual)], context, definition))
                    }
                }
            }
        }
        return findings
    }

    /// The key under which spellings that differ only in word `gap` meet: the gap's place, the
    /// word count and the other words' hashes, as one number (arrays of strings as keys cost
    /// more than the rest of the check). A shared key is a likely match; `sameExcept` decides.
    private static func gapKey(_ hashes: [UInt64], gap: Int) -> UInt64 {
        var key = WordHash.combine(WordHash.offsetBasis, UInt8(truncatingIfNeeded: gap))
        key = WordHash.combine(key, UInt8(truncatingIfNeeded: hashes.count))
        for (index, hash) in hashes.enumerated() where index != gap { key = StableHash.combine(key, hash) }
        return key
    }

    /// Do two spellings have the same words but for word `gap`?
    private static func sameExcept(_ gap: Int, _ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && a.indices.allSatisfy { $0 == gap || a[$0] == b[$0] }
    }

    /// True when `variant` is `word` with one letter added, dropped, changed, or two neighbours
    /// swapped after the first letter, and is neither the word with a derived ending (a plural:
    /// the rules' `derived_endings`; a demonym, for a name's `lastWord`: `demonym_endings`) or a
    /// possessive, nor the same word with or without accents, nor one of a pair the rules know
    /// for two names (`distinct`); letter case aside. A word with a digit is a designation, and
    /// another number another thing ("BA.2" and "BA.5", "Long March-6" and "-8").
    static func misspelt(_ word: String, as variant: String, _ rules: CheckRules.NameSpelling, lastWord: Bool) -> Bool {
        let a = Array(word.lowercased()), b = Array(variant.lowercased())
        guard a != b, a.count >= rules.minLetters, b.count >= rules.minLetters, a.first == b.first,
              !a.contains(where: \.isNumber), !b.contains(where: \.isNumber),
              !rules.distinct.contains([String(a), String(b)].sorted()),
              word.folding(options: .diacriticInsensitive, locale: nil).lowercased()
                != variant.folding(options: .diacriticInsensitive, locale: nil).lowercased()
        else { return false }
        for (short, long) in [(a, b), (b, a)] where long.count > short.count {
            if long.starts(with: short) {
                let ending = String(long[short.count...])
                if rules.derivedEndings.contains(ending) || (lastWord && rules.demonymEndings.contains(ending)) { return false }
            }
            if long.count == short.count + 1, long.count >= 3, long.suffix(2) == ["'", "s"] { return false }
        }
        return oneEdit(a, b)
    }

    /// Damerau distance one: a substitution, an insertion or deletion, or a swap of neighbours.
    static func oneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a.count == b.count {
            let differ = a.indices.filter { a[$0] != b[$0] }
            if differ.count == 1 { return true }
            return differ.count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count, short[index] == long[index] { index += 1 }
        return short[index...] == long[(index + 1)...]
    }

    /// Both first names are in the rules' lexicon of first names, of different sexes ("Eric",
    /// "Erica"): two names, so two people. Two of one sex one letter apart are a slip of the
    /// keys as often as two people ("Mario Rubio" in one article, "Marco Rubio" in 140), and the
    /// finding is only information.
    private func twoKnownFirstNames(_ a: Use, _ b: Use, _ context: CheckContext) -> Bool {
        guard let first = context.articles[a.article].people[a.index].firstNameGender,
              let second = context.articles[b.article].people[b.index].firstNameGender else { return false }
        return first != second
    }

    private func finding(uses: [Use], usualUses: [Use], _ context: CheckContext,
                         _ definition: CheckRules.Definition) -> CheckFinding {
        // The usual spelling from the variant's own article when it has both (the article then
        // contradicts itself), else from the article nearest in date.
        let first = uses[0]
        let day = context.articles[first.article].date?.day
        let shown = usualUses.first { $0.article == first.article }
            ?? usualUses.min { lhs, rhs in
                let distance = { (use: Use) in abs((context.articles[use.article].date?.day ?? Int.max / 2) - (day ?? 0)) }
                return (distance(lhs), lhs.article) < (distance(rhs), rhs.article)
            }!
        let outlets = uses.map { context.articles[$0.article].publisher ?? context.articles[$0.article].id }
        var seen = Set<String>()
        let message = definition.message.render([
            // As the articles print them, apostrophes and all.
            "variant": context.articles[first.article].people[first.index].name,
            "name": context.articles[shown.article].people[shown.index].name,
            "count": String(usualUses.count),
            "support": usualUses.count == 1 && usualUses[0].article == first.article
                ? "as the same article spells it first" : "as \(usualUses.count) articles spell it",
            "outlet": outlets.filter { seen.insert($0).inserted }.joined(separator: ", "),
        ])
        let evidence = (uses.prefix(3) + [shown]).map { self.evidence($0, context) }
        return CheckFinding(check: kind, severity: definition.severity, message: message, evidence: evidence)
    }

    private func evidence(_ use: Use, _ context: CheckContext) -> Evidence {
        let person = context.articles[use.article].people[use.index]
        return context.nameEvidence(use, position: person.position, text: person.name, person: person.name,
                                    context: context.corpus.personContext(article: use.article, index: use.index))
    }
}
