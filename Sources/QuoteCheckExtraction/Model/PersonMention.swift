/// A person an article names in full ("Reince Priebus"), or an organisation it names by a run of
/// capitalised words ending in an organisation word ("Quinnipiac University"), where
/// attribution's registry of people found the name: the cross-source check compares how
/// articles spell one name.
public struct PersonMention: Sendable, Equatable {
    /// A person, or an organisation (whose last word is the organisation word: "University").
    public enum Kind: Sendable, Equatable { case person, organisation }

    /// The full name as canonical text (titles stripped, apostrophes as printed).
    public let name: String
    /// Where the name stands in the article (UTF-8 bytes).
    public let bytes: Range<Int>
    /// The gender the first name tells by the rules' lexicon, if it knows the name: "Eric" and
    /// "Erica" are two people, not one name misspelt.
    public let firstNameGender: Gender?
    public let kind: Kind

    public init(name: String, bytes: Range<Int>, firstNameGender: Gender?, kind: Kind = .person) {
        self.name = name
        self.bytes = bytes
        self.firstNameGender = firstNameGender
        self.kind = kind
    }
}
