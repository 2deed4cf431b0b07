/// Finds reporting cues in a sentence's tokens by their word hashes, longest form first.
struct CueFinder: Sendable {
    struct Entry: Sendable {
        let words: [UInt64]
        let kind: CueRules.Kind
        let ruleIndex: Int
        let inHeadlines: Bool
    }

    /// A cue in a sentence: token range and what it is.
    /// Holds no references, so the sieve copies cues for free; the rule's ID is
    /// `ruleIDs[ruleIndex]`.
    struct Cue: Sendable {
        let tokens: Range<Int>
        let kind: CueRules.Kind
        /// The rule's place in `ruleIDs`.
        let ruleIndex: Int
    }

    /// The cue rules' IDs, each once, in the order the rules list them.
    private(set) var ruleIDs: [String] = []
    private var byFirstWord: HashTable<[Entry]>
    private let toHash = WordHash.hash("to")

    init(rules: RuleSet) {
        var indexOfRule: [String: Int] = [:]
        var byFirstWord: [UInt64: [Entry]] = [:]
        for form in rules.cues.forms {
            if indexOfRule[form.ruleID] == nil {
                indexOfRule[form.ruleID] = ruleIDs.count
                ruleIDs.append(form.ruleID)
            }
            let ruleIndex = indexOfRule[form.ruleID]!
            let entry = Entry(words: form.words.map { WordHash.hash($0) }, kind: form.kind,
                              ruleIndex: ruleIndex, inHeadlines: form.inHeadlines)
            byFirstWord[entry.words[0], default: []].append(entry)
        }
        self.byFirstWord = HashTable(capacity: byFirstWord.count)
        for (word, entries) in byFirstWord {
            self.byFirstWord.update(word) { $0 = entries.sorted { $0.words.count > $1.words.count } }
        }
    }

    /// The cues of a sentence. In a headline, where every word is capitalised, only the cues
    /// their rule allows there count, capitalised or not.
    func cues(in tokens: Tokens, sentence: Range<Int>, headline: Bool = false) -> [Cue] {
        var found: [Cue] = []
        cues(in: tokens, sentence: sentence, headline: headline, into: &found)
        return found
    }

    /// The same, into `found` (emptied first), so that a caller going sentence by sentence can
    /// keep one buffer.
    func cues(in tokens: Tokens, sentence: Range<Int>, headline: Bool = false, into found: inout [Cue]) {
        found.removeAll(keepingCapacity: true)
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let token = tokens[index]
            guard token.isWord, token.classes.contains(.cueStart), let entries = byFirstWord[token.hash] else {
                index += 1
                continue
            }
            var matched: Cue? = nil
            for entry in entries where index + entry.words.count <= sentence.upperBound {
                var same = true
                for (offset, word) in entry.words.enumerated() {
                    let candidate = tokens[index + offset]
                    if !candidate.isWord || candidate.hash != word { same = false; break }
                }
                guard same, !headline || entry.inHeadlines else { continue }
                // A capitalised verb mid-sentence is a name ("Said"), and "to say" is not a report.
                if entry.kind == .verb {
                    if token.capitalized && index != sentence.lowerBound && !headline { continue }
                    if index > sentence.lowerBound && tokens[index - 1].hash == toHash && tokens[index - 1].isWord { continue }
                }
                matched = Cue(tokens: index..<index + entry.words.count, kind: entry.kind,
                              ruleIndex: entry.ruleIndex)
                break
            }
            if let matched {
                found.append(matched)
                index = matched.tokens.upperBound
            } else {
                index += 1
            }
        }
    }
}
