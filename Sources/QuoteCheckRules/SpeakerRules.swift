import QuoteCheckText
import Foundation

/// The vocabulary of speaker phrases: what to strip from a name (titles, nationality words), what
/// makes a group ("officials"), pronouns, pair words ("the two"), source documents ("statement"),
/// and the small words that end a phrase.
public struct SpeakerRules: Sendable {
    public private(set) var titles: Set<String> = []
    public private(set) var nationalities: Set<String> = []
    public private(set) var groupNouns: Set<String> = []
    public private(set) var personNouns: Set<String> = []
    public private(set) var singularPronouns: Set<String> = []
    public private(set) var pluralPronouns: Set<String> = []
    /// The writer's own pronouns ("“…,” I said" in a column): a speaker the article does not name.
    public private(set) var firstPersonPronouns: Set<String> = []
    /// Possessive pronouns ("his", "her", "their"): before a noun of speech ("her statement
    /// said", "his remarks calling …") they name who owns the words.
    public private(set) var possessivePronouns: Set<String> = []
    public private(set) var pairPhrases: [[String]] = []
    /// Roles a definite description refers back by ("the mayor", "the senator"), each as its
    /// forms, its name first ("senator", "sen"; a trailing stop dropped, as the word hash drops it).
    public private(set) var roles: [[String]] = []
    /// Words that make the role after them another ("vice president", "deputy mayor").
    public private(set) var rolePrefixes: Set<String> = []
    /// Descriptions an article uses for its own subject ("the candidate", "the billionaire"):
    /// with nobody named in that role, they refer to the person the sentences are about.
    public private(set) var epithets: Set<String> = []
    /// Roles always held in some body ("judge", "spokesman"): a body named before the title
    /// ("U.S. District Judge Amy Cole") does not make "the judge" someone else.
    public private(set) var bodyRoles: Set<String> = []
    public private(set) var documentNouns: Set<String> = []
    public private(set) var skipBeforeCue: Set<String> = []
    public private(set) var functionWords: Set<String> = []
    public private(set) var organisationWords: Set<String> = []
    /// Institution words that refer back to any body named in the sentence or the one before,
    /// not only one whose name holds them ("the group said"; `any_body_words`).
    public private(set) var anyBodyWords: Set<String> = []
    public private(set) var modifiers: Set<String> = []
    public private(set) var determiners: Set<String> = []
    public private(set) var nameParticles: Set<String> = []
    /// Words that open a subordinate clause ("when", "as", "that"): a subject may follow them.
    public private(set) var clauseOpeners: Set<String> = []
    /// Words that stand alone as a speaker kept as written ("Another said", "Several said").
    public private(set) var quantifierSubjects: Set<String> = []
    /// A time phrase between a subject and its verb ("Sanders during a Sunday rally thanked"):
    /// the prepositions that open it and the words that make it about time.
    public private(set) var timePrepositions: Set<String> = []
    public private(set) var timeWords: Set<String> = []
    /// Words that open a relative clause after a subject ("Rubio, whose home town, Miami, is
    /// sinking, argues"): the clause and the commas inside it stand between subject and cue.
    public private(set) var relativePronouns: Set<String> = []
    /// The last parts that make a capitalised compound an adjective, not a name ("Trump-style",
    /// "Obama-era"); a last part ending in -ed does too ("Kremlin-backed").
    public private(set) var adjectiveEndings: Set<String> = []
    /// The last parts that make a compound opened by a number a person's age ("52-year-old"):
    /// "the 52-year-old said" describes someone the article has named, as an epithet does.
    public private(set) var ageEndings: Set<String> = []
    /// Words after a surname that tell a generation apart ("Jr.", "III"): part of the name, not
    /// its surname.
    public private(set) var nameSuffixes: Set<String> = []
    /// What tells a person's gender, for "he" and "she": honorifics ("Mr."), first names and the
    /// pronouns themselves, by gender ("male", "female").
    public private(set) var genders: [String: GenderWords] = [:]

    /// The words of one gender.
    public struct GenderWords: Sendable {
        public var honorifics: Set<String> = []
        public var firstNames: Set<String> = []
        public var pronouns: Set<String> = []
    }

    /// The English word endings that tell a word's part of speech where no list knows it (`endings`).
    public private(set) var endings = WordEndings(sForm: [], notPlural: [], past: [], participle: [], adverb: [], pluralSuffixes: [],
                                                  shortest: .init(plural: 0, openingParticiple: 0, presentParticiple: 0, adverb: 0))
    /// The small words the sieve reads a sentence's structure by, by role (`grammar`).
    public private(set) var grammar: [GrammarRole: Set<String>] = [:]

    /// How far back (in paragraphs) a quote without a cue may continue the previous quote's speaker.
    public private(set) var continuationParagraphs = 1

    /// The body sieve's steps in the order they are tried (`sieve`); every step by default.
    public private(set) var sieve: [SieveStepName] = SieveStepName.allCases

