import Foundation
import QuoteCheckCore
import Testing
@testable import QuoteCheckRules
@testable import QuoteCheckExtraction

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
        let expected = #"{"article": "a.txt", "start": 12, "end": 30, "text": "He said \"no\"\tand\\left\n", "kind": "direct", "speakers": ["Ana Duarte"], "cue": "said", "via": ["Kyodo News"], "outlet": "Reuters", "line": 3, "column": 5, "unclosed": true, "rule": {"speaker": "name-said", "cue": null}, "confidence": "high"}"# + "\n"
        #expect(String(decoding: record.jsonLine, as: UTF8.self) == expected)
    }

    /// `extract` writes records straight from the article's bytes; what it writes must be what
    /// the records themselves write.
    @Test("writeRecords gives the bytes of extract's records, written one per line")
    func directWritingMatchesRecords() throws {
        let extractor = Extractor(rules: TestSupport.rules)
        let texts = try ExampleArticleTests.articleNames.map {
            try String(contentsOfFile: Fixtures.exampleArticlesFolder + "/" + $0, encoding: .utf8)
        } + [
            // Texts that need escaping, a continued and an unclosed quote, a headline quote.
            "Port \"Reopens\" Soon\n\nShe said \"the \\ back\tslash\" stays.\n\n“One part\n\n“And the other,” she added.\n\n“Never closed",
        ]
        var total = 0
        for (index, text) in texts.enumerated() {
            let article = Article(id: "article-\(index).txt", text: text, outlet: index % 2 == 0 ? "AFP" : nil)
            var direct = JSONWriter()
            let written = extractor.writeRecords(of: article, to: &direct)
            var viaRecords: [UInt8] = []
            let records = extractor.extract(article)
            for record in records { viaRecords += record.jsonLine }
            #expect(written == records.count)
            #expect(direct.bytes == viaRecords, "article \(index)")
            total += written
        }
        #expect(total > 50)
    }

    @Test("empty attribution fields print as [] and null; continued is printed only when true")
    func emptyFields() {
        let record = QuoteRecord(article: "b.txt", start: 0, end: 3, text: "“é”", kind: .headline, continued: true)
        let expected = #"{"article": "b.txt", "start": 0, "end": 3, "text": "“é”", "kind": "headline", "speakers": [], "cue": null, "via": [], "outlet": null, "line": 0, "column": 0, "continued": true, "rule": {"speaker": null, "cue": null}, "confidence": null}"# + "\n"
        #expect(String(decoding: record.jsonLine, as: UTF8.self) == expected)
    }

    /// The confidence follows from the step that decided the speaker and how the phrase resolved.
    @Test("confidence: a named cue subject is high, a pronoun or continuation medium, a shape guess low",
          arguments: [("cue-after-quote/name", Confidence.high), ("cue-before-quote/surname", .high), ("dash-credit", .high),
                      ("cue-after-quote/pronoun", .medium), ("continuation", .medium), ("statement", .medium),
                      ("cue-after-in-sentence/name", .medium), ("clause-subject/name", .low), ("verb-after-quote/name", .low),
                      ("colon-subject/surname", .low), ("credit-after/name", .medium)])
    func confidenceOfRules(rule: String, expected: Confidence) {
        let record = QuoteRecord(article: "d.txt", start: 0, end: 1, text: "x", kind: .direct, speakers: ["Ana Duarte"],
                                 speakerRule: rule)
        #expect(record.confidence == expected)
        #expect(String(decoding: record.jsonLine, as: UTF8.self).contains(#""confidence": "\#(expected.rawValue)"}"#))
        // No speaker, no confidence.
        #expect(QuoteRecord(article: "d.txt", start: 0, end: 1, text: "x", kind: .direct, speakerRule: rule).confidence == nil)
    }

    /// The record writer spells each kind out in a fixed piece of JSON; each must be the kind's name.
    @Test("every kind prints as its name", arguments: QuoteKind.allCases)
    func kindNames(kind: QuoteKind) {
        let record = QuoteRecord(article: "c.txt", start: 0, end: 1, text: "x", kind: kind)
        let line = String(decoding: record.jsonLine, as: UTF8.self)
        #expect(line.contains(#""kind": "\#(kind.rawValue)", "speakers": []"#))
    }

    @Test("finish hands on what was written, after the buffer grew, without the writer")
    func finishHandsOnTheBytes() {
        var writer = JSONWriter(capacity: 1)
        let texts = (0..<200).map { "Record \($0): “quoted” \\ text" }
        writer.beginArray()
        for text in texts { writer.string(text) }
        writer.endArray()
        let expected = writer.bytes
        let written = writer.finish()
        #expect(Array(written.buffer) == expected)
        #expect(String(decoding: written.buffer, as: UTF8.self).hasPrefix(#"["Record 0: “quoted” \\ text", "#))
    }

    @Test("integers print as Swift prints them, at every length and sign")
    func integers() {
        var values = [0, 7, 9, 10, 11, 99, 100, 101, -1, -10, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 { power *= 10; values += [power - 1, power, power + 1, -power] }
        var writer = JSONWriter(capacity: 1)
        writer.beginArray()
        for value in values { writer.int(value) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[" + values.map(String.init).joined(separator: ", ") + "]")
    }

    /// The writer skips clean text sixteen bytes at a time; a character that needs escaping must be
    /// caught wherever it falls in a block, and the buffer must grow past its first capacity.
    @Test("every character that needs escaping is escaped at every position of a long string")
    func escapingAtEveryPosition() {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}"]
        for special in specials {
            for position in 0..<40 {
                let text = String(repeating: "é", count: position / 2) + String(repeating: "a", count: position % 2)
                    + String(special) + String(repeating: "b ", count: 300)
                var writer = JSONWriter(capacity: 1)
                writer.string(text)
                #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.referenceJSON(text), "\(special.unicodeScalars.first!.value) at \(position)")
            }
        }
    }

    /// Strings of every length up to three blocks, with one character to escape at every
    /// position or none: the block, the overlapping last block and the eight-byte steps for
    /// short strings must each find the first one, and pass over non-ASCII bytes and DEL.
    @Test("strings of every length are escaped exactly, the character to escape anywhere or nowhere")
    func escapingAtEveryLength() {
        for length in 0..<48 {
            let plain = (0..<length).map { $0 % 7 == 3 ? "\u{7F}" : $0 % 5 == 4 ? "é" : "x" }
            for position in -1..<length {
                for special in ["\"", "\\", "\n", "\u{1F}", "\u{00}"] where position >= 0 || special == "\"" {
                    var characters = plain
                    if position >= 0 { characters[position] = special }
                    let text = characters.joined()
                    var writer = JSONWriter(capacity: 1)
                    writer.string(text)
                    #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.referenceJSON(text),
                            "length \(length), \(special.unicodeScalars.first!.value) at \(position)")
                }
            }
        }
    }

    /// A plain character-by-character JSON string, to compare the writer with.
    private static func referenceJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = Array("0123456789abcdef")
                out += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 15)])
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
