/// Reads the examples of the `checks` rules: a few quotes from made-up articles and the findings
/// every check together must raise on them (`check` or `check:severity`; an empty list for cases
/// that must stay silent).
enum CheckExampleReader {
    typealias Mention = RuleExample.CheckCase.Mention

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
            examples.append(RuleExample(ruleID: kind.rawValue, location: item.location, summary: summary,
                                        test: RuleExample.CheckCase(mentions: given, findings: expected)))
        }
        if examples.isEmpty { throw node.fail("a check needs at least one example") }
        return examples
    }
}
