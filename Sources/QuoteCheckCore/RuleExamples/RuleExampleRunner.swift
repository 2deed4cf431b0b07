import Matcher
import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckCrossCheck

/// Runs the rules' examples. It sits above every stage an example may need (the quote finder,
/// attribution, dates, titles, comparison, the check), which the rules themselves come before.
public enum RuleExampleRunner {
    /// Runs `example` against `rules`; returns a failure message, or nil when the example holds.
    public static func run(_ example: RuleExample, rules: RuleSet) -> String? {
        switch example.test {
        case let test as RuleExample.RulesCase: test.run(rules)
        case let test as RuleExample.QuotesCase: quotes(test, rules)
        case let test as RuleExample.AttributionCase: attribution(test, rules)
        case let test as RuleExample.DateCase: date(test, rules)
        case let test as RuleExample.RolesCase: roles(test, rules)
        case let test as RuleExample.CompareCase: compare(test, rules)
        case let test as RuleExample.CheckCase: check(test, rules)
        default: "no runner for examples of \(type(of: example.test))"
        }
    }

    /// Runs every example of `rules`; returns the failures as `file:line:column: rule: message`.
    /// An example during which a pattern hit PCRE2's match limit fails whatever it found: the
    /// hit counted as no match, so the example proves nothing.
    public static func failures(of rules: RuleSet) -> [String] {
        rules.examples.compactMap { example in
            let origin = MatchOrigin { _, _ in example.location.description }
            let failure = origin.bind { run(example, rules: rules) }
            if origin.limitHits > 0, let pattern = origin.firstLimitPattern {
                return "\(example.location): \(example.ruleID): /\(pattern)/ hit PCRE2's match limit on "
                    + "\(example.summary.debugDescription) (a hit counts as no match, so the example proves nothing)"
            }
            return failure.map { "\(example.location): \(example.ruleID): \($0)" }
        }
    }

    private static func quotes(_ example: RuleExample.QuotesCase, _ rules: RuleSet) -> String? {
        let text = example.text
        let found = QuoteFinder(rules: rules).find(in: Article(id: "example", text: text))
        let texts = found.map { $0.text(in: Array(text.utf8)) }
        if let failure = RuleExample.expect(texts, example.quotes, "quotes in \(text.debugDescription)") {
            return failure
        }
        if !example.kinds.isEmpty {
            return RuleExample.expect(found.map(\.kind.rawValue), example.kinds, "kinds in \(text.debugDescription)")
        }
        return nil
    }

    private static func attribution(_ example: RuleExample.AttributionCase, _ rules: RuleSet) -> String? {
        let records = Extractor(rules: rules).extract(Article(id: "example", text: example.text, outlet: example.publishedBy))
        guard let record = example.quote.map({ wanted in records.first { $0.text == wanted } }) ?? records.first else {
            return "no quote \(example.quote.map { "'\($0)' " } ?? "")found in \(example.text.debugDescription)"
        }
        var problems: [String] = []
        if record.speakers.sorted() != example.speakers.sorted() {  // order carries no meaning (the scorer sorts too)
            problems.append("speakers \(record.speakers), expected \(example.speakers)") }
        if let cue = example.cue, record.cue != cue { problems.append("cue \(record.cue ?? "null"), expected \(cue)") }
        if let via = example.via, record.via != via { problems.append("via \(record.via), expected \(via)") }
        if let outlet = example.outlet, record.outlet != outlet {
            problems.append("outlet \(record.outlet ?? "null"), expected \(outlet)") }
        // The same quote under changed rules, when it is still found.
        func rerun(_ changed: RuleSet) -> QuoteRecord? {
            Extractor(rules: changed).extract(Article(id: "example", text: example.text, outlet: example.publishedBy))
                .first { $0.start == record.start && $0.end == record.end }
        }
        if let step = example.decidedBy {
            // The step decides when the quote fares otherwise without it.
            if let other = rerun(rules.withoutSieveStep(step)), other.speakers == record.speakers, other.speakerRule == record.speakerRule {
                problems.append("step '\(step.rawValue)' decides nothing here: without it the quote still gets \(other.speakers) by \(other.speakerRule ?? "no rule")")
            }
        }
        if let limit = example.limit {
            // The limit is what lets the quote through when, at its tightest, the quote fares otherwise.
            if let other = rerun(rules.tightening(limit)), other.speakers == record.speakers, other.speakerRule == record.speakerRule,
               other.cue == record.cue, other.via == record.via {
                problems.append("\(limit) decides nothing here: at its tightest the quote still gets \(other.speakers) by \(other.speakerRule ?? "no rule")")
            }
        }
        return problems.isEmpty ? nil : "'\(record.text)': " + problems.joined(separator: "; ")
    }

