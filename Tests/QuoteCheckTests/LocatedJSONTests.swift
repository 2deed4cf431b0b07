import Testing
@testable import QuoteCheckCore

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
