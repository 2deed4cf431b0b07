/// The sieve steps whose rule names carry a second part: how the speaker was resolved, or which
/// cue rule matched ("cue-after-quote/said").
enum SieveStep: Int, CaseIterable, Sendable {
    case cueAfterQuote, cueBeforeQuote, cueAfterInSentence, headline, dashCredit, dashIntroduction, colonSubject

    var text: String {
        switch self {
        case .cueAfterQuote: "cue-after-quote"
        case .cueBeforeQuote: "cue-before-quote"
        case .cueAfterInSentence: "cue-after-in-sentence"
        case .headline: "headline"
        case .dashCredit: "dash-credit"
        case .dashIntroduction: "dash-introduction"
        case .colonSubject: "colon-subject"
        }
    }
}

/// Every "step/part" rule name a record can carry, joined once when the rules are loaded: building
/// them per quote by interpolation was a tenth of the sieve's cost.
struct RuleNames: Sendable {
    private let speakerNames: [String]
    private let cueNames: [String]
    private let cueRuleCount: Int

    /// `cueRuleIDs` in the order of `CueFinder.Cue.ruleIndex`.
    init(cueRuleIDs: [String]) {
        cueRuleCount = cueRuleIDs.count
        speakerNames = SieveStep.allCases.flatMap { step in Resolution.allCases.map { "\(step.text)/\($0.text)" } }
        cueNames = SieveStep.allCases.flatMap { step in cueRuleIDs.map { "\(step.text)/\($0)" } }
    }

    func speaker(_ step: SieveStep, _ how: Resolution) -> String {
        speakerNames[step.rawValue * Resolution.allCases.count + how.rawValue]
    }

    func cue(_ step: SieveStep, _ cue: CueFinder.Cue) -> String {
        cueNames[step.rawValue * cueRuleCount + cue.ruleIndex]
    }
}
