import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckText
@testable import QuoteCheckExtraction

/// The per-article name table: one number per text, names written as `NameText` writes them,
/// lists that never change once made.
@Suite("Name table")
struct NameTableTests {
    private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func sameTextSameNumberHoweverMade() {
        let names = NameTable()
        withBytes("Prime Minister Aiko O’Hara spoke to Aiko O'Hara") { bytes in
            // "Aiko O’Hara" joined from two words, then given whole: one number. The apostrophe
            // stays as printed, so the straight spelling is another text.
            let joined = names.join([15..<19, 20..<28], in: bytes)
            let whole = names.name("Aiko O’Hara")
            #expect(joined == whole)
            #expect(names.string(joined) == "Aiko O’Hara")
            #expect(names.string(joined) == NameText.join([15..<19, 20..<28], in: bytes))
            #expect(names.name("Aiko O'Hara") != joined)
            #expect(names.name("Aiko") != joined)
        }
    }

    @Test func manyNamesOutgrowTheFirstStoreAndStayReadable() {
        let names = NameTable()
        let texts = (0..<3000).map { "Speaker Number \($0) of the Long Inquiry" }
        let numbers = texts.map { names.name($0) }
        #expect(texts.indices.allSatisfy { names.string(numbers[$0]) == texts[$0] })
        #expect(texts.indices.allSatisfy { names.name(texts[$0]) == numbers[$0] })
    }

    @Test func appendingNeverChangesAListAlreadyMade() {
        let names = NameTable()
        let reuters = names.name("Reuters"), kyodo = names.name("Kyodo"), agency = names.name("the agency")
        let first = names.list(reuters)
        let longer = names.appending(kyodo, to: first)
        // `first` is no longer the last list stored: appending to it again must copy.
        let other = names.appending(agency, to: first)
        #expect(names.strings(first) == ["Reuters"])
        #expect(names.strings(longer) == ["Reuters", "Kyodo"])
        #expect(names.strings(other) == ["Reuters", "the agency"])
        #expect(names.contains(kyodo, in: longer) && !names.contains(kyodo, in: other))
        #expect(names.strings(names.appending(reuters, to: NameList())) == ["Reuters"])
    }

    @Test func listsWriteAsJSONStrings() {
        let names = NameTable()
        let list = names.list([names.name("Lea \"the Hawk\" Santos"), names.name("Ngozi Adeyemi")])
        var writer = JSONWriter()
        TableNameList(table: names, list: list).writeItems(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""Lea \"the Hawk\" Santos", "Ngozi Adeyemi""#)
    }
}
