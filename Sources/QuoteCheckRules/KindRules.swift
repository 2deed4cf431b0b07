/// How a found quote is classified as direct, partial, term or headline.
public struct KindRules: Sendable {
    /// The first text line counts as the title when it has at most this many words.
    public private(set) var titleMaxWords = 30
    /// A first line that ends with a full stop is still the title when it is this short and has
    /// no comma ("Cruz 'glad to finish' fight with Trump."); a lede has commas or more words.
    public private(set) var stoppedTitleMaxWords = 16
    /// A line is in Title Case when at most this many of its words of four letters or more are
    /// lower case (a sentence naming people is still mostly lower case: "presented the budget").
    public private(set) var titleCaseMaxLowercase = 1
    /// A body line with no closing punctuation and at most this many words is a headline
    /// (a related-story link set into the body).
    public private(set) var headlineMaxWords = 16
    /// Characters that end a sentence line; a line ending in none of them may be a headline
    /// (`headline.line_enders`, which the shipped rules set: the marks are data, not code).
    public private(set) var lineEnders: Set<UInt8> = [] {
        didSet { isLineEnderByte = Self.table(lineEnders) }
    }
    /// `lineEnders` as a table by byte: asked once per line, where hashing cost more than the rest.
    package private(set) var isLineEnderByte: [Bool] = KindRules.table([])
    /// Non-ASCII characters that end a sentence line (closing curly marks, ellipsis).
    public private(set) var multibyteEnders: Set<Unicode.Scalar> = []
    /// Line prefixes of summary bullets, which are ordinary text even when short
    /// (`headline.bullet_prefixes`).
    public private(set) var bulletPrefixes: [String] = [] {
        didSet { bulletPrefixBytes = bulletPrefixes.map { Array($0.utf8) } }
    }
    /// `bulletPrefixes` as bytes, compared with each line's start.
    package private(set) var bulletPrefixBytes: [[UInt8]] = []
    /// A term is at most this many words.
    public private(set) var termMaxWords = 6
    /// Head nouns that make a short quoted noun phrase the name of a thing ("code of conduct").
    public private(set) var termHeads: Set<String> = []
    /// Words that may stand before a quoted term ("a", "the", "so-called").
    public private(set) var termDeterminers: Set<String> = []
    /// Terms and slogans known as such, quoted as names wherever they stand ("one country, two
    /// systems", "Taiwan independence"): a term in body text, nobody's words in a headline.
    public private(set) var termNames: [String] = []
    /// Words right before a quote that make it the name of a thing whatever its head ("so-called
    /// “consistency”", "dubbed “Iron Lady”").
    public private(set) var namingMarkers: Set<String> = []
    /// Lower-case words allowed inside a Title Case term ("of", "and").
    public private(set) var titleCaseJoiners: Set<String> = []

    static let keys: Set<String> = ["headline", "term", "examples"]

    private static func table(_ bytes: Set<UInt8>) -> [Bool] { (0..<256).map { bytes.contains(UInt8($0)) } }

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        if let node = file["headline"] {
            let entry = try node.mapping(allowed: ["title_max_words", "stopped_title_max_words", "title_case_max_lowercase", "max_words",
                                                   "line_enders", "bullet_prefixes"],
                                         what: "'headline'")
            titleMaxWords = try entry.int("title_max_words") ?? titleMaxWords
            stoppedTitleMaxWords = try entry.int("stopped_title_max_words") ?? stoppedTitleMaxWords
            titleCaseMaxLowercase = try entry.int("title_case_max_lowercase") ?? titleCaseMaxLowercase
            headlineMaxWords = try entry.int("max_words") ?? headlineMaxWords
            if let enders = try entry.string("line_enders") {
                lineEnders = Set(enders.utf8.filter { $0 < 0x80 })
                multibyteEnders = Set(enders.unicodeScalars.filter { $0.value >= 0x80 })
            }
            if entry["bullet_prefixes"] != nil { bulletPrefixes = try entry.strings("bullet_prefixes") }
        }
        if let node = file["term"] {
            let entry = try node.mapping(allowed: ["max_words", "heads", "determiners", "naming_markers", "names", "title_case_joiners"],
                                         what: "'term'")
            termMaxWords = try entry.int("max_words") ?? termMaxWords
            termHeads.formUnion(try entry.lowercasedStrings("heads"))
            termDeterminers.formUnion(try entry.lowercasedStrings("determiners"))
            titleCaseJoiners.formUnion(try entry.lowercasedStrings("title_case_joiners"))
            namingMarkers.formUnion(try entry.lowercasedStrings("naming_markers"))
            termNames += try entry.strings("names")
        }
        if let node = file["examples"] {
            examples += try FinderExample.read(node, ruleID: "kinds")
        }
    }
}
