import QuoteCheckText
import QuoteCheckRules

/// `via-conflict`: one statement credited to different intermediaries (one outlet has it from
/// Jiji Press, another from Kyodo). Informational: both may be true. Mentions that name no
/// intermediary raise nothing.
struct ViaConflictCheck: CrossSourceCheck {
    let kind = CheckKind.viaConflict

    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for statement in context.statements {
            let groups = classes(of: statement.mentions, key: { context.viaNumber($0) },
                                 isKnown: { context.viaNumber($0) != 0 }, limit: context.rules.compare.maxVariants,
                                 agree: { Self.share(context.via($0), context.via($1)) })
            guard let chosen = representatives(groups, context) else { continue }
            let speakers = chosen.map { context.speakers($0) }.first { !$0.isEmpty } ?? []
            let message = definition.message.render([
                "quote": CheckContext.excerpt(context.text(chosen[0])),
                "speaker": SpeakerNames.label(speakers),
                "vias": chosen.map { context.via($0).joined(separator: ", ") }.joined(separator: " vs "),
            ])
            findings.append(CheckFinding(check: kind, severity: definition.severity, message: message,
                                         evidence: chosen.map(context.evidence), statement: statement.index))
        }
        return findings
    }

    static func share(_ a: [String], _ b: [String]) -> Bool {
        let lower = Set(a.map { $0.lowercased().straightApostrophes })
        return b.contains { lower.contains($0.lowercased().straightApostrophes) }
    }
}
