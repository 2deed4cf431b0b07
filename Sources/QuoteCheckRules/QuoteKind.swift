/// What a quoted span is, as the seed gold defines it.
public enum QuoteKind: String, Sendable, CaseIterable, Codable {
    /// Whole sentence(s) of speech.
    case direct
    /// A fragment woven into reported speech.
    case partial
    /// A quoted name of a thing or notion ("code of conduct"); still has a speaker when the sentence gives one.
    case term
    /// A quote inside a headline line (the title or a related-story headline); no speaker.
    case headline
}
