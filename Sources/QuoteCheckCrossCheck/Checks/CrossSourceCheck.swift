import QuoteCheckRules

/// A check over the grouped statements of many articles.
protocol CrossSourceCheck {
    var kind: CheckKind { get }
    /// The findings of this check, with severities and messages from `definition`.
    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding]
}

/// A check that reads each statement on its own, in order.
protocol StatementCheck: CrossSourceCheck {
    func findings(about statement: CheckContext.Statement, in context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding]
}

extension StatementCheck {
    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        context.statements.flatMap { findings(about: $0, in: context, definition: definition) }
    }
}

/// A check that reads each comparison of two wordings on its own, in order.
protocol ComparisonCheck: CrossSourceCheck {
    func findings(in comparison: VariantComparison, context: CheckContext,
                  definition: CheckRules.Definition) -> [CheckFinding]
}

extension ComparisonCheck {
    func findings(in context: CheckContext, comparisons: [VariantComparison],
                  definition: CheckRules.Definition) -> [CheckFinding] {
        comparisons.flatMap { findings(in: $0, context: context, definition: definition) }
    }
}

extension CrossSourceCheck {
    /// Splits mentions into classes whose labels agree (`agree`), keeping each class's mentions
    /// in input order; mentions with nothing to compare (`isKnown` false) stay out.
    func classes<Key: Hashable>(of mentions: [Int], key: (Int) -> Key, isKnown: (Int) -> Bool, limit: Int,
                                agree: (Int, Int) -> Bool) -> [[Int]] {
        // Mentions with the same key (the same speakers, the same via) agree without asking:
        // `agree` runs once per distinct key, not once per mention, so a statement reprinted by
        // hundreds of outlets costs no more than one carried by two.
        var classOfKey: [Key: Int] = [:]
        var classes: [[Int]] = []
        for mention in mentions where isKnown(mention) {
            let value = key(mention)
            if let index = classOfKey[value] {
                classes[index].append(mention)
            } else if let index = classes.firstIndex(where: { agree($0[0], mention) }) {
                classes[index].append(mention)
                classOfKey[value] = index
            } else if classes.count >= limit {
                continue  // enough variants to show; more would only make the finding unreadable
            } else {
                classes.append([mention])
                classOfKey[value] = classes.count - 1
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
