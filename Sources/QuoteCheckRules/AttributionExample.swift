/// Reads the examples that run the whole extraction over a short text and check the
/// attribution of one of its quotes (the one whose text is `quote`, or the first).
enum AttributionExample {
    /// `decidedBy`: the sieve step each example shows at work (`sieve_examples`).
    /// `limit`: the limit each example shows at work (`limit_examples`).
    static func read(_ node: RuleNode, ruleID: String, decidedBy: SieveStepName? = nil,
                     limit: RuleLimitName? = nil) throws(RuleError) -> [RuleExample] {
        var examples: [RuleExample] = []
        for item in try node.list("'examples'") {
            let entry = try item.mapping(allowed: ["text", "quote", "speakers", "cue", "via", "outlet", "published_by"],
                                         required: ["text", "speakers"], what: "an attribution example")
            let text = try entry.string("text")!
            let quote = try entry.string("quote")
            let speakers = try entry.strings("speakers")
            let cue = try entry.string("cue")
            let via = entry["via"] == nil ? nil : try entry.strings("via")
            let outlet = try entry.string("outlet")
            let publishedBy = try entry.string("published_by")
            examples.append(RuleExample(ruleID: ruleID, location: item.location, summary: text, test: RuleExample.AttributionCase(
                text: text, quote: quote, speakers: speakers, cue: cue, via: via, outlet: outlet, publishedBy: publishedBy, decidedBy: decidedBy, limit: limit)))
        }
        if examples.isEmpty { throw node.fail("a rule needs at least one example") }
        return examples
    }
}
