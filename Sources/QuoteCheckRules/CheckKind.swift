/// The cross-source checks quotecheck knows. Each needs a definition (severity, message) in a
/// `checks` rule file; the placeholders its message may use are fixed here, in code.
public enum CheckKind: String, Sendable, CaseIterable {
    case speakerConflict = "speaker-conflict"
    case wordingDrift = "wording-drift"
    case truncatedQuote = "truncated-quote"
    case roleConflict = "role-conflict"
    case viaConflict = "via-conflict"
    case advanceText = "advance-text"
    case nameSpelling = "name-spelling"

    /// Placeholders the check fills in its message.
    public var placeholders: Set<String> {
        switch self {
        case .speakerConflict: ["quote", "speakers", "articles", "wording"]
        case .wordingDrift: ["quote", "speaker", "changes", "touches"]
        case .truncatedQuote: ["quote", "speaker", "missing", "outlet", "longer_outlet"]
        case .roleConflict: ["person", "roles", "dates"]
        case .viaConflict: ["quote", "speaker", "vias"]
        case .advanceText: ["quote", "speaker", "outlet", "delivered_outlet", "changes"]
        case .nameSpelling: ["variant", "name", "count", "support", "outlet"]
        }
    }

    /// Whether the definition may raise the severity for changes that touch meaning.
    var escalates: Bool { self == .wordingDrift }
}
