/// What the lexicons say a word can be; one word may be several things.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let title = WordClass(rawValue: 1 << 0)
    static let nationality = WordClass(rawValue: 1 << 1)
    static let groupNoun = WordClass(rawValue: 1 << 2)
    static let personNoun = WordClass(rawValue: 1 << 3)
    static let singularPronoun = WordClass(rawValue: 1 << 4)
    static let pluralPronoun = WordClass(rawValue: 1 << 5)
    static let documentNoun = WordClass(rawValue: 1 << 6)
    static let skipBeforeCue = WordClass(rawValue: 1 << 7)
    static let functionWord = WordClass(rawValue: 1 << 8)
    static let organisationWord = WordClass(rawValue: 1 << 9)
    static let modifier = WordClass(rawValue: 1 << 10)
    static let determiner = WordClass(rawValue: 1 << 11)
    static let outletDescriptor = WordClass(rawValue: 1 << 12)
    static let nameParticle = WordClass(rawValue: 1 << 13)
    static let cueStart = WordClass(rawValue: 1 << 14)
    static let pairWord = WordClass(rawValue: 1 << 15)
    /// First word of a verb cue ("said"), as opposed to a nominal or phrase cue.
    static let verbCueStart = WordClass(rawValue: 1 << 16)
    static let clauseOpener = WordClass(rawValue: 1 << 17)
    static let quantifierSubject = WordClass(rawValue: 1 << 18)
    static let timePreposition = WordClass(rawValue: 1 << 19)
    static let timeWord = WordClass(rawValue: 1 << 20)
    static let relativePronoun = WordClass(rawValue: 1 << 21)
    /// A noun that reports speech on its own (rules/cues.yaml `nominal`): "claim", "remarks".
    static let nominalCue = WordClass(rawValue: 1 << 22)
    /// The writer's own pronoun ("I", "we"): someone the article does not name.
    static let firstPersonPronoun = WordClass(rawValue: 1 << 23)
    /// "his", "her", "their": the owner of the noun after it.
    static let possessivePronoun = WordClass(rawValue: 1 << 24)
}
