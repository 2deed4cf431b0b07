import QuoteCheckText

/// The cross-source checks' definitions: for each check a stable id, a severity and a message
/// template, and for wording drift the word lists that make a change touch meaning.
public struct CheckRules: Sendable {
    /// One check as the rules define it.
    public struct Definition: Sendable {
        public let kind: CheckKind
        public let severity: Severity
        public let message: MessageTemplate
        public let description: String?
        /// Severity for changes that touch one of `escalateOn` (wording drift only).
        public let escalatedSeverity: Severity?
        public let escalateOn: Set<MeaningClass>
        public let location: SourceLocation
    }

    /// What a changed word may be that makes a wording change serious.
    public enum MeaningClass: String, Sendable, CaseIterable, Comparable {
        case negation, number, name
        public static func < (lhs: MeaningClass, rhs: MeaningClass) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public private(set) var definitions: [CheckKind: Definition] = [:]
    /// Check ids in the order the rule files define them (the order of a report's summary).
    public private(set) var order: [CheckKind] = []
    /// Words that negate ("not", "never", "no"), in comparison form.
    public private(set) var negations: Set<String> = []
    /// Words that are numbers ("three", "million"), in comparison form.
    public private(set) var numberWords: Set<String> = []
    /// Capitalised words that are not names when they stand mid-sentence ("I", "I'm").
    public private(set) var notNames: Set<String> = []

    /// Words whose loss at a quote's edge is no truncation ("and", "but", "well").
    public private(set) var fillerWords: Set<String> = []

    /// Spoken fillers and hedges that transcripts keep and others tidy away ("I mean", "you
    /// know", "uh"), as word sequences in comparison form: their loss is neither drift nor a cut.
    public private(set) var disfluencies: [[String]] = []
    /// Prefixes that turn a word into its opposite ("like" → "unlike", "ever" → "never").
    public private(set) var negatingPrefixes: [String] = []

    /// When one spelling of a full name is taken for a misspelling of another (`name-spelling`).
    public struct NameSpelling: Sendable {
        /// The usual spelling stands in at least this many articles.
        public var minArticles = 3
        /// The other spelling stands in at most this many articles: a typo is a slip, and a
        /// spelling several articles share is a name of its own.
        public var maxVariantArticles = 2
        /// The other spelling stands in at most this share of the usual one's articles.
        public var maxShare = 0.5
        /// Both forms of the word that differs have at least this many letters: "Jon" and "John",
        /// "Al" and "Ali" are different names too often.
        public var minLetters = 4
        /// Endings that make another word of a name's word, not a typo: a plural ("Clintons").
        /// Lower case.
        public var derivedEndings: [String] = []
        /// Endings that make a demonym of a place, the last word of a name ("Inner Mongolian",
        /// "Israeli"); a first name with one is a typo ("Human Abedin"). Lower case.
        public var demonymEndings: [String] = []
        /// Words one letter apart that name two real things ("Shanxi" and "Shaanxi", "Hubei"
        /// and "Hebei"), each pair lower-cased and sorted.
        public var distinct: Set<[String]> = []
    }

    public private(set) var nameSpelling = NameSpelling()

    static let keys: Set<String> = ["checks", "negations", "number_words", "not_names", "filler_words", "disfluencies",
                                    "negating_prefixes", "name_spelling"]

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        negations.formUnion(try Self.forms(file, "negations"))
        numberWords.formUnion(try Self.forms(file, "number_words"))
        notNames.formUnion(try Self.forms(file, "not_names"))
        fillerWords.formUnion(try Self.forms(file, "filler_words"))
        disfluencies += try Self.forms(file, "disfluencies").map { $0.split(separator: " ").map(String.init) }
        negatingPrefixes += try Self.forms(file, "negating_prefixes")
        if let node = file["name_spelling"] {
            let entry = try node.mapping(allowed: ["min_articles", "max_variant_articles", "max_share", "min_letters",
                                                   "derived_endings", "demonym_endings", "distinct"], required: [],
                                         what: "'name_spelling'")
            if let value = try entry.int("min_articles") { nameSpelling.minArticles = value }
            if let value = try entry.int("max_variant_articles") { nameSpelling.maxVariantArticles = value }
            if let value = try entry.double("max_share") { nameSpelling.maxShare = value }
            if let value = try entry.int("min_letters") { nameSpelling.minLetters = value }
            nameSpelling.derivedEndings += try entry.lowercasedStrings("derived_endings")
            nameSpelling.demonymEndings += try entry.lowercasedStrings("demonym_endings")
            for pair in try entry.list("distinct") {
                let words = try pair.strings("a pair of 'distinct'").map { $0.lowercased() }
                guard words.count == 2 else { throw pair.fail("each of 'distinct' is a pair of two words") }
                nameSpelling.distinct.insert(words.sorted())
            }
        }
        for item in try file.list("checks") {
            let entry = try item.mapping(
                allowed: ["id", "severity", "message", "description", "escalate", "examples"],
                required: ["id", "severity", "message", "examples"], what: "a check")
            let idNode = entry.required("id")
            let id = try idNode.string("'id'")
            guard let kind = CheckKind(rawValue: id) else {
                throw idNode.fail("unknown check '\(id)' (known: \(CheckKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard definitions[kind] == nil else { throw idNode.fail("the check '\(id)' is defined twice") }
            let severity = try Self.severity(entry.required("severity"))
            let messageNode = entry.required("message")
            let message: MessageTemplate
            do {
                message = try MessageTemplate(try messageNode.string("'message'"), allowed: kind.placeholders)
            } catch let error as MessageTemplate.TemplateError {
                throw messageNode.fail(error.message)
            } catch {
                throw messageNode.fail("\(error)")
            }
            var escalated: Severity?
            var escalateOn: Set<MeaningClass> = []
            if let node = entry["escalate"] {
                guard kind.escalates else { throw node.fail("the check '\(id)' has no 'escalate'") }
                let escalate = try node.mapping(allowed: ["to", "when"], required: ["to", "when"], what: "'escalate'")
                escalated = try Self.severity(escalate.required("to"))
                for name in try escalate.strings("when") {
                    guard let meaning = MeaningClass(rawValue: name) else {
                        throw escalate.required("when").fail("unknown class '\(name)' (known: negation, number, name)")
                    }
                    escalateOn.insert(meaning)
                }
            }
            definitions[kind] = Definition(kind: kind, severity: severity, message: message,
                                           description: try entry.string("description"),
                                           escalatedSeverity: escalated, escalateOn: escalateOn,
                                           location: item.location)
            order.append(kind)
            examples += try CheckExampleReader.read(entry.required("examples"), kind: kind)
        }
    }

    /// Checks that every check has a definition; the check command needs all of them.
    public func validate(folder: String) throws(RuleError) {
        let missing = CheckKind.allCases.filter { definitions[$0] == nil }
        guard missing.isEmpty else {
            throw RuleError(SourceLocation(file: folder, line: 0, column: 0),
                            "no definition for the check(s) \(missing.map(\.rawValue).joined(separator: ", ")) (a rule file of kind 'checks' is needed)")
        }
    }

    private static func severity(_ node: RuleNode) throws(RuleError) -> Severity {
        let name = try node.string("a severity")
        guard let severity = Severity(rawValue: name) else {
            throw node.fail("unknown severity '\(name)' (known: error, warning, info)")
        }
        return severity
    }

    /// A word list in comparison form (so "n't" lists and spelling variants match how quotes are read).
    private static func forms(_ file: RuleMapping, _ key: String) throws(RuleError) -> [String] {
        try file.strings(key).map { $0.lowercased().straightApostrophes }
    }
}
