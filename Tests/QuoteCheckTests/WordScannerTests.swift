import Testing
import QuoteCheckText

/// The word scanner that the title and comparison lexers share.
@Suite struct WordScannerTests {
    /// Apostrophes for these tests (the rules list theirs in apostrophes.yaml `in_word`).
    let marks = ScalarSet(["'", "’", "‘"])

    /// The word at the start of `text` as the scanner reads it, with its parts.
    func scan(_ text: String, digitSeparators: Bool = false) -> (word: String, parts: [String]) {
        let bytes = Array(text.utf8)
        var parts: [String] = []
        let end = bytes.withUnsafeBufferPointer { buffer in
            WordScanner.wordEnd(from: 0, in: buffer, apostrophes: marks, digitSeparators: digitSeparators) { part in
                switch part {
                case .letterOrDigit(let scalar): parts.append(String(scalar))
                case .joiner(let mark, _): parts.append(marks.contains(mark) ? "'" : "sep\(mark)")
                }
            }
        }
        return (String(decoding: bytes[..<end], as: UTF8.self), parts)
    }

    @Test("an apostrophe between letters is inside the word, whichever mark")
    func apostrophes() {
        #expect(scan("don't stop").word == "don't")
        #expect(scan("Xi’s visit").word == "Xi’s")
        #expect(scan("Trump‘s plan").word == "Trump‘s")
        #expect(scan("Xi’s visit").parts == ["X", "i", "'", "s"])
        // A closing mark after the word ends it.
        #expect(scan("harbour’ said").word == "harbour")
    }

    @Test("hyphens, stops and spaces end a word; letters of any script do not")
    func boundaries() {
        #expect(scan("well-being").word == "well")
        #expect(scan("U.S. troops").word == "U")
        #expect(scan("Zürich’s mayor").word == "Zürich’s")
        #expect(scan("Москва said").word == "Москва")
    }

    @Test("separators between digits join a number only when asked")
    func digitSeparators() {
        #expect(scan("3,000 jobs").word == "3")
        #expect(scan("3,000 jobs", digitSeparators: true).word == "3,000")
        #expect(scan("2.5 percent", digitSeparators: true).parts == ["2", "sep.", "5"])
        // A separator that no digit follows ends the number.
        #expect(scan("3, then", digitSeparators: true).word == "3")
        #expect(scan("Jones, 54", digitSeparators: true).word == "Jones")
    }

    @Test("a lexer's own joiners carry the word on, each with its offset; others end it")
    func ownJoiners() {
        let bytes = Array("Holtz-Eakin’s AT&T, well—no".utf8)
        var joiners: [String] = []
        let (first, second) = bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
            let joins: (Unicode.Scalar, Int, Unicode.Scalar, Unicode.Scalar) -> Bool = { mark, _, _, _ in mark == "-" || mark == "&" }
            let visit: (WordScanner.Part) -> Void = { part in
                if case .joiner(let mark, let offset) = part { joiners.append("\(mark)@\(offset)") }
            }
            return (WordScanner.wordEnd(from: 0, in: buffer, joins: joins, visit: visit),
                    WordScanner.wordEnd(from: 16, in: buffer, joins: joins, visit: visit))
        }
        // The apostrophe is no joiner of this lexer's: the word ends before it.
        #expect(String(decoding: bytes[..<first], as: UTF8.self) == "Holtz-Eakin")
        #expect(String(decoding: bytes[16..<second], as: UTF8.self) == "AT&T")
        #expect(joiners == ["-@5", "&@18"])
    }
}
