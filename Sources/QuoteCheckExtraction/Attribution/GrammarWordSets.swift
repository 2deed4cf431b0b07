import QuoteCheckText
import QuoteCheckRules

/// The rules' grammar words (rules/speakers.yaml `grammar`), hashed once for the sieve and the
/// readers it asks, one set a role.
struct GrammarWordSets: Sendable {
    /// In `GrammarRole.allCases` order.
    private let sets: [WordHashSet]

    init(_ grammar: [GrammarRole: Set<String>]) {
        sets = GrammarRole.allCases.map { WordHashSet(words: grammar[$0] ?? []) }
    }

    /// The words of `role`. (An array read, not a dictionary's hash: the readers ask per token.)
    @inline(__always)
    subscript(role: GrammarRole) -> WordHashSet { sets[role.position] }
}

extension GrammarRole {
    /// The role's place in `allCases`.
    fileprivate var position: Int {
        switch self {
        case .linking: 0
        case .coordinators: 1
        case .copulas: 2
        case .beForms: 3
        case .passiveMarkers: 4
        case .recipientCues: 5
        case .objectPrepositions: 6
        case .clauseStarts: 7
        case .modals: 8
        case .recipientPrepositions: 9
        case .thingRelatives: 10
        case .personRelatives: 11
        case .listJoiners: 12
        case .agentPrepositions: 13
        case .nominalAgentPrepositions: 14
        case .senderPrepositions: 15
        case .complementizers: 16
        case .perfectAuxiliaries: 17
        case .definiteArticles: 18
        case .frontedSubordinators: 19
        case .demonstratives: 20
        case .creditLinks: 21
        case .placePrepositions: 22
        case .relayParticiples: 23
        case .infinitiveMarkers: 24
        case .sourceLinks: 25
        case .speechNounLinks: 26
        case .questionCues: 27
        case .answerCues: 28
        case .absoluteOpeners: 29
        case .handlingParticiples: 30
        case .titleLinks: 31
        case .phrasePrepositions: 32
        case .relayedSpeechMarkers: 33
        case .peopleLinks: 34
        }
    }
}
