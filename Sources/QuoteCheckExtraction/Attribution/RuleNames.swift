/// The sieve steps whose rule names carry a second part: how the speaker was resolved, or which
/// cue rule matched ("cue-after-quote/said").
enum SieveStep: Int, CaseIterable, Sendable {
    case cueAfterQuote, cueBeforeQuote, cueAfterInSentence, headline, dashCredit, dashIntroduction, colonSubject, verbAfterQuote, clauseSubject,
         possessor, headlineSubject, headlineCredit, creditAfter

    var text: String {
        switch self {
        case .cueAfterQuote: "cue-after-quote"
        case .cueBeforeQuote: "cue-before-quote"
        case .cueAfterInSentence: "cue-after-in-sentence"
        case .headline: "headline"
        case .dashCredit: "dash-credit"
        case .dashIntroduction: "dash-introduction"
        case .colonSubject: "colon-subject"
        case .verbAfterQuote: "verb-after-quote"
        case .clauseSubject: "clause-subject"
        case .possessor: "possessor"
        case .headlineSubject: "headline-subject"
        case .headlineCredit: "headline-credit"
        case .creditAfter: "credit-after"
        }
    }
}

/// The rule names that stand alone, without a second part (the raw value is the name).
enum PlainRule: String, CaseIterable, Sendable {
    case continuation, leadIn = "lead-in", statement, transcriptLabel = "transcript-label", headline,
         headlineColon = "headline/colon", dashCredit = "dash-credit", headlineLabel = "headline-label",
         headlineCredit = "headline-credit", creditAfter = "credit-after"
}

/// A rule name as its place in `RuleNames`: a number, so the sieve copies it without touching a
/// reference count.
struct RuleName: Equatable, Sendable {
    fileprivate let index: Int32

    /// The name of a rule that stands alone.
    init(_ rule: PlainRule) { index = Int32(PlainRule.allCases.firstIndex(of: rule)!) }
    fileprivate init(index: Int) { self.index = Int32(index) }
}

/// Every rule name a record can carry, joined once when the rules are loaded: building them per
/// quote by interpolation was a tenth of the sieve's cost.
struct RuleNames: Sendable {
    /// The plain names, then "step/how" for every step and resolution, then "step/cue rule".
    private let names: [String]
    /// The same names encoded as JSON strings, for the record writer.
    private let encodedNames: EncodedJSONTable
    /// The confidence each name gives a speaker, by the same index.
    private let confidences: [Confidence?]
    private let cueRuleCount: Int
    private let speakerStart = PlainRule.allCases.count
    private let cueStart: Int

    /// `cueRuleIDs` in the order of `CueFinder.Cue.ruleIndex`.
    init(cueRuleIDs: [String]) {
        cueRuleCount = cueRuleIDs.count
        let speakerNames = SieveStep.allCases.flatMap { step in Resolution.allCases.map { "\(step.text)/\($0.text)" } }
        cueStart = speakerStart + speakerNames.count
        names = PlainRule.allCases.map(\.rawValue) + speakerNames
            + SieveStep.allCases.flatMap { step in cueRuleIDs.map { "\(step.text)/\($0)" } }
        encodedNames = EncodedJSONTable(names)
        confidences = names.map { Confidence(speakerRule: $0) }
    }

    func speaker(_ step: SieveStep, _ how: Resolution) -> RuleName {
        RuleName(index: speakerStart + step.rawValue * Resolution.allCases.count + how.rawValue)
    }

    func cue(_ step: SieveStep, _ cue: CueFinder.Cue) -> RuleName {
        RuleName(index: cueStart + step.rawValue * cueRuleCount + cue.ruleIndex)
    }

    subscript(name: RuleName) -> String { names[Int(name.index)] }
    /// The confidence a speaker rule gives.
    func confidence(_ name: RuleName) -> Confidence? { confidences[Int(name.index)] }
    /// The name encoded as a JSON string: bytes valid while these names live.
    func encoded(_ name: RuleName) -> UnsafeBufferPointer<UInt8> { encodedNames[Int(name.index)] }
}
