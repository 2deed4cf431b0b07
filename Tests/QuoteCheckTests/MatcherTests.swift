import Dispatch
import Matcher
import Testing

@Suite("Matcher (PCRE2)")
struct MatcherTests {
    @Test("a pattern that does not compile reports PCRE2's reason and the offset")
    func compileError() {
        #expect(throws: PatternError.self) { try Pattern("said (that") }
        do {
            _ = try Pattern("said (that")
        } catch {
            #expect(error.offset == 10)
            #expect(error.message.contains("missing closing parenthesis"))
            #expect(error.description.contains("at offset 10"))
        }
        do {
            _ = try Pattern("[a-")
        } catch {
            #expect(error.offset == 3)
            #expect(error.message.contains("missing terminating ]"))
        }
    }

    @Test("matches return byte ranges, whole match and groups")
    func simpleMatch() throws {
        let pattern = try Pattern(#"(\w+) (said|told)"#)
        let match = try #require(pattern.firstMatch(in: "Then Duarte said it"))
        #expect(match.range == 5..<16)
        #expect(match.groups.count == 3)
        #expect(match.groups[1] == 5..<11)
        #expect(match.groups[2] == 12..<16)
        #expect(pattern.captureCount == 2)
        #expect(pattern.firstMatch(in: "no cue here") == nil)
        #expect(!pattern.matches(""))
    }

    @Test("named groups are looked up by name")
    func namedGroups() throws {
        let pattern = try Pattern(#"(?<speaker>[A-Z]\w+) (?<cue>said|told)(?: (?<listener>\w+))?"#)
        #expect(pattern.groupNumbers == ["speaker": 1, "cue": 2, "listener": 3])
        let match = try #require(pattern.firstMatch(in: "“Yes,” Bennani said."))
        let bytes = Array("“Yes,” Bennani said.".utf8)
        #expect(String(decoding: bytes[try #require(match["speaker"])], as: UTF8.self) == "Bennani")
        #expect(String(decoding: bytes[try #require(match["cue"])], as: UTF8.self) == "said")
        #expect(match["listener"] == nil)  // did not take part
        #expect(match["nonexistent"] == nil)
    }

    @Test("options: caseless, multiline")
    func options() throws {
        #expect(try Pattern("SAID", options: .caseless).matches("she said"))
        #expect(!(try Pattern("SAID").matches("she said")))
        #expect(try Pattern("^two$", options: .multiline).matches("one\ntwo\nthree"))
        #expect(!(try Pattern("^two$").matches("one\ntwo\nthree")))
    }

    @Test("UTF and Unicode properties are on: \\p{L}, \\w and . see whole scalars")
    func unicode() throws {
        #expect(try Pattern(#"^\p{L}+$"#).matches("Jiménez"))
        #expect(try Pattern(#"^\w+$"#).matches("Bhriain"))
        let dot = try #require(try Pattern("^.$").firstMatch(in: "€"))
        #expect(dot.range == 0..<3)  // one scalar, three bytes
    }

    @Test("anchored matching starts exactly at the offset and lookbehind sees earlier bytes")
    func anchoredWithLookbehind() throws {
        let apostrophe = try Pattern(#"(?<=\p{L})’(?=\p{L})"#)
        let text = Array("Xi’s ‘visit’".utf8)
        text.withUnsafeBufferPointer { subject in
            #expect(apostrophe.firstMatch(in: subject, from: 2, anchored: true) != nil)   // Xi’s
            #expect(apostrophe.firstMatch(in: subject, from: 12, anchored: true) == nil)  // visit’ then end
            #expect(apostrophe.firstMatch(in: subject, from: 0, anchored: true) == nil)   // not at 0
            #expect(apostrophe.firstMatch(in: subject, from: 0, anchored: false)?.range == 2..<5)
        }
    }

    @Test("allMatches finds each match in order, advances past empty matches and honours the range")
    func allMatches() throws {
        let word = try Pattern(#"\p{L}+"#)
        let bytes = Array("Ana, Karim and Hiroshi".utf8)
        bytes.withUnsafeBufferPointer { subject in
            let words = word.allMatches(in: subject).map { String(decoding: subject[$0.range], as: UTF8.self) }
            #expect(words == ["Ana", "Karim", "and", "Hiroshi"])
            let ranged = word.allMatches(in: subject, range: 5..<14).map { String(decoding: subject[$0.range], as: UTF8.self) }
            #expect(ranged == ["Karim", "and"])
        }
        let empty = try Pattern("x*")
        Array("ab".utf8).withUnsafeBufferPointer { subject in
            #expect(empty.allMatches(in: subject).map(\.range) == [0..<0, 1..<1, 2..<2])
        }
    }

    @Test("a catastrophic pattern stops at the match limit, reports no match and counts the hit")
    func catastrophicBacktracking() throws {
        let pattern = try Pattern("(a+)+$")
        let subject = String(repeating: "a", count: 5_000) + "b"
        #expect(pattern.limitHits == 0)
        #expect(pattern.firstMatch(in: subject) == nil)
        #expect(pattern.limitHits == 1)
        // A plain miss is not a limit hit.
        #expect(pattern.firstMatch(in: "bbb") == nil)
        #expect(pattern.limitHits == 1)
        #expect(pattern.firstMatch(in: "aaa") != nil)
    }

    @Test("a pattern that recurses deeply on a long subject stops at a limit instead of crashing")
    func deepRecursion() throws {
        // Each repetition of a capturing alternation keeps a backtracking frame: on a long
        // subject that exhausts the JIT stack or the depth/heap limit rather than the process.
        let pattern = try Pattern("(a|b)*c")
        let subject = String(repeating: "ab", count: 500_000)
        #expect(pattern.firstMatch(in: subject) == nil)
        #expect(pattern.limitHits == 1)
        #expect(pattern.firstMatch(in: "ababc") != nil)
    }

    @Test("one compiled pattern serves many threads at once")
    func concurrentUse() throws {
        let pattern = try Pattern(#"“(?<quote>[^”]+)”"#)
        let text = "He said “yes” and she said “no”, then “maybe”."
        let expected = ["yes", "no", "maybe"]
        let results = ResultsBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { subject in
                pattern.allMatches(in: subject).map { String(decoding: subject[$0["quote"]!], as: UTF8.self) }
            }
            results.set(index, found)
        }
        #expect(results.all.allSatisfy { $0 == expected })
    }
}

/// Per-iteration result slots for a concurrent test (each slot written by one worker).
private final class ResultsBox: @unchecked Sendable {
    private var slots: [[String]]
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [String]) { slots.withUnsafeMutableBufferPointer { $0[index] = value } }
    var all: [[String]] { slots }
}
