/// A person an article names in full ("Reince Priebus"), where attribution's registry of
/// people found the name: the cross-source check compares how articles spell one person.
public struct PersonMention: Sendable, Equatable {
    /// The full name as canonical text (titles stripped, curly apostrophes straightened).
    public let name: String
    /// Where the name stands in the article (UTF-8 bytes).
    public let bytes: Range<Int>
    /// The gender the first name tells by the rules' lexicon, if it knows the name: "Eric" and
    /// "Erica" are two people, not one name misspelt.
    public let firstNameGender: Gender?

    public init(name: String, bytes: Range<Int>, firstNameGender: Gender?) {
        self.name = name
        self.bytes = bytes
        self.firstNameGender = firstNameGender
    }
}
