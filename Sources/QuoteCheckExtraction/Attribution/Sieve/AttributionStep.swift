import QuoteCheckText
import QuoteCheckRules

/// One step of the body sieve: it decides a quote's attribution or leaves it to the next step.
/// The steps run in the order rules/speakers.yaml `sieve` gives; the first that decides wins.
protocol AttributionStep: Sendable {
    /// Decides `attribution` for the quote at `site` in `sentence` and returns true, or leaves it
    /// as it is and returns false. `attribution` holds what the steps before left: no speaker
    /// and no cue. (The sentence's cues and the resolver's context come as parameters of their
    /// own: held in `SentenceSite`, they would be retained for every quote.)
    func decide(_ site: inout QuoteSite, in sentence: SentenceSite, cues: [Attributor.ResolvedCue],
                context: SpeakerResolver.Context, _ attribution: inout Attribution, by attributor: Attributor) -> Bool
}

/// What a sieve step reads of a quote's sentence and of the article before it, besides its cues
/// and the resolver's context. Plain values only, so it costs nothing to make for each quote.
struct SentenceSite {
    let tokens: Tokens
    let range: Range<Int>
    /// The article's quotes, which the sentence's quote tokens index.
    let quotes: [FoundQuote]
    /// The intermediaries the sentence's cues name.
    let via: NameList
    /// The paragraph's count in the article's body.
    let paragraph: Int
    /// The paragraph's speaker label ("Mao Ning: …"), if it opens with one.
    let label: (colon: Int, speaker: ResolvedSource?)?
    /// A lead-in the sentence before ended with ("Caddell continued:").
    let leadIn: Attributor.Remembered?
    /// A lead-in that ended the paragraph before ("Wynn wrote:").
    let blockLead: Attributor.Remembered?
}

/// The quote a sieve step decides: where it stands, and who spoke last before it.
struct QuoteSite {
    /// The quote's token in the sentence's tokens, and the quote.
    var position: Int
    var quote: FoundQuote
    /// The last speaker.
    var lastEvent: Attributor.Remembered?
    /// The sentence's last comma, found once when a quote first asks (the cues step's cache).
    var lastComma: Int??
}

extension SieveStepName {
    /// The step that this name stands for.
    var step: any AttributionStep {
        switch self {
        case .dashCredit: DashCreditStep()
        case .dashColonCredit: DashColonCreditStep()
        case .cues: CueStep()
        case .verbAfterQuote: VerbAfterQuoteStep()
        case .transcriptLabel: TranscriptLabelStep()
        case .namedColon: NamedColonStep()
        case .colonSubject: ColonSubjectStep()
        case .speakerLabel: SpeakerLabelStep()
        case .leadIn: LeadInStep()
        case .clauseSubject: ClauseSubjectStep()
        case .blockLeadIn: BlockLeadInStep()
        case .continuation: ContinuationStep()
        }
    }
}
