import QuoteCheckExtraction

/// One spelling of a person's full name as an article gives it: the first place it stands,
/// and how often the article writes it so. `name-spelling` compares spellings across articles.
public struct NamedPerson: Sendable, Equatable {
    public let name: String
    /// The gender the first name tells, if the rules' lexicon knows the name.
    public let firstNameGender: Gender?
    /// Where the first use of this spelling stands.
    public let position: TextPosition
    /// How many times the article writes the name this way.
    public let uses: Int
    /// A person's name, or an organisation's (whose last word is the organisation word).
    public let kind: PersonMention.Kind
    /// The first use stands in the article's own prose: not its first line (the title, often
    /// in Title Case, where every word is capitalised) nor a line of embedded markup
    /// ("<tweet …>", a post the article reproduces as it was written).
    public let prose: Bool

    public init(name: String, firstNameGender: Gender?, position: TextPosition, uses: Int, kind: PersonMention.Kind = .person,
                prose: Bool = true) {
        self.name = name
        self.firstNameGender = firstNameGender
        self.position = position
        self.uses = uses
        self.kind = kind
        self.prose = prose
    }
}
