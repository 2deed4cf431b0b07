import QuoteCheckText

/// The title lexicon: offices a person can hold, grouped so that the roles of one group cannot
/// be held by one person at the same time (a defence minister is not also the foreign minister),
/// the titles that name each role, the words that cancel a title ("former", "shadow") and the
/// words that make it a deputy's ("vice", "deputy").
public struct RoleRules: Sendable {
    public struct Role: Sendable {
        public let id: String
        /// Roles of one group exclude each other.
        public let group: String
        /// Each title as lower-cased words ("defence minister", "secretary of state").
        public let titles: [[String]]
    }

    public private(set) var roles: [Role] = []
    /// Each role's titles as written; split into words after each file is added (`finish`), by the
    /// apostrophes the rules name, so that a title is read as article text is.
    private var writtenTitles: [[String]] = []
    /// Words just before a title that mean the person does not hold it now ("former", "shadow").
    public private(set) var blockersBefore: Set<String> = []
    /// Words just before a title that make its holder the office's deputy ("Vice Foreign
    /// Minister"): a deputy does not hold the office, and is not its holder on the same day.
    public private(set) var deputyWords: Set<String> = []
    /// Words that rank a deputy, before the deputy word ("First Vice Foreign Minister").
    public private(set) var deputyRanks: Set<String> = []
    /// Words just after a title that do the same ("elect" in "president-elect").
    public private(set) var blockersAfter: Set<String> = []
    /// Words that may stand between an appositive's comma and its title ("Liang, the defence minister").
    public private(set) var connectors: Set<String> = []
    /// Small words an appositive title may run on through before its closing comma ("the mayor
    /// of Hull,"); a title followed by any other lower-case word is the next clause's subject.
    public private(set) var appositiveLinks: Set<String> = []
    /// Two titles conflict when their articles are at most this many days apart.
    public private(set) var windowDays = 0

    static let keys: Set<String> = ["groups", "blockers_before", "blockers_after", "connectors", "appositive_links", "window_days",
                                    "deputy_words", "deputy_ranks", "examples"]

    public init() {}

    /// Splits the titles with the rules' apostrophes (again after each file: one may name more).
    mutating func finish(apostrophes: ScalarSet) {
        roles = zip(roles, writtenTitles).map { role, written in
            Role(id: role.id, group: role.group, titles: written.map { TitleLexer.words(of: $0, apostrophes: apostrophes) })
        }
    }

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        blockersBefore.formUnion(try file.lowercasedStrings("blockers_before"))
        blockersAfter.formUnion(try file.lowercasedStrings("blockers_after"))
        deputyWords.formUnion(try file.lowercasedStrings("deputy_words"))
        deputyRanks.formUnion(try file.lowercasedStrings("deputy_ranks"))
        connectors.formUnion(try file.lowercasedStrings("connectors"))
        appositiveLinks.formUnion(try file.lowercasedStrings("appositive_links"))
        windowDays = try file.int("window_days", atLeast: 0) ?? windowDays
        var known = Set(roles.map(\.id))
        for groupNode in try file.list("groups") {
            let group = try groupNode.mapping(allowed: ["id", "description", "roles"], required: ["id", "roles"],
                                              what: "a role group")
            let groupID = try group.string("id")!
            for roleNode in try group.list("roles") {
                let entry = try roleNode.mapping(allowed: ["id", "titles"], required: ["id", "titles"], what: "a role")
                let id = try entry.string("id")!
                guard known.insert(id).inserted else { throw entry.required("id").fail("the role '\(id)' is defined twice") }
                let written = try entry.strings("titles")
                // (Apostrophes only join words: a title with words has them whichever marks join.)
                let titles = written.map { TitleLexer.words(of: $0, apostrophes: ScalarSet()) }
                if titles.isEmpty || titles.contains(where: \.isEmpty) {
                    throw entry.required("titles").fail("a role needs titles, each with at least one word")
                }
                roles.append(Role(id: id, group: groupID, titles: titles))
                writtenTitles.append(written)
            }
        }
        if let node = file["examples"] {
            for item in try node.list("'examples'") {
                let entry = try item.mapping(allowed: ["text", "person", "roles"], required: ["text", "person", "roles"],
                                             what: "an example")
                let text = try entry.string("text")!
                let person = try entry.string("person")!
                let expected = try entry.strings("roles")
                examples.append(RuleExample(ruleID: "roles", location: item.location, summary: text,
                                            test: RuleExample.RolesCase(text: text, person: person, roles: expected)))
            }
        }
    }
}