    private static func date(_ example: RuleExample.DateCase, _ rules: RuleSet) -> String? {
        let found = DateFinder(rules: rules.dates).date(of: Article(id: "example", text: example.text))
        return RuleExample.expect(found?.iso ?? "none", example.date, "date of \(example.text.debugDescription)")
    }

    private static func roles(_ example: RuleExample.RolesCase, _ rules: RuleSet) -> String? {
        let found = TitleFinder(rules: rules).titles(of: [example.person], in: Array(example.text.utf8))
        var roles: [String] = []
        for title in found where !roles.contains(title.rank) { roles.append(title.rank) }
        return RuleExample.expect(roles, example.roles, "roles of \(example.person) in \(example.text.debugDescription)")
    }

    private static func compare(_ example: RuleExample.CompareCase, _ rules: RuleSet) -> String? {
        let words = example.texts.map { QuoteWords(text: $0, rules: rules.compare).hashes }
        let result = StatementGrouper(rules: rules.compare).group(words)
        let found = result.variants.count == 1 ? "same" : result.statements.count == 1 ? "grouped" : "apart"
        return RuleExample.expect(found, example.expect, "\(example.texts.map(\.debugDescription).joined(separator: " and "))")
    }

    private static func check(_ example: RuleExample.CheckCase, _ rules: RuleSet) -> String? {
        let found: [CheckFinding]
        do {
            found = try findings(example.mentions, rules)
        } catch {
            return "\(error)"
        }
        let got = found.map { "\($0.check.rawValue):\($0.severity.rawValue)" }.sorted()
        let want = example.findings.sorted()
        let matches = got.count == want.count && zip(got, want).allSatisfy { actual, wanted in
            wanted.contains(":") ? actual == wanted : actual.hasPrefix(wanted + ":")
        }
        return matches ? nil : "expected findings \(want), got \(got): \(found.map(\.message))"
    }

    /// Builds one article per distinct `article` name and runs the whole check.
    static func findings(_ mentions: [RuleExample.CheckCase.Mention], _ rules: RuleSet) throws(RuleError) -> [CheckFinding] {
        let checker = try CrossChecker(rules: rules)
        var names: [String] = []
        for mention in mentions where !names.contains(mention.article) { names.append(mention.article) }
        let analyses = names.map { name -> ArticleAnalysis in
            let own = mentions.filter { $0.article == name }
            let text = own.compactMap(\.context).joined(separator: "\n")
            let article = Article(id: name, text: text, outlet: own.first?.outlet, date: own.first?.date)
            let records = own.enumerated().map { index, mention in
                QuoteRecord(article: name, start: 0, end: mention.text.unicodeScalars.count, text: mention.text,
                            kind: mention.kind, speakers: mention.speakers, via: mention.via, line: index + 1, column: 1,
                            speakerRule: mention.rule)
            }
            return checker.analyse(article, records: records, people: checker.people(of: article))
        }
        return checker.check(analyses).findings
    }
}

extension RuleSet {
    /// Runs every example; returns the failures as `file:line:column: rule: message`.
    public func runExamples() -> [String] { RuleExampleRunner.failures(of: self) }
}

extension RuleExample {
    /// Runs the example against `rules`; returns a failure message, or nil when it holds.
    public func check(_ rules: RuleSet) -> String? { RuleExampleRunner.run(self, rules: rules) }
}
