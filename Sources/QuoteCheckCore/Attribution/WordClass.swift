/// What the lexicons say a word can be; one word may be several things.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let title = WordClass(rawValue: 1 << 0)
    static let nationality = WordClass(rawValue: 1 << 1)
    static let groupNoun = WordClass(rawValue: 1 << 2)
    static let personNoun = WordClass(rawValue: 1 << 3)
    static let singularPronoun = WordClass(rawValue: 1 << 4)
    static let pluralPronoun = WordClass(rawValue: 1 << 5)
    static let documentNoun = WordClass(rawValue: 1 << 6)
    static let skipBeforeCue = WordClass(rawValue: 1 << 7)
    static let functionWord = WordClass(rawValue: 1 << 8)
    static let organisationWord = WordClass(rawValue: 1 << 9)
    static let modifier = WordClass(rawValue: 1 << 10)
    static let determiner = WordClass(rawValue: 1 << 11)
    static let outletDescriptor = WordClass(rawValue: 1 << 12)
    static let nameParticle = WordClass(rawValue: 1 << 13)
    static let cueStart = WordClass(rawValue: 1 << 14)
    static let pairWord = WordClass(rawValue: 1 << 15)
    /// First word of a verb cue ("said"), as opposed to a nominal or phrase cue.
    static let verbCueStart = WordClass(rawValue: 1 << 16)
}

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
        add(speakers.documentNouns, .documentNoun)
        add(speakers.skipBeforeCue, .skipBeforeCue)
        add(speakers.functionWords, .functionWord)
        add(speakers.organisationWords, .organisationWord)
        add(speakers.modifiers, .modifier)
        add(speakers.determiners, .determiner)
        add(speakers.nameParticles, .nameParticle)
        add(rules.outlets.descriptors, .outletDescriptor)
        add(Set(speakers.pairPhrases.flatMap { $0 }), .pairWord)
        add(Set(rules.cues.forms.map { $0.words[0] }), .cueStart)
        add(Set(rules.cues.forms.filter { $0.kind == .verb }.map { $0.words[0] }), .verbCueStart)
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
