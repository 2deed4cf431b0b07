import QuoteCheckCore
import Testing

/// The JSON line `quotecheck extract` prints for one record: field order and escaping are part of
/// the output contract (the seed schema first, then where and why), so this is a snapshot.
@Suite("Extract output schema")
struct OutputSchemaTests {
    @Test("a record's JSON line, snapshot")
    func jsonLineSnapshot() {
        let record = QuoteRecord(article: "a.txt", start: 12, end: 30, text: "He said \"no\"\tand\\left\n",
                                 kind: .direct, speakers: ["Ana Duarte"], cue: "said", via: ["Kyodo News"],
                                 outlet: "Reuters", line: 3, column: 5, unclosed: true, continued: false,
                                 speakerRule: "name-said", cueRule: nil)
        let expected = #"{"article": "a.txt", "start": 12, "end": 30, "text": "He said \"no\"\tand\\left\n", "kind": "direct", "speakers": ["Ana Duarte"], "cue": "said", "via": ["Kyodo News"], "outlet": "Reuters", "line": 3, "column": 5, "unclosed": true, "rule": {"speaker": "name-said", "cue": null}}"# + "\n"
        #expect(String(decoding: record.jsonLine, as: UTF8.self) == expected)
    }

    @Test("empty attribution fields print as [] and null; continued is printed only when true")
    func emptyFields() {
        let record = QuoteRecord(article: "b.txt", start: 0, end: 3, text: "“é”", kind: .headline, continued: true)
        let expected = #"{"article": "b.txt", "start": 0, "end": 3, "text": "“é”", "kind": "headline", "speakers": [], "cue": null, "via": [], "outlet": null, "line": 0, "column": 0, "continued": true, "rule": {"speaker": null, "cue": null}}"# + "\n"
        #expect(String(decoding: record.jsonLine, as: UTF8.self) == expected)
    }
}
