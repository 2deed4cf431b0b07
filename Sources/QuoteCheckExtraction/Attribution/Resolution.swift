/// How a source phrase became speakers: the second half of a record's speaker rule
/// ("cue-after-quote/surname").
enum Resolution: Int, CaseIterable, Sendable {
    case unresolved, pronoun, pair, outlet, document, documentOwner, names, group, name, surname, role, epithet, organisation

    var text: String {
        switch self {
        case .unresolved: ""
        case .pronoun: "pronoun"
        case .pair: "pair"
        case .outlet: "outlet"
        case .document: "document"
        case .documentOwner: "document-owner"
        case .names: "names"
        case .group: "group"
        case .name: "name"
        case .surname: "surname"
        case .role: "role"
        case .epithet: "epithet"
        case .organisation: "organisation"
        }
    }
}
