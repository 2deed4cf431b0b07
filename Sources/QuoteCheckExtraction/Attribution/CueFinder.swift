import QuoteCheckText
import QuoteCheckRules

/// Finds reporting cues in a sentence's tokens by their word hashes, longest form first.
struct CueFinder: Sendable {
    /// A cue form: its words are `words[wordStart..<wordStart + wordCount]`. Entries and words
    /// live in flat arrays, so looking cues up copies nothing that is reference-counted.
    struct Entry: Sendable {
        let wordStart: Int
        let wordCount: Int
        let kind: CueRules.Kind
        let ruleIndex: Int
        let inHeadlines: Bool
        let onlyInHeadlines: Bool
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
    /// Per rule (as `ruleIDs`), the most tokens between the cue and a quote it credits, when the
    /// rule limits it (`object_within`).
    private var objectWithin: [Int?] = []
    /// Per rule, the words that stop it (`not_after`), hashed.
    private var notAfter: [WordHashSet] = []
    /// The forms that start with a word, longest first: `entries[range]`.
    private var byFirstWord: HashTable<Range<Int>>
    private var entries: [Entry] = []
    private var words: [UInt64] = []
    /// Words that make the verb after them an infinitive, no report (grammar `infinitive_markers`).
    private let infinitiveMarkers: WordHashSet
    /// Articles and possessives: what stands before a noun, never before a verb ("both said" and
    /// "that said" are verbs, so the wider determiner class is not used). Rules `noun_markers`.
    private let nounMarkers: WordHashSet
    /// Prepositions before a noun form of a cue ("calls for answers"). Rules `noun_prepositions`.
    private let nounPrepositions: WordHashSet
    /// Words before an -ing form that modifies a noun ("have admitting privileges"). Rules
    /// `participle_modifier_markers`.
    private let participleModifierMarkers: WordHashSet

    init(rules: RuleSet) {
        nounMarkers = WordHashSet(words: rules.cues.nounMarkers)
        nounPrepositions = WordHashSet(words: rules.cues.nounPrepositions)
        participleModifierMarkers = WordHashSet(words: rules.cues.participleModifierMarkers)
        infinitiveMarkers = WordHashSet(words: rules.speakers.grammar[.infinitiveMarkers] ?? [])
        var indexOfRule: [String: Int] = [:]
        var byFirstWord: [UInt64: [(hashes: [UInt64], form: CueRules.Form)]] = [:]
        for form in rules.cues.forms {
            if indexOfRule[form.ruleID] == nil {
                indexOfRule[form.ruleID] = ruleIDs.count
                ruleIDs.append(form.ruleID)
                objectWithin.append(form.objectWithin)
                notAfter.append(WordHashSet(words: form.notAfter))
            }
            byFirstWord[WordHash.hash(form.words[0]), default: []].append((form.words.map { WordHash.hash($0) }, form))
        }
        self.byFirstWord = HashTable(capacity: byFirstWord.count)
        for (first, forms) in byFirstWord {
            let start = entries.count
            for (hashes, form) in forms.sorted(by: { $0.hashes.count > $1.hashes.count }) {
                entries.append(Entry(wordStart: words.count, wordCount: hashes.count, kind: form.kind,
                                     ruleIndex: indexOfRule[form.ruleID]!, inHeadlines: form.inHeadlines,
                                     onlyInHeadlines: form.onlyInHeadlines))
                words += hashes
            }
            self.byFirstWord.update(first) { $0 = start..<entries.count }
        }
    }

    /// The most tokens a quote may stand after this cue and still be its words, when its rule
    /// says (`object_within`): "IMF chief sees 'narrowing path'", not "… find fossil of new
    /// marine reptile with 'incredibly long' tail".
    func objectWithin(_ cue: Cue) -> Int? { objectWithin[cue.ruleIndex] }

    /// Is this word one that stops the cue's rule (`not_after`): "may", "would", "to"?
    func stops(_ cue: Cue, at token: Token) -> Bool { token.isWord && notAfter[cue.ruleIndex].contains(token.hash) }

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
        found.clearKeepingCapacity()
        // Read through pointers: a slice of the entries per cue word retained and released the array.
        entries.withUnsafeBufferPointer { entries in
            words.withUnsafeBufferPointer { words in
                var index = sentence.lowerBound
                while index < sentence.upperBound {
                    // Only a word that starts some cue form can start a cue (only words have
                    // classes): the others, nearly all, are passed over reading one field.
                    guard tokens[index].classes.contains(.cueStart) else {
                        index += 1
                        continue
                    }
                    if let matched = cue(at: index, in: tokens, sentence: sentence, headline: headline, entries, words) {
                        // Right after a verb cue, a form is its object, a noun ("uttering charges that …").
                        if !(matched.kind == .verb && found.last.map { $0.kind == .verb && $0.tokens.upperBound == index } == true) {
                            found.append(matched)
                        }
                        index = matched.tokens.upperBound
                    } else {
                        index += 1
                    }
                }
            }
        }
    }

    /// The longest cue form that starts at token `index` and fits the sentence.
    @inline(__always)
    private func cue(at index: Int, in tokens: Tokens, sentence: Range<Int>, headline: Bool,
                     _ entries: UnsafeBufferPointer<Entry>, _ words: UnsafeBufferPointer<UInt64>) -> Cue? {
        let token = tokens[index]
        guard token.isWord, token.classes.contains(.cueStart), let forms = byFirstWord[token.hash] else { return nil }
        for form in forms {
            let entry = entries[form]
            guard index + entry.wordCount <= sentence.upperBound else { continue }
            var same = true
            for offset in 0..<entry.wordCount {
                let candidate = tokens[index + offset]
                if !candidate.isWord || candidate.hash != words[entry.wordStart + offset] { same = false; break }
            }
            guard same, headline ? entry.inHeadlines : !entry.onlyInHeadlines else { continue }
            // A capitalised verb mid-sentence is a name ("Said"), and "to say" is not a report.
            if entry.kind == .verb {
                if token.capitalized && index != sentence.lowerBound && !headline { continue }
                if index > sentence.lowerBound && infinitiveMarkers.contains(tokens[index - 1].hash) && tokens[index - 1].isWord { continue }
                // After an article or a possessive the form is a noun ("a retort", "his call for calm",
                // "Trump's remarks").
                if index > sentence.lowerBound && (tokens[index - 1].kind == .possessive
                    || tokens[index - 1].isWord && nounMarkers.contains(tokens[index - 1].hash)) { continue }
                // After a noun preposition ("for", "of", "with" …) a form that is no -ing participle
                // is a noun too ("calls for answers", "met with protests"; but "slammed for claiming").
                // (A capitalised one is a name: "Al From said".)
                if index > sentence.lowerBound, tokens[index - 1].isWord, !tokens[index - 1].capitalized,
                   nounPrepositions.contains(tokens[index - 1].hash),
                   !token.endsInIng { continue }
                // "doctors have admitting privileges": after "have" an -ing form modifies a noun.
                if index > sentence.lowerBound, token.endsInIng, tokens[index - 1].isWord,
                   participleModifierMarkers.contains(tokens[index - 1].hash) { continue }
            }
            return Cue(tokens: index..<index + entry.wordCount, kind: entry.kind, ruleIndex: entry.ruleIndex)
        }
        return nil
    }
}
