import QuoteCheckText

/// Spellings that are the same word for comparison: "defence" and "defense", "per cent" and
/// "percent", "don't" and "do not". Each class folds to its first spelling; a spelling may be
/// several words, and the longest spelling that matches wins.
public struct SpellingEquivalents: Sendable {
    /// For each first word, the spellings starting with it (longest first) and their canonical words.
    private var byFirstWord: [String: [(spelling: [String], canonical: [String])]] = [:]
    /// `WordHash` of every spelling's first word: most words of a quote start no spelling, and
    /// are passed over without hashing their `String` for the dictionary (~580 instructions).
    private var firstWordHashes = WordHashSet([UInt64]())

    public init() {}

    /// Adds a class; the first spelling is the canonical one.
    public mutating func add(_ spellings: [[String]]) { add(contentsOf: [spellings]) }

    /// Adds classes (a rule file's), making the first-word hashes once for them all.
    public mutating func add(contentsOf classes: [[[String]]]) {
        for spellings in classes {
            guard let canonical = spellings.first else { continue }
            for spelling in spellings where !spelling.isEmpty {
                byFirstWord[spelling[0], default: []].append((spelling, canonical))
                byFirstWord[spelling[0]]!.sort { $0.spelling.count > $1.spelling.count }
            }
        }
        firstWordHashes = WordHashSet(byFirstWord.keys.map { WordHash.hash($0) })
    }

    /// True when `word` may start a spelling: false ones are certain, true ones are looked up.
    private func mayStartSpelling(_ word: String) -> Bool { firstWordHashes.contains(WordHash.hash(word)) }

    /// The canonical form of one word, when the word alone is a spelling of a one-word class.
    public func canonical(word: String) -> String {
        guard mayStartSpelling(word), let entries = byFirstWord[word] else { return word }
        for entry in entries where entry.spelling.count == 1 && entry.canonical.count == 1 { return entry.canonical[0] }
        return word
    }

    /// Each one-word spelling that `canonical(word:)` turns into another word, with that word.
    package var foldedSpellings: [(spelling: String, canonical: String)] {
        byFirstWord.keys.sorted().compactMap { word in
            let canonical = canonical(word: word)
            return canonical == word ? nil : (word, canonical)
        }
    }

    /// Replaces every spelling in `words` by its canonical words. A canonical word made from
    /// several written words spans them all; one written word folded into several (don't → do
    /// not) gives each the written word's place, and only the first keeps its flags.
    package func fold(_ words: [ComparisonWord]) -> [ComparisonWord] {
        guard !byFirstWord.isEmpty else { return words }
        var result: [ComparisonWord] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            var matched = false
            if mayStartSpelling(words[index].form), let entries = byFirstWord[words[index].form] {
                for entry in entries where index + entry.spelling.count <= words.count {
                    var same = true
                    for (offset, word) in entry.spelling.enumerated() where words[index + offset].form != word {
                        same = false
                        break
                    }
                    guard same else { continue }
                    let first = words[index], last = words[index + entry.spelling.count - 1]
                    let display = first.display.lowerBound..<last.display.upperBound
                    // Word for word ("will not" as itself) each word keeps its own place, so that a
                    // diff shows a change to one of them once; otherwise they share the spelling's.
                    let wordForWord = entry.canonical.count == entry.spelling.count
                    for (offset, form) in entry.canonical.enumerated() {
                        let flags = offset == 0 ? first.flags : first.flags.intersection([.editorial])
                        result.append(ComparisonWord(form: form, display: wordForWord ? words[index + offset].display : display,
                                                      flags: wordForWord ? words[index + offset].flags : flags))
                    }
                    index += entry.spelling.count
                    matched = true
                    break
                }
            }
            if !matched {
                var word = words[index]
                // A possessive folds like its stem: harbour's → harbor's.
                if Self.isPossessive(word.form) {
                    let stem = String(word.form.dropLast(2))
                    let canonical = canonical(word: stem)
                    if canonical != stem { word.form = canonical + "'s" }
                }
                result.append(word)
                index += 1
            }
        }
        return result
    }

    /// Ends in "'s" (a comparison form's apostrophe is always the ASCII one).
    private static func isPossessive(_ form: String) -> Bool {
        let utf8 = form.utf8
        guard utf8.count >= 2 else { return false }
        let last = utf8.index(before: utf8.endIndex)
        return utf8[last] == UInt8(ascii: "s") && utf8[utf8.index(before: last)] == UInt8(ascii: "'")
    }
}
