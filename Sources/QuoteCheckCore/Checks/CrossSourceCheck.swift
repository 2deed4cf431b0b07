/// A check over the grouped statements of many articles.
protocol CrossSourceCheck {
    var kind: CheckKind { get }
    /// The findings of this check, with severities and messages from `definition`.
    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding]
}

extension CrossSourceCheck {
    /// Splits mentions into classes whose labels agree (`agree`), keeping each class's mentions
    /// in input order; mentions with nothing to compare (`isKnown` false) stay out.
    func classes(of mentions: [Int], isKnown: (Int) -> Bool, agree: (Int, Int) -> Bool) -> [[Int]] {
        var classes: [[Int]] = []
        for mention in mentions where isKnown(mention) {
            if let index = classes.firstIndex(where: { agree($0[0], mention) }) {
                classes[index].append(mention)
            } else {
                classes.append([mention])
            }
        }
        return classes
    }

    /// One mention per class, each from an article not used before where possible; nil when
    /// all the classes live in a single article (an article contradicting itself is not a
    /// cross-source finding).
    func representatives(_ classes: [[Int]], _ context: CheckContext) -> [Int]? {
        guard classes.count >= 2 else { return nil }
        var chosen: [Int] = []
        var usedArticles = Set<Int>()
        for members in classes {
            let pick = members.first { !usedArticles.contains(context.mentions[$0].article) } ?? members[0]
            chosen.append(pick)
            usedArticles.insert(context.mentions[pick].article)
        }
        return usedArticles.count >= 2 ? chosen : nil
    }
}
