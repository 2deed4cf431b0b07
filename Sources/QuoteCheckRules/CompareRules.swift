import QuoteCheckText

/// How quotes are compared across articles: which quotes take part, the thresholds of grouping,
/// and the spellings that are the same word. Files of this kind add up; later thresholds win.
public struct CompareRules: Sendable {
    /// Quote kinds that are grouped (headlines and terms are shortened or names, not statements).
    public private(set) var kinds: Set<QuoteKind> = [.direct, .partial]
    /// Quotes with fewer comparison words are not grouped: short fragments recur by chance.
    public private(set) var minWords = 5
    /// Words per shingle in the inverted index.
    public private(set) var shingleWords = 2
    /// Share of the smaller quote's shingles the other must hold to be aligned at all.
    public private(set) var containment = 0.5
    /// Share of the shorter quote's words the alignment must match to join two quotes, each word
    /// weighted by how rare it is among all quotes (so "the fewer guns, the better" and "the
    /// fewer split tickets the better" do not join on "the fewer the better").
    public private(set) var alignment = 0.7
    /// And at least this many words.
    public private(set) var minCommonWords = 4
    /// Matched words per word of the stretch they span in the longer quote, at least.
    public private(set) var density = 0.6
    /// A word is rare when at most this share of all wordings carry it, or at most `rareFloor`
    /// wordings (in a small collection every word is rare) ...
    public private(set) var rareShare = 0.01
    public private(set) var rareFloor = 10
    /// ... and two quotes join only when they match at least this many rare words.
    public private(set) var minRareWords = 2
    /// Words on both sides at the edge of an alignment count as a changed wording only when
    /// neither side has more than this many; longer stretches are two overlapping cuts.
    public private(set) var edgeChangeWords = 3
    /// A shingle carried by more variants is too common to suggest a match.
    public private(set) var maxPostings = 64
    /// The most variants (different speakers, different intermediaries) a finding shows for one
    /// statement; past it, further variants are not compared, which keeps a statement reprinted
    /// by hundreds of outlets with hundreds of names linear.
    public private(set) var maxVariants = 8
    /// Mentions in articles dated further apart than this many days report different occasions
    /// (a stump line repeated, two interviews): they are one statement for grouping, but their
    /// speakers and wordings are not compared. 0 compares across any distance.
    public private(set) var occasionDays = 3
    /// Two articles that each name at least this many people or bodies, and none in common,
    /// report two stories: one line in both is not one remark credited two ways. 0 never says so.
    public private(set) var storyMinNames = 0
    /// Names of one state, its own first ("North Korea", "Pyongyang", "DPRK"): a capital stands
    /// for its government in news copy ("Pyongyang called …"), as a short form does, so two
    /// speakers named from one class are one source.
    public private(set) var states: [[String]] = []
    /// Words that name a body's spokesperson ("spokeswoman"): one so named in the sentence
    /// that attributes a quote speaks for the body the sentence names with them.
    public private(set) var spokespeople: Set<String> = []
    /// Spelling variants folded to one form.
    public private(set) var equivalents = SpellingEquivalents()
    /// The spelling classes as written; split into words after each file is added (`finish`), by
    /// the apostrophes the rules name, so that a class is split as quotes are.
    private var spellingClasses: [[String]] = []
    /// The marks that join a word (rules/apostrophes.yaml `in_word`), for the comparison lexer.
    public private(set) var apostrophes = ScalarSet()
    /// Symbols that are words ("%" → percent), by ASCII code (every symbol is ASCII): a word split
    /// asks about every space and punctuation mark, and an index costs nothing next to hashing.
    package private(set) var symbolByASCII: [String?] = Array(repeating: nil, count: 128)
    /// The same symbols as a dictionary.
    public var symbols: [Unicode.Scalar: String] {
        var symbols: [Unicode.Scalar: String] = [:]
        for (code, word) in symbolByASCII.enumerated() { if let word { symbols[Unicode.Scalar(UInt8(code))] = word } }
        return symbols
    }

    static let keys: Set<String> = ["grouping", "states", "spokespeople", "equivalents", "symbols", "examples"]

    /// Splits the spelling classes with the rules' apostrophes (again after each file: one may name more).
    mutating func finish(apostrophes: ScalarSet) {
        self.apostrophes = apostrophes
        equivalents = SpellingEquivalents()
        equivalents.add(contentsOf: spellingClasses.map { $0.map { Self.words(of: $0, apostrophes: apostrophes) } })
    }

    private static func words(of spelling: String, apostrophes: ScalarSet) -> [String] {
        ComparisonLexer.words(in: Array(spelling.utf8), symbols: [], apostrophes: apostrophes).words.map(\.form)
    }

