/// Examples of the `checks` rules: a few quotes from made-up articles and the findings every
/// check together must raise on them (`check` or `check:severity`; an empty list for cases
/// that must stay silent).
enum CheckExample {
    struct Mention {
        let article: String
        let outlet: String?
        let date: String?
        let text: String
        let kind: QuoteKind
        let speakers: [String]
        let via: [String]
        let context: String?
        /// The speaker rule as records carry it ("clause-subject/name"): it sets the confidence.
        let rule: String?
    }

    static func read(_ node: RuleNode, kind: CheckKind) throws(RuleError) -> [RuleExample] {
        var examples: [RuleExample] = []
        for item in try node.list("'examples'") {
            let entry = try item.mapping(allowed: ["mentions", "findings"], required: ["mentions", "findings"],
                                         what: "an example")
            var mentions: [Mention] = []
            for mentionNode in try entry.list("mentions") {
                let fields = try mentionNode.mapping(
                    allowed: ["article", "outlet", "date", "text", "kind", "speakers", "via", "context", "rule"],
                    required: ["article", "text"], what: "a mention")
                let kindName = try fields.string("kind") ?? "direct"
                guard let quoteKind = QuoteKind(rawValue: kindName) else {
                    throw fields.required("kind").fail("unknown kind '\(kindName)'")
                }
                mentions.append(Mention(article: try fields.string("article")!, outlet: try fields.string("outlet"),
                                        date: try fields.string("date"), text: try fields.string("text")!,
                                        kind: quoteKind, speakers: try fields.strings("speakers"),
                                        via: try fields.strings("via"), context: try fields.string("context"),
                                        rule: try fields.string("rule")))
            }
            let expected = try entry.strings("findings")
            let given = mentions
            for name in expected {
                let parts = name.split(separator: ":").map(String.init)
                guard let id = parts.first, CheckKind(rawValue: id) != nil, parts.count <= 2,
                      parts.count == 1 || Severity(rawValue: parts[1]) != nil else {
                    throw entry.required("findings").fail("'\(name)' is not a check id, optionally with :severity")
                }
            }
            let summary = "\(kind.rawValue): \(given.count) mentions → \(expected)"
            examples.append(RuleExample(ruleID: kind.rawValue, location: item.location, summary: summary) { rules in
                let found: [CheckFinding]
                do {
                    found = try run(given, rules)
                } catch {
                    return "\(error)"
                }
                let got = found.map { "\($0.check.rawValue):\($0.severity.rawValue)" }.sorted()
                let want = expected.sorted()
                let matches = got.count == want.count && zip(got, want).allSatisfy { actual, wanted in
                    wanted.contains(":") ? actual == wanted : actual.hasPrefix(wanted + ":")
                }
                return matches ? nil : "expected findings \(want), got \(got): \(found.map(\.message))"
            })
        }
        if examples.isEmpty { throw node.fail("a check needs at least one example") }
        return examples
    }

    /// Builds one article per distinct `article` name and runs the whole check.
    static func run(_ mentions: [Mention], _ rules: RuleSet) throws(RuleError) -> [CheckFinding] {
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
