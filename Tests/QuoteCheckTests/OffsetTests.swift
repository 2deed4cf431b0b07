import Foundation
import QuoteCheckCore
import Testing

/// Offsets in records are Unicode scalar offsets into the text as given, end exclusive.
@Suite("Offsets")
struct OffsetTests {
    /// `text[start..<end]` counted in Unicode scalars.
    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    @Test("start and end count scalars: multi-byte letters, emoji sequences and combining marks before the quote")
    func scalarOffsets() throws {
        let text = QuoteFinderTests.lede
            + "Jiménez paid €14m 👩‍👩‍👧 and cafe\u{301} bills; Ní Bhriain said he was “deeply ashamed” and ‘sorry’."
        let records = try Fixtures.extract(text)
        #expect(records.map(\.text) == ["deeply ashamed", "sorry"])
        for record in records {
            #expect(slice(text, record.start, record.end) == record.text)
            #expect(record.end - record.start == record.text.unicodeScalars.count)
        }
        // Scalar offsets differ from Character and UTF-16 offsets here, so the check above means something.
        let prefix = String(text.unicodeScalars.prefix(records[0].start))
        #expect(prefix.count != records[0].start)
        #expect(prefix.utf16.count != records[0].start)
        #expect(prefix.hasSuffix("“"))
    }

    @Test("line and column are 1-based and count scalars")
    func lineAndColumn() throws {
        let text = "Short title here\n\nJiménez said “yes” to €5."
        let record = try #require(try Fixtures.extract(text).first)
        #expect(record.text == "yes")
        #expect(record.line == 3)
        #expect(record.column == 15)
        #expect(record.byteRange == Array(text.utf8).count - 15 ..< Array(text.utf8).count - 12)
    }

    @Test("offsets of every gold quote of the example articles slice their article exactly")
    func goldOffsetsAreConsistent() throws {
        let gold = try GoldQuote.load(Fixtures.examplesFolder.appendingPathComponent("articles.gold.jsonl"))
        #expect(gold.count >= 60)
        for quote in gold {
            let article = try String(contentsOfFile: Fixtures.exampleArticlesFolder + "/" + quote.article, encoding: .utf8)
            #expect(slice(article, quote.start, quote.end) == quote.text, "\(quote.article) \(quote.start)")
        }
    }
}
