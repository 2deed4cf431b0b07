/// What the lexicons say a word can be; one word may be several things. The speaker and cue
/// lexicons (rules/speakers.yaml, rules/cues.yaml) and the headline word lists
/// (rules/headlines.yaml) are one table, read once a token by the lexer.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64
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

    // The headline word lists (rules/headlines.yaml).
    /// A word that ends a kicker ("Xi Focus:", "Xinhua Commentary:").
    static let kickerWord = WordClass(rawValue: 1 << 25)
    /// "UN chief on floods: '…'": the preposition before a leading credit's topic.
    static let topicPreposition = WordClass(rawValue: 1 << 26)
    /// A word after a leading colon that makes the phrase before it a topic ("Lee: Why …").
    static let topicOpener = WordClass(rawValue: 1 << 27)
    /// "…: Chinese envoy to Russia": the link between a credit's head and a name.
    static let affiliationLink = WordClass(rawValue: 1 << 28)
    /// "'Spate' of thefts": a preposition after an opening quote that makes it run on.
    static let predicatePreposition = WordClass(rawValue: 1 << 29)
    /// "…, says trucker": a verb that may stand before its subject at a headline's end.
    static let invertingVerb = WordClass(rawValue: 1 << 30)
    /// "Ep.", "Part": a word before a series' number.
    static let episodeWord = WordClass(rawValue: 1 << 31)
    /// "…, MPs told": a verb whose subject was spoken to.
    static let addresseeVerb = WordClass(rawValue: 1 << 32)
    /// A punctuation token that is one of rules/marks.yaml `dashes` ("―", "—", "–").
    static let dash = WordClass(rawValue: 1 << 33)
    /// A person's age ("52-year-old": a number joined to one of rules/speakers.yaml
    /// `age_endings`), set by the tokenizer from the word's shape.
    static let ageWord = WordClass(rawValue: 1 << 34)
    /// A title's regular plural ("FMs", "ministers", "defense chiefs"): one holder of the office
    /// for each of the places listed before it ("Chinese, Pakistani FMs").
    static let pluralTitle = WordClass(rawValue: 1 << 35)

    /// The headline word lists' classes: a word in them alone is still one the speaker and cue
    /// lexicons do not know ("analysis" reads as a plural there, a kicker word here).
    static let headlineRoles: WordClass = [.kickerWord, .topicPreposition, .topicOpener, .affiliationLink, .predicatePreposition,
                                           .invertingVerb, .episodeWord, .addresseeVerb]
    /// The classes that leave a word unlisted (`Token.isUnlisted`): the headline roles, and a
    /// class made from a listed word's form rather than listed itself.
    static let unlisting: WordClass = headlineRoles.union(.pluralTitle)
}
