import QuoteCheckText
import QuoteCheckRules

/// Word → classes, built once from the rules.
struct WordTable: Sendable {
    private var classes: HashTable<WordClass>

    init(rules: RuleSet) {
        let speakers = rules.speakers
        let count = speakers.titles.count + speakers.nationalities.count + speakers.groupNouns.count
            + speakers.personNouns.count + speakers.functionWords.count + speakers.organisationWords.count
            + speakers.modifiers.count + speakers.skipBeforeCue.count + rules.cues.forms.count + 256
        classes = HashTable(capacity: count)
        fill(rules)
    }

    private mutating func fill(_ rules: RuleSet) {
        let speakers = rules.speakers
        add(speakers.titles, .title)
        add(speakers.nationalities, .nationality)
        add(speakers.groupNouns, .groupNoun)
        add(speakers.personNouns, .personNoun)
        add(speakers.singularPronouns, .singularPronoun)
        add(speakers.pluralPronouns, .pluralPronoun)
        add(speakers.firstPersonPronouns, .firstPersonPronoun)
        add(speakers.possessivePronouns, .possessivePronoun)
        add(speakers.documentNouns, .documentNoun)
        add(speakers.skipBeforeCue, .skipBeforeCue)
        add(speakers.functionWords, .functionWord)
        add(speakers.organisationWords, .organisationWord)
        add(speakers.modifiers, .modifier)
        add(speakers.determiners, .determiner)
        add(speakers.nameParticles, .nameParticle)
        add(speakers.clauseOpeners, .clauseOpener)
        add(speakers.quantifierSubjects, .quantifierSubject)
        add(speakers.timePrepositions, .timePreposition)
        add(speakers.timeWords, .timeWord)
        add(speakers.relativePronouns, .relativePronoun)
        add(rules.outlets.descriptors, .outletDescriptor)
        add(Set(speakers.pairPhrases.flatMap { $0 }), .pairWord)
        add(Set(rules.cues.forms.map { $0.words[0] }), .cueStart)
        add(Set(rules.cues.forms.filter { $0.kind == .verb }.map { $0.words[0] }), .verbCueStart)
        add(Set(rules.cues.forms.filter { $0.kind == .nominal && $0.words.count == 1 }.map { $0.words[0] }), .nominalCue)
    }

    private mutating func add(_ words: Set<String>, _ wordClass: WordClass) {
        // Tokens hash without a trailing stop ("Sen." hashes as "sen"), so lexicon words do too.
        for word in words {
            classes.update(WordHash.hash(word.hasSuffix(".") ? String(word.dropLast()) : word)) { $0 = ($0 ?? []).union(wordClass) }
        }
    }

    @inline(__always)
    subscript(hash: UInt64) -> WordClass { classes[hash] ?? [] }
}
