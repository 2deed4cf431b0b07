import QuoteCheckText
import QuoteCheckRules

/// Word → classes, built once from the rules.
struct WordTable: Sendable {
    private var classes: HashTable<WordClass>

    init(rules: RuleSet) {
        let speakers = rules.speakers
        let count = 2 * speakers.titles.count /* and each one's plural */ + speakers.nationalities.count + speakers.groupNouns.count
            + 2 * speakers.personNouns.count /* and each one's plural */ + speakers.functionWords.count + speakers.organisationWords.count
            + speakers.modifiers.count + speakers.skipBeforeCue.count + rules.cues.forms.count
            + rules.headlines.kickerWords.count + rules.headlines.invertingVerbs.count + 256
        classes = HashTable(capacity: count)
        fill(rules)
    }

    private mutating func fill(_ rules: RuleSet) {
        let speakers = rules.speakers, headlines = rules.headlines, forms = rules.cues.forms
        let lists: [(Set<String>, WordClass)] = [
            (speakers.titles, .title), (speakers.nationalities, .nationality), (speakers.groupNouns, .groupNoun),
            (speakers.personNouns, .personNoun), (speakers.singularPronouns, .singularPronoun),
            (speakers.pluralPronouns, .pluralPronoun), (speakers.firstPersonPronouns, .firstPersonPronoun),
            (speakers.possessivePronouns, .possessivePronoun), (speakers.documentNouns, .documentNoun),
            (speakers.skipBeforeCue, .skipBeforeCue), (speakers.functionWords, .functionWord),
            (speakers.organisationWords, .organisationWord), (speakers.modifiers, .modifier), (speakers.determiners, .determiner),
            (speakers.nameParticles, .nameParticle), (speakers.clauseOpeners, .clauseOpener),
            (speakers.quantifierSubjects, .quantifierSubject), (speakers.timePrepositions, .timePreposition),
            (speakers.timeWords, .timeWord), (speakers.relativePronouns, .relativePronoun),
            (rules.outlets.descriptors, .outletDescriptor), (Set(speakers.pairPhrases.flatMap { $0 }), .pairWord),
            (Set(forms.map { $0.words[0] }), .cueStart), (Set(forms.filter { $0.kind == .verb }.map { $0.words[0] }), .verbCueStart),
            (Set(forms.filter { $0.kind == .nominal && $0.words.count == 1 }.map { $0.words[0] }), .nominalCue),
            (headlines.kickerWords, .kickerWord), (headlines.topicPrepositions, .topicPreposition),
            (headlines.topicOpeners, .topicOpener), (headlines.affiliationLinks, .affiliationLink),
            (headlines.predicatePrepositions, .predicatePreposition), (headlines.invertingVerbs, .invertingVerb),
            (headlines.episodeWords, .episodeWord), (headlines.addresseeVerbs, .addresseeVerb),
        ]
        for (words, wordClass) in lists { add(words, wordClass) }
        // A person noun's plural is a group noun ("coaches", "rivals"), unless a list has the
        // word already.
        for noun in speakers.personNouns {
            let plural = Self.plural(of: noun)
            classes.update(WordHash.hash(plural)) { $0 = ($0 ?? []).isEmpty ? .groupNoun : $0 }
        }
        for title in speakers.titles where !title.hasSuffix(".") {
            classes.update(WordHash.hash(Self.plural(of: title))) { $0 = ($0 ?? []).union(.pluralTitle) }
        }
    }

    /// The regular English plural: "-es" after a sibilant, "-ies" for a consonant's "-y", else "-s".
    static func plural(of noun: String) -> String {
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("z") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        return noun + "s"
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
