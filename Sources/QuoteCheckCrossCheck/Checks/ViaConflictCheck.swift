import QuoteCheckText
import QuoteCheckRules

/// `via-conflict`: one statement credited to different intermediaries (one outlet has it from
/// Jiji Press, another from Kyodo). Informational: both may be true. Mentions that name no
/// intermediary raise nothing.
struct ViaConflictCheck: StatementCheck {
    let kind = CheckKind.viaConflict

    func findings(about statement: CheckContext.Statement, in context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding] {
        let groups = classes(of: statement.mentions, key: { context.viaNumber($0) },
                             isKnown: { context.viaNumber($0) != 0 }, limit: context.rules.compare.maxVariants,
                             agree: { Self.share(context.via($0), context.via($1)) })
        guard let chosen = representatives(groups, context) else { return [] }
        let speakers = chosen.map { context.speakers($0) }.first { !$0.isEmpty } ?? []
        let message = definition.message.render([
            "quote": CheckContext.excerpt(context.text(chosen[0])),
            "speaker": SpeakerNames.label(speakers),
            "vias": chosen.map { context.via($0).joined(separator: ", ") }.joined(separator: " vs "),
        ])
        return [CheckFinding(check: kind, severity: definition.severity, message: message,
                             evidence: chosen.map(context.evidence), statement: statement.index)]
    }

    static func share(_ a: [String], _ b: [String]) -> Bool {
        let lower = Set(a.map { $0.lowercased().straightApostrophes })
        return b.contains { lower.contains($0.lowercased().straightApostrophes) }
    }
}
