import Matcher

/// A rule whose pattern hit PCRE2's match limit during a run. Each such call counted as no
/// match, so the run's results are not what the rule says: the run ends with one warning per
/// rule, naming it, where it first hit and how often.
public struct RuleLimitHit: Sendable, CustomStringConvertible {
    public let rule: PatternRule
    /// How many calls hit the limit.
    public let count: Int

    /// `PLACE: warning: …`, the place being where the first hit was (`a.txt:3:1`), when known.
    public var description: String {
        let times = count == 1 ? "once" : "\(count) times"
        return "\(rule.pattern.firstLimitHitPlace ?? "quotecheck"): warning: rule '\(rule.id)' (\(rule.what) at \(rule.location)) "
            + "hit PCRE2's match limit \(times) in this run; each of those counted as no match, so results may differ from what the rule says"
    }
}

extension RuleSet {
    /// Every rule that is a PCRE2 pattern, of every kind.
    public var patternRules: [PatternRule] {
        apostrophes.rules + boilerplate.rules + outlets.creditRules.map(\.rule) + dates.patterns
            + occasions.venues + occasions.media.map(\.rule) + occasions.advance + occasions.repetition
            + occasions.pastTimes.map(\.rule)
    }

    /// The rules whose patterns have hit the match limit since they were loaded.
    public var limitHits: [RuleLimitHit] {
        patternRules.compactMap { rule in
            rule.pattern.limitHits > 0 ? RuleLimitHit(rule: rule, count: rule.pattern.limitHits) : nil
        }
    }
}
