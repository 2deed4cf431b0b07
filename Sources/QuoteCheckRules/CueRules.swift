/// Reporting cues: the words that say someone said something.
///
/// - `verbs`: lemmas, inflected here (say → says, said, saying with `irregular` forms; urge →
///   urges, urged, urging); a multi-word lemma inflects its first word ("call for" → "called for").
/// - `phrases`: fixed phrases used as written ("according to").
/// - `nominal`: nouns that report speech only when an agent is named ("the agreement reached by
///   X and Y", "X's pledge").
public struct CueRules: Sendable {
    /// One cue form, as a sequence of lower-case words.
    public struct Form: Sendable {
        public let words: [String]
        public let kind: Kind
        public let ruleID: String
        /// May stand as a cue in a headline ("Obama Says …").
        public let inHeadlines: Bool
        /// Stands as a cue only in a headline ("IMF chief sees 'narrowing path'"): in running
        /// text these verbs say what someone thinks or finds, not what they said.
        public let onlyInHeadlines: Bool
        /// When set, the cue credits only a quote that starts within this many tokens after it:
        /// its object or the complement after "as" ("views the strikes as 'terrorism'").
        public let objectWithin: Int?
        /// Words after which the form is no cue, and which, between the cue and a quote, make the
        /// quote another verb's object: "may see", "would find", "eyes action to achieve 'X'".
        public let notAfter: [String]
    }
    public enum Kind: String, Sendable { case verb, phrase, nominal }

    public private(set) var forms: [Form] = []
    /// Words after which a verb cue's form is a noun: articles and possessives ("a retort", "his
    /// call for calm"), never before a verb.
    public private(set) var nounMarkers: [String] = []
    /// Prepositions after which a cue's form is a noun unless it ends in -ing ("calls for answers",
    /// but "slammed for claiming").
    public private(set) var nounPrepositions: [String] = []
    /// Words after which a cue's -ing form modifies a noun ("have admitting privileges", "has
    /// warning labels"): no verb of English stands there in -ing.
    public private(set) var participleModifierMarkers: [String] = []
    static let keys: Set<String> = ["rules", "noun_markers", "noun_prepositions", "participle_modifier_markers"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        nounMarkers += try file.lowercasedStrings("noun_markers")
        nounPrepositions += try file.lowercasedStrings("noun_prepositions")
        participleModifierMarkers += try file.lowercasedStrings("participle_modifier_markers")
        for item in try file.list("rules") {
            let entry = try item.mapping(allowed: ["id", "description", "verbs", "irregular", "phrases", "nominal", "in_headlines",
                                                   "only_in_headlines", "object_within", "not_after", "examples"],
                                         required: ["id", "examples"], what: "a cue rule")
            let id = try entry.string("id")!
            let onlyInHeadlines = try entry.bool("only_in_headlines") ?? false
            let inHeadlines = try entry.bool("in_headlines") ?? false || onlyInHeadlines
            let objectWithin = try entry.int("object_within", atLeast: 0)
            let notAfter = try entry.lowercasedStrings("not_after")
            // The sieve over running text reads objects its own way; only the headline reader
            // honours the limit, so it is refused where it would be ignored.
            if objectWithin != nil && !onlyInHeadlines {
                throw entry.required("object_within").fail("'object_within' needs 'only_in_headlines: true'")
            }
            if !notAfter.isEmpty && objectWithin == nil {
                throw entry.required("not_after").fail("'not_after' needs 'object_within'")
            }
            func makeForm(_ words: [String], _ kind: Kind) -> Form {
                Form(words: words, kind: kind, ruleID: id, inHeadlines: inHeadlines, onlyInHeadlines: onlyInHeadlines,
                     objectWithin: objectWithin, notAfter: notAfter)
            }
            var irregular: [String: [String]] = [:]
            if let node = entry["irregular"] {
                let mapping = try node.mapping(allowed: Set(try entry.strings("verbs")), what: "'irregular' (keys must be listed in 'verbs')")
                for key in mapping.order { irregular[key] = try mapping.strings(key) }
            }
            for lemma in try entry.strings("verbs") {
                var words = lemma.lowercased().split(separator: " ").map(String.init)
                guard let head = words.first else { throw entry.required("verbs").fail("empty verb") }
                // Irregular forms replace the generated ones: for verbs that are also nouns ("a report",
                // "the state") only the unambiguous forms are listed.
                let heads = Set(irregular[lemma] ?? Inflection.forms(of: head))
                for form in heads.sorted() {
                    words[0] = form
                    forms.append(makeForm(words, .verb))
                }
            }
            for phrase in try entry.strings("phrases") {
                forms.append(makeForm(phrase.lowercased().split(separator: " ").map(String.init), .phrase))
            }
            for noun in try entry.strings("nominal") {
                forms.append(makeForm(noun.lowercased().split(separator: " ").map(String.init), .nominal))
            }
            examples += try AttributionExample.read(entry.required("examples"), ruleID: id)
        }
    }
}

/// Regular English verb inflection, enough for reporting verbs (irregular ones are listed in the rules).
enum Inflection {
    static func forms(of verb: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            return [verb, verb + "s", verb + "d", stem + "ing"]
        }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !vowels.contains(before) {
            let stem = String(verb.dropLast())
            return [verb, stem + "ies", stem + "ied", verb + "ing"]
        }
        if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") || verb.hasSuffix("z") {
            return [verb, verb + "es", verb + "ed", verb + "ing"]
        }
        // A word of one short vowel between single consonants doubles its last one: quip →
        // quipped, snap → snapping. (Longer verbs stressed on the last syllable, "admit",
        // "refer", are listed as irregular: stress is not in the spelling.)
        if doublesFinalConsonant(verb), let last = verb.last {
            return [verb, verb + "s", verb + String(last) + "ed", verb + String(last) + "ing"]
        }
        return [verb, verb + "s", verb + "ed", verb + "ing"]
    }

    private static func doublesFinalConsonant(_ verb: String) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        // "qu" is a consonant: the u in "quip" is no vowel.
        let letters = Array(verb.replacingOccurrences(of: "qu", with: "q"))
        guard letters.count >= 3, letters.allSatisfy(\.isLetter), let last = letters.last, !vowels.contains(last),
              !["w", "x", "y"].contains(last), vowels.contains(letters[letters.count - 2]),
              !vowels.contains(letters[letters.count - 3]) else { return false }
        return letters.filter { vowels.contains($0) }.count == 1
    }
}
