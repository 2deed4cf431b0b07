import QuoteCheckText

/// Words that end in a full stop without ending the sentence ("Mr.", "U.S.", "Sept."), used by
/// the sentence splitter.
public struct AbbreviationRules: Sendable {
    /// Lower-cased abbreviations without their final period.
    public private(set) var words: Set<String> = []
    static let keys: Set<String> = ["words", "examples"]

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        for word in try file.strings("words") {
            words.insert(word.lowercased().trimmingSuffix("."))
        }
        guard let exampleNode = file["examples"] else {
            throw file.node.fail("an abbreviations file needs 'examples' (sentences: text split into sentences)")
        }
        for item in try exampleNode.list("'examples'") {
            let entry = try item.mapping(allowed: ["text", "sentences"], required: ["text", "sentences"],
                                         what: "an example")
            let text = try entry.string("text")!
            let expected = try entry.strings("sentences")
            examples.append(RuleExample(ruleID: "abbreviations", location: item.location, summary: text) { rules in
                let bytes = Array(text.utf8)
                let splitter = rules.sentenceSplitter
                let found = splitter.sentences(in: bytes, range: 0..<bytes.count).map {
                    String(decoding: bytes[$0], as: UTF8.self)
                }
                return RuleExample.expect(found, expected, "sentences")
            })
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
