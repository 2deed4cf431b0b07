/// `speaker-conflict`: one statement credited to different speakers in different articles.
/// Mentions with no speaker found agree with every speaker and raise nothing.
struct SpeakerConflictCheck: CrossSourceCheck {
    let kind = CheckKind.speakerConflict

    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for statement in context.statements {
            let groups = classes(of: statement.mentions, key: { context.speakersNumber($0) },
                                 isKnown: { context.speakersNumber($0) != 0 }, limit: context.rules.compare.maxVariants,
                                 agree: { context.speakersAgree($0, $1) })
            guard let chosen = representatives(groups, context) else { continue }
            let labels = chosen.map { mention -> String in
                let source = context.outlet(mention) ?? context.article(mention).id
                return "\(SpeakerNames.label(context.speakers(mention))) (\(source))"
            }
            let articleCount = Set(statement.mentions.map { context.mentions[$0].article }).count
            let message = definition.message.render([
                "quote": CheckContext.excerpt(context.text(chosen[0])),
                "speakers": labels.joined(separator: " vs "),
                "articles": String(articleCount),
            ])
            findings.append(CheckFinding(check: kind, severity: definition.severity, message: message,
                                         evidence: chosen.map(context.evidence), statement: statement.index))
        }
        return findings
    }
}
