import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

@Suite("Located JSON")
struct LocatedJSONTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> LocatedJSON { try LocatedJSON.parse(Array(text.utf8)) }

    @Test func readsValuesWithTheirOffsets() throws {
        let json = try parse(#"{"a": 1, "b": [true, null], "c": "x\"y\u00e9", "d": 1.0, "e": -2e3}"#)
        guard case let .integer(a)? = json["a"]?.value else { Issue.record("a"); return }
        #expect(a == 1)
        #expect(json["a"]?.offset == 6)
        guard case let .string(c)? = json["c"]?.value else { Issue.record("c"); return }
        #expect(c == "x\"yé")
        #expect(json["d"]?.typeName == "a number with a fraction or exponent")
        #expect(json["e"]?.typeName == "a number with a fraction or exponent")
        #expect(json["b"]?.typeName == "an array")
    }

    @Test func joinsSurrogatePairs() throws {
        let json = try parse(#"["\ud83d\ude00"]"#)
        guard case let .array(items) = json.value, case let .string(text) = items[0].value else { Issue.record("array"); return }
        #expect(text == "😀")
    }

    @Test("a string reads the same whichever byte an escape, a control character or a closing quote falls on")
    func escapesAtEveryPosition() throws {
        // Plain runs are skipped eight bytes at a time; an escape at each offset of a word, and a
        // string ending there, must come out right.
        let plain = Array("Plain “text”, ok and more plain text here")
        for cut in 0...plain.count {
            for (escape, meaning) in [(#"\n"#, "\n"), (#"\""#, "\""), (#"\\"#, "\\"), (#"\u00e9"#, "é"), (#"\ud83d\ude00"#, "😀")] {
                let before = String(plain[..<cut]), after = String(plain[cut...])
                let json = try parse("[\"\(before)\(escape)\(after)\"]")
                guard case let .array(items) = json.value, case let .string(text) = items[0].value else {
                    Issue.record("no string"); return
                }
                #expect(text == before + meaning + after)
            }
            do {
                _ = try parse("[\"\(String(plain[..<cut]))\t\"]")
                Issue.record("a raw tab at \(cut) was accepted")
            } catch {
                #expect(error.offset == 2 + String(plain[..<cut]).utf8.count)
            }
        }
    }

    @Test("named top-level members keep their string values as bytes, the same bytes the string would have")
    func keptBytes() throws {
        let line = #"{"id": "a", "text": "\"Xi’s\" \u00e9\ud83d\ude00 and \ud800 alone\n", "nested": {"text": "x"}, "n": 3}"#
        let json = try LocatedJSON.parse(Array(line.utf8), keepingBytesOf: ["text", "n"])
        guard case let .stringBytes(bytes)? = json["text"]?.value else { Issue.record("text"); return }
        let asString = try LocatedJSON.parse(Array(line.utf8))
        guard case let .string(text)? = asString["text"]?.value else { Issue.record("text as a string"); return }
        #expect(bytes == Array(text.utf8))
        #expect(text == "\"Xi’s\" é😀 and \u{FFFD} alone\n")
        #expect(json["text"]?.offset == 20 && json["text"]?.typeName == "a string")
        // Only top-level string values: a nested "text" and a number are read as usual.
        guard case let .object(nested)? = json["nested"]?.value, case .string = nested[0].value.value else {
            Issue.record("nested"); return
        }
        guard case .integer(3)? = json["n"]?.value else { Issue.record("n"); return }
    }

    @Test func repeatedKeysKeepTheLast() throws {
        let json = try parse(#"{"k": 1, "k": 2}"#)
        guard case let .integer(value)? = json["k"]?.value else { Issue.record("k"); return }
        #expect(value == 2)
    }

    @Test(arguments: [
        (#"{"a": 1"#, 7, "unterminated object"),
        (#"{"a": "bcd"#, 6, "unterminated string"),
        (#"{"a" 1}"#, 5, "expecting ':'"),
        (#"{"a": 1} x"#, 9, "extra data"),
        (#"{"a": tru}"#, 6, "expecting a value"),
        ("{\"a\": \"b\tc\"}", 8, "control character"),
        (#"{"a": 01}"#, 7, "expecting ','"),
    ])
    func reportsWhereSyntaxBreaks(text: String, offset: Int, message: String) {
        do {
            _ = try parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.offset == offset, "\(text): \(error.message)")
            #expect(error.message.contains(message), "\(text): \(error.message)")
        }
    }
}
