import QuoteCheckText
import QuoteCheckRules

/// `role-conflict`: one person given two titles that cannot both hold at the articles' dates
/// (roles of one group in the rules, such as "Defence Minister" and "Foreign Minister", or a
/// role and its deputy's, "Vice Foreign Minister", in articles at most `window_days` apart).
/// Titles from one article always count as the same date; titles from articles whose dates are
/// unknown are not compared.
struct RoleConflictCheck: CrossSourceCheck {
    let kind = CheckKind.roleConflict

    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        var byPerson: [String: [ArticleItem]] = [:]
        var people: [String] = []
        for (articleIndex, article) in context.articles.enumerated() {
            for (titleIndex, title) in article.titles.enumerated() {
                let key = title.person.lowercased().straightApostrophes
                if byPerson[key] == nil { people.append(key) }
                byPerson[key, default: []].append(ArticleItem(article: articleIndex, index: titleIndex))
            }
        }
        let window = context.rules.roles.windowDays
        var findings: [CheckFinding] = []
        for person in people {
            let given = byPerson[person]!
            var reported = Set<[String]>()
            for (index, first) in given.enumerated() {
                let titleA = context.articles[first.article].titles[first.index]
                for second in given[(index + 1)...] {
                    let titleB = context.articles[second.article].titles[second.index]
                    guard excludeEachOther(titleA, titleB) else { continue }
                    let pairKey = [titleA.rank, titleB.rank].sorted()
                    guard !reported.contains(pairKey), sameTime(first.article, second.article, window, context) else { continue }
                    reported.insert(pairKey)
                    let dates = [first.article, second.article].map { context.articles[$0].date?.iso ?? "same article" }
                    let message = definition.message.render([
                        "person": titleA.person,
                        "roles": "“\(titleA.title)” and “\(titleB.title)”",
                        "dates": dates[0] == dates[1] ? dates[0] : dates.joined(separator: " and "),
                    ])
                    findings.append(CheckFinding(check: kind, severity: definition.severity, message: message,
                                                 evidence: [evidence(first, context), evidence(second, context)]))
                }
            }
        }
        return findings
    }

    /// Two roles of one group, or a role and its deputy's. A deputy may hold another office
    /// as well ("Deputy Prime Minister and Foreign Minister"), so a deputy's title excludes
    /// only the office it deputises.
    private func excludeEachOther(_ a: TitleMention, _ b: TitleMention) -> Bool {
        guard a.group == b.group else { return false }
        return a.deputy || b.deputy ? a.role == b.role && a.deputy != b.deputy : a.role != b.role
    }

    private func sameTime(_ a: Int, _ b: Int, _ window: Int, _ context: CheckContext) -> Bool {
        if a == b { return true }
        guard let dateA = context.articles[a].date, let dateB = context.articles[b].date else { return false }
        return abs(dateA.day - dateB.day) <= window
    }

    /// The evidence of a title given to a person.
    private func evidence(_ given: ArticleItem, _ context: CheckContext) -> Evidence {
        let title = context.articles[given.article].titles[given.index]
        return context.nameEvidence(given, position: context.articles[given.article].titlePositions[given.index], text: title.text,
                                    person: title.person, context: context.corpus.titleContext(article: given.article, index: given.index))
    }
}
