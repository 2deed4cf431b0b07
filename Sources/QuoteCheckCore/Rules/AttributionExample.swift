/// An example that runs the whole extraction over a short text and checks the attribution of
/// one of its quotes (the one whose text is `quote`, or the first).
enum AttributionExample {
    static func read(_ node: RuleNode, ruleID: String) throws(RuleError) -> [RuleExample] {
        var examples: [RuleExample] = []
        for item in try node.list("'examples'") {
            let entry = try item.mapping(allowed: ["text", "quote", "speakers", "cue", "via", "outlet"],
                                         required: ["text", "speakers"], what: "an attribution example")
            let text = try entry.string("text")!
            let quote = try entry.string("quote")
            let speakers = try entry.strings("speakers")
            let cue = try entry.string("cue")
            let via = entry["via"] == nil ? nil : try entry.strings("via")
            let outlet = try entry.string("outlet")
            examples.append(RuleExample(ruleID: ruleID, location: item.location, summary: text) { rules in
                let records = Extractor(rules: rules).extract(Article(id: "example", text: text))
                guard let record = quote.map({ wanted in records.first { $0.text == wanted } }) ?? records.first else {
                    return "no quote \(quote.map { "'\($0)' " } ?? "")found in \(text.debugDescription)"
                }
                var problems: [String] = []
                if record.speakers.sorted() != speakers.sorted() {  // order carries no meaning (the scorer sorts too)
                    problems.append("speakers \(record.speakers), expected \(speakers)") }
                if let cue, record.cue != cue { problems.append("cue \(record.cue ?? "null"), expected \(cue)") }
                if let via, record.via != via { problems.append("via \(record.via), expected \(via)") }
                if let outlet, record.outlet != outlet { problems.append("outlet \(record.outlet ?? "null"), expected \(outlet)") }
                return problems.isEmpty ? nil : "'\(record.text)': " + problems.joined(separator: "; ")
            })
        }
        if examples.isEmpty { throw node.fail("a rule needs at least one example") }
        return examples
    }
}
