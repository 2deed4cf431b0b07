import QuoteCheckText
import QuoteCheckRules

/// The roles a definite description refers back by ("Mayor Ann Ruiz … the mayor said"), each
/// with its forms ("senator", "sen."): a word's hash gives the hash of its role's name, so
/// "Sen. Bernie Sanders" and "the senator" meet (rules/speakers.yaml `roles`).
struct RoleTitles: Sendable {
    private let roles: HashTable<UInt64>
    private let prefixes: WordHashSet
    private let epithets: WordHashSet
    private let titleLinks: WordHashSet
    /// Roles (by their name's hash) always held in some body (`body_roles`).
    private let bodyRoles: WordHashSet

    init(rules: SpeakerRules) {
        var roles = HashTable<UInt64>(capacity: 64)
        for forms in rules.roles {
            guard let name = forms.first else { continue }
            let role = WordHash.hash(name)
            for form in forms { roles.update(WordHash.hash(form)) { $0 = role } }
        }
        self.roles = roles
        prefixes = WordHashSet(rules.rolePrefixes.map { WordHash.hash($0) })
        epithets = WordHashSet(rules.epithets.map { WordHash.hash($0) })
        titleLinks = WordHashSet(words: rules.grammar[.titleLinks] ?? [])
        // (By the role's name: "spokeswoman" is a role of its own, listed in its own right.)
        bodyRoles = WordHashSet(rules.bodyRoles.compactMap { roles[WordHash.hash($0)] })
    }

    /// The role a word names, if it names one.
    func role(_ hash: UInt64) -> UInt64? { roles[hash] }
    /// Does the word make the role after it another ("Vice President", "deputy mayor")?
    func isPrefix(_ hash: UInt64) -> Bool { prefixes.contains(hash) }
    /// Is the word a description an article gives its own subject ("candidate", "billionaire")?
    func isEpithet(_ hash: UInt64) -> Bool { epithets.contains(hash) }
    /// Is the role (its name's hash) always held in some body, so that a body named before it
    /// does not set it apart ("District Judge Amy Cole" is "the judge")?
    func isBodyRole(_ role: UInt64) -> Bool { bodyRoles.contains(role) }
    /// Does the word join two parts of one title ("Secretary of State"; grammar `title_links`)?
    func isTitleLink(_ hash: UInt64) -> Bool { titleLinks.contains(hash) }
}
