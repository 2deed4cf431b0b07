/// Who said a quote, with which words, through whom, and which rules decided.
public struct Attribution: Sendable, Equatable {
    public var speakers: [String] = []
    public var cue: String? = nil
    public var via: [String] = []
    public var speakerRule: String? = nil
    public var cueRule: String? = nil
    public init() {}
}

/// A source phrase resolved: the speakers it names and the intermediaries it reveals.
struct Source: Sendable, Equatable {
    var speakers: [String] = []
    var via: [String] = []
    /// True when every speaker is a person (not a group, place or outlet): pronouns and "the two" refer to these.
    var isPerson = false
    /// The phrase names an outlet or a document (an intermediary), so a better speaker may be found elsewhere.
    var isIntermediary = false
    /// How it was resolved, for the record's `rule` field.
    var how: Resolution = .unresolved
}
