import Matcher
import QuoteCheckText

/// The outlet registry: each publisher or news agency with its canonical name and the aliases it
/// goes by ("Agence France" → AFP, "Jiji" → Jiji Press), and the patterns that find an article's
/// publisher in its text (a dateline "BEIJING (Reuters) -", a closing credit "– Agence France").
public struct OutletRules: Sendable {
    public struct Outlet: Sendable {
        public let name: String
        public let aliases: [String]
    }

    public private(set) var outlets: [Outlet] = []
    /// Lower-cased alias (and canonical name) → canonical name.
    public private(set) var canonicalByAlias: [String: String] = [:]
    /// Aliases as word sequences, longest first, for finding them inside a phrase.
    public private(set) var aliasWords: [(words: [String], name: String)] = []
    /// A credit pattern and the lines of the article it reads.
    public struct CreditRule: Sendable {
        public let rule: PatternRule
        public let lines: LineWindow
    }

    /// Patterns with an `outlet` group, tried in order on their lines of the text; the group must
    /// name a known outlet.
    public private(set) var creditRules: [CreditRule] = []
    /// Words that may follow an outlet's name inside a source phrase ("news agency", "newspaper").
    public private(set) var descriptors: Set<String> = []

    static let keys: Set<String> = ["outlets", "credits", "descriptors"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for item in try file.list("outlets") {
            let entry = try item.mapping(allowed: ["name", "aliases"], required: ["name"], what: "an outlet")
            let name = try entry.string("name")!
            let aliases = try entry.strings("aliases")
            outlets.append(Outlet(name: name, aliases: aliases))
            for alias in [name] + aliases {
                canonicalByAlias[Self.fold(alias)] = name
                aliasWords.append((Self.fold(alias).split(separator: " ").map(String.init), name))
            }
        }
        aliasWords.sort { $0.words.count > $1.words.count }
        descriptors.formUnion(try file.lowercasedStrings("descriptors"))
        for item in try file.list("credits") {
            let (rule, entry) = try PatternRule.read(item, what: "a credit rule", extraKeys: ["lines"], options: [.multiline],
                                                     matches: { pattern, text in pattern.matches(text) }, into: &examples)
            guard rule.pattern.groupNumbers["outlet"] != nil else {
                throw item.fail("a credit pattern needs a named group (?<outlet>...)")
            }
            creditRules.append(CreditRule(rule: rule, lines: try LineWindow.read(entry["lines"])))
        }
    }

    /// The canonical name for an alias, if the registry knows it.
    public func canonical(_ alias: String) -> String? { canonicalByAlias[Self.fold(alias)] }

    /// Lower case, curly apostrophes straightened, runs of space folded.
    package static func fold(_ text: String) -> String {
        text.lowercased().straightApostrophes.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