    public init() {}

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        if let node = file["grouping"] {
            let entry = try node.mapping(allowed: ["kinds", "min_words", "shingle_words", "containment", "alignment",
                                                   "min_common_words", "max_postings", "edge_change_words",
                                                   "density", "rare_share", "rare_floor", "min_rare_words", "max_variants",
                                                   "occasion_days", "story_min_names"],
                                         what: "'grouping'")
            if let kindsNode = entry["kinds"] {
                var parsed: Set<QuoteKind> = []
                for name in try kindsNode.strings("'kinds'") {
                    guard let kind = QuoteKind(rawValue: name) else {
                        throw kindsNode.fail("unknown kind '\(name)' (known: \(QuoteKind.allCases.map(\.rawValue)))")
                    }
                    parsed.insert(kind)
                }
                kinds = parsed
            }
            minWords = try entry.int("min_words", atLeast: 1) ?? minWords
            shingleWords = try entry.int("shingle_words", atLeast: 1) ?? shingleWords
            minCommonWords = try entry.int("min_common_words", atLeast: 1) ?? minCommonWords
            maxPostings = try entry.int("max_postings", atLeast: 1) ?? maxPostings
            edgeChangeWords = try entry.int("edge_change_words", atLeast: 1) ?? edgeChangeWords
            containment = try Self.share(entry, "containment") ?? containment
            alignment = try Self.share(entry, "alignment") ?? alignment
            density = try Self.share(entry, "density") ?? density
            rareShare = try Self.share(entry, "rare_share") ?? rareShare
            rareFloor = try entry.int("rare_floor", atLeast: 1) ?? rareFloor
            minRareWords = try entry.int("min_rare_words", atLeast: 1) ?? minRareWords
            maxVariants = try entry.int("max_variants", atLeast: 1) ?? maxVariants
            occasionDays = try entry.int("occasion_days", atLeast: 0) ?? occasionDays
            storyMinNames = try entry.int("story_min_names", atLeast: 0) ?? storyMinNames
        }
        spokespeople.formUnion(try file.lowercasedStrings("spokespeople"))
        for item in try file.list("states") {
            let names = try item.strings("each class of 'states'")
            guard names.count >= 2 else { throw item.fail("a class of 'states' needs two names or more") }
            for name in names where !name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                throw item.fail("the name '\(name)' has no letters")
            }
            states.append(names)
        }
        for item in try file.list("equivalents") {
            let spellings = try item.strings("each class of 'equivalents'")
            guard spellings.count >= 2 else { throw item.fail("a class of 'equivalents' needs two spellings or more") }
            // (Apostrophes only join words: a spelling with words has them whichever marks join.)
            for spelling in spellings where Self.words(of: spelling, apostrophes: ScalarSet()).isEmpty {
                throw item.fail("the spelling '\(spelling)' has no words")
            }
            spellingClasses.append(spellings)
        }
        if let node = file["symbols"] {
            let entry = try node.mapping(allowed: Self.symbolKeys, what: "'symbols'")
            for key in entry.order {
                symbolByASCII[Int(key.utf8.first!)] = try entry.string(key)!.lowercased()
            }
        }
        if let node = file["examples"] {
            for item in try node.list("'examples'") {
                examples.append(try Self.example(item))
            }
        }
    }

    /// Single ASCII punctuation characters that may stand for a word.
    static let symbolKeys: Set<String> = Set("%&+=@#$".map(String.init))

    private static func share(_ entry: RuleMapping, _ key: String) throws(RuleError) -> Double? {
        guard let value = try entry.double(key) else { return nil }
        guard value > 0 && value <= 1 else { throw entry.required(key).fail("'\(key)' must be above 0 and at most 1") }
        return value
    }

    /// `{texts: [a, b], expect: same | grouped | apart}`: same comparison words, one statement
    /// after alignment, or two statements.
    private static func example(_ item: RuleNode) throws(RuleError) -> RuleExample {
        let entry = try item.mapping(allowed: ["texts", "expect"], required: ["texts", "expect"], what: "an example")
        let texts = try entry.strings("texts")
        guard texts.count == 2 else { throw entry.required("texts").fail("'texts' must hold two quotes") }
        let expect = try entry.string("expect")!
        guard ["same", "grouped", "apart"].contains(expect) else {
            throw entry.required("expect").fail("'expect' must be same, grouped or apart")
        }
        return RuleExample(ruleID: "compare", location: item.location, summary: texts.joined(separator: " | "),
                           test: RuleExample.CompareCase(texts: texts, expect: expect))
    }
}