    mutating func removeSieveStep(_ step: SieveStepName) { sieve.removeAll { $0 == step } }

    /// How many tokens either side of a cue are read for the parenthesis that makes it an aside
    /// ("(repeated to me often)"), which credits no quote.
    public private(set) var asideReach = 8

    /// How far the sieve reads and how long a word must be before its ending tells (`limits`).
    public internal(set) var limits = SieveLimits()

    static let keys: Set<String> = ["titles", "nationalities", "group_nouns", "person_nouns", "pronouns",
                                    "pairs", "documents", "skip_before_cue", "function_words",
                                    "organisation_words", "any_body_words", "modifiers", "determiners", "name_particles",
                                    "clause_openers", "quantifier_subjects", "time_prepositions", "time_words", "relative_pronouns", "adjective_endings", "age_endings", "name_suffixes", "genders",
                                    "continuation_paragraphs", "aside_reach", "limits", "limit_examples", "sieve", "sieve_examples", "grammar", "endings", "roles", "role_prefixes", "epithets", "body_roles", "examples"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        titles.formUnion(try file.lowercasedStrings("titles"))
        nationalities.formUnion(try file.lowercasedStrings("nationalities"))
        groupNouns.formUnion(try file.lowercasedStrings("group_nouns"))
        personNouns.formUnion(try file.lowercasedStrings("person_nouns"))
        if let node = file["pronouns"] {
            let entry = try node.mapping(allowed: ["singular", "plural", "first_person", "possessive"], what: "'pronouns'")
            singularPronouns.formUnion(try entry.lowercasedStrings("singular"))
            pluralPronouns.formUnion(try entry.lowercasedStrings("plural"))
            firstPersonPronouns.formUnion(try entry.lowercasedStrings("first_person"))
            possessivePronouns.formUnion(try entry.lowercasedStrings("possessive"))
        }
        pairPhrases += try file.lowercasedStrings("pairs").map { $0.split(separator: " ").map(String.init) }
        roles += try file.lowercasedStrings("roles").map { $0.split(separator: " ").map { $0.trimmingCharacters(in: ["."]) } }
        rolePrefixes.formUnion(try file.lowercasedStrings("role_prefixes"))
        epithets.formUnion(try file.lowercasedStrings("epithets"))
        let named = Set(roles.compactMap(\.first))
        for role in try file.lowercasedStrings("body_roles") {
            guard named.contains(role) else {
                throw file.required("body_roles").fail("'\(role)' in 'body_roles' is no role's name in 'roles'")
            }
            bodyRoles.insert(role)
        }
        documentNouns.formUnion(try file.lowercasedStrings("documents"))
        skipBeforeCue.formUnion(try file.lowercasedStrings("skip_before_cue"))
        functionWords.formUnion(try file.lowercasedStrings("function_words"))
        organisationWords.formUnion(try file.lowercasedStrings("organisation_words"))
        anyBodyWords.formUnion(try file.lowercasedStrings("any_body_words"))
        modifiers.formUnion(try file.lowercasedStrings("modifiers"))
        determiners.formUnion(try file.lowercasedStrings("determiners"))
        nameParticles.formUnion(try file.lowercasedStrings("name_particles"))
        clauseOpeners.formUnion(try file.lowercasedStrings("clause_openers"))
        if let node = file["genders"] {
            let entry = try node.mapping(allowed: ["male", "female"], what: "'genders'")
            for gender in entry.order {
                let words = try entry.required(gender).mapping(allowed: ["honorifics", "first_names", "pronouns"], what: "a gender")
                var known = genders[gender] ?? GenderWords()
                known.honorifics.formUnion(try words.strings("honorifics").map { $0.lowercased().trimmingCharacters(in: ["."]) })
                known.firstNames.formUnion(try words.lowercasedStrings("first_names"))
                known.pronouns.formUnion(try words.lowercasedStrings("pronouns"))
                genders[gender] = known
            }
        }
        quantifierSubjects.formUnion(try file.lowercasedStrings("quantifier_subjects"))
        timePrepositions.formUnion(try file.lowercasedStrings("time_prepositions"))
        timeWords.formUnion(try file.lowercasedStrings("time_words"))
        relativePronouns.formUnion(try file.lowercasedStrings("relative_pronouns"))
        adjectiveEndings.formUnion(try file.lowercasedStrings("adjective_endings"))
        ageEndings.formUnion(try file.lowercasedStrings("age_endings"))
        nameSuffixes.formUnion(try file.lowercasedStrings("name_suffixes"))
        continuationParagraphs = try file.int("continuation_paragraphs") ?? continuationParagraphs
        asideReach = try file.int("aside_reach") ?? asideReach
        if let node = file["limits"] { try limits.read(node, what: "'limits'") }
        if let node = file["sieve"] {
            var order: [SieveStepName] = []
            for item in try node.list("'sieve'") {
                let name = try item.string("a sieve step")
                guard let step = SieveStepName(rawValue: name) else {
                    throw item.fail("unknown sieve step '\(name)' (known: \(SieveStepName.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                guard !order.contains(step) else { throw item.fail("sieve step '\(name)' is listed twice") }
                order.append(step)
            }
            sieve = order
        }
        if let node = file["endings"] { try readEndings(node, into: &examples) }
        if let node = file["grammar"] {
            let entry = try node.mapping(allowed: Set(GrammarRole.allCases.map(\.rawValue)), what: "'grammar'")
            for role in GrammarRole.allCases { grammar[role, default: []].formUnion(try entry.lowercasedStrings(role.rawValue)) }
        }
        if let node = file["sieve_examples"] {
            let steps = try node.mapping(allowed: Set(SieveStepName.allCases.map(\.rawValue)), what: "'sieve_examples'")
            for step in SieveStepName.allCases {
                guard let list = steps[step.rawValue] else { continue }
                examples += try AttributionExample.read(list, ruleID: "sieve/\(step.rawValue)", decidedBy: step)
            }
        }
        if let node = file["limit_examples"] { examples += try SieveLimits.readExamples(node, kind: "speakers") }
        if let node = file["examples"] {
            examples += try AttributionExample.read(node, ruleID: "speakers")
        }
    }

    /// The forms `endings` examples name, what each asserts of its words' endings, and which
    /// forms the word's length makes trusted (`shortest`) or leaves untrusted.
    private static let endingExampleForms: [(key: String, forms: WordEndings.Forms, absent: WordEndings.Forms,
                                             trusted: WordEndings.Trusted, untrusted: WordEndings.Trusted)] = [
        ("s_form", .sForm, [], [], []), ("plural", .plural, [], .plural, []), ("not_plural", .sForm, .plural, [], []),
        ("past", .past, [], [], []), ("participle", .participle, [], .presentParticiple, []), ("adverb", .adverb, [], .adverb, []),
        ("short_plural", .plural, [], [], .plural),
        ("short_opening_participle", .participle, [], [], .openingParticiple),
        ("short_present_participle", .participle, [], [], [.openingParticiple, .presentParticiple]),
        ("short_adverb", .adverb, [], [], .adverb),
    ]

    /// `endings`: each list of endings, and examples, by form, of words whose ending tells it.
    private mutating func readEndings(_ node: RuleNode, into examples: inout [RuleExample]) throws(RuleError) {
        let entry = try node.mapping(allowed: ["s_form", "not_plural", "past", "participle", "adverb", "plural_suffixes", "shortest", "examples"],
                                     required: ["s_form", "not_plural", "past", "participle", "adverb", "plural_suffixes", "shortest", "examples"],
                                     what: "'endings'")
        let lengths = try entry.required("shortest").mapping(allowed: ["plural", "opening_participle", "present_participle", "adverb"],
                                                             required: ["plural", "opening_participle", "present_participle", "adverb"],
                                                             what: "'shortest' of 'endings'")
        func length(_ key: String) throws(RuleError) -> Int {
            let value = try lengths.int(key, atLeast: 1)!
            // (The sieve keeps each in a byte.)
            guard value <= 255 else { throw lengths.required(key).fail("'\(key)' must be at most 255") }
            return value
        }
        let shortest = WordEndings.Shortest(plural: try length("plural"), openingParticiple: try length("opening_participle"),
                                            presentParticiple: try length("present_participle"), adverb: try length("adverb"))
        endings = WordEndings(sForm: try entry.lowercasedStrings("s_form"), notPlural: try entry.lowercasedStrings("not_plural"),
                              past: try entry.lowercasedStrings("past"), participle: try entry.lowercasedStrings("participle"),
                              adverb: try entry.lowercasedStrings("adverb"), pluralSuffixes: try entry.lowercasedStrings("plural_suffixes"),
                              shortest: shortest)
        let cases = try entry.required("examples").mapping(allowed: Set(Self.endingExampleForms.map { $0.key }), what: "'examples' of 'endings'")
        for (key, forms, absent, trusted, untrusted) in Self.endingExampleForms {
            guard let list = cases[key] else { continue }
            for item in try list.list("'\(key)'") {
                let word = try item.string("an example word")
                examples.append(RuleExample(ruleID: "endings", location: item.location, summary: word, check: { rules in
                    let bytes = Array(word.utf8)
                    let found = bytes.withUnsafeBufferPointer { rules.speakers.endings.forms(of: 0..<$0.count, in: $0) }
                    if !found.isSuperset(of: forms) { return "'\(word)' should end as \(key) but does not" }
                    if !found.isDisjoint(with: absent) { return "'\(word)' should not end as a plural but does" }
                    let lengthTrusts = rules.speakers.endings.trusted(found, length: bytes.count)
                    if !lengthTrusts.isSuperset(of: trusted) { return "'\(word)' should be long enough to trust its ending but is not" }
                    if !lengthTrusts.isDisjoint(with: untrusted) { return "'\(word)' should be too short to trust its ending (\(key)) but is not" }
                    return nil
                }))
            }
        }
    }

}
