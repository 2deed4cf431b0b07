import Testing
import QuoteCheckText

/// The word endings look-up: one load for most words, a compare for endings of three bytes or more.
@Suite struct WordEndingsTests {
    let endings = WordEndings(sForm: ["s"], notPlural: ["ss", "us", "is"], past: ["ed"], participle: ["ing"],
                              adverb: ["ly"], pluralSuffixes: ["s", "es"],
                              shortest: .init(plural: 4, openingParticiple: 6, presentParticiple: 5, adverb: 7))

    func forms(_ word: String) -> WordEndings.Forms {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { endings.forms(of: 0..<$0.count, in: $0) }
    }

    @Test("each ending tells its form; a not-plural ending keeps the -s form but not the plural")
    func forms() {
        #expect(forms("buyers") == [.sForm, .plural])
        #expect(forms("business") == [.sForm])
        #expect(forms("analysis") == [.sForm])
        #expect(forms("branded") == [.past])
        #expect(forms("claiming") == [.participle])
        #expect(forms("hastily") == [.adverb])
        #expect(forms("strong").isEmpty && forms("ring") == [.participle] && forms("mayor").isEmpty)
    }

    @Test("short words: a one-byte word ends only in a one-byte ending; an ending may be the whole word")
    func shortWords() {
        #expect(forms("s") == [.sForm, .plural])
        #expect(forms("d").isEmpty)
        #expect(forms("ed") == [.past])
        #expect(forms("ng").isEmpty)
        #expect(forms("") == [])
    }

    @Test("a form is trusted only from its shortest length on")
    func trustedByLength() {
        #expect(endings.trusted(forms("ads"), length: 3).isEmpty)
        #expect(endings.trusted(forms("aides"), length: 5) == .plural)
        #expect(endings.trusted(forms("king"), length: 4).isEmpty)
        #expect(endings.trusted(forms("bring"), length: 5) == .presentParticiple)
        #expect(endings.trusted(forms("saying"), length: 6) == [.presentParticiple, .openingParticiple])
        #expect(endings.trusted(forms("italy"), length: 5).isEmpty)
        #expect(endings.trusted(forms("hastily"), length: 7) == .adverb)
        // (The length given is the token's, which may hold a stop after the word.)
        #expect(endings.trusted(forms("ads"), length: 4) == .plural)
    }

    @Test("long endings are compared whatever the word's length (the eight-byte load and the short loop)")
    func longEndings() {
        let long = WordEndings(sForm: [], notPlural: [], past: [], participle: ["ization"], adverb: [], pluralSuffixes: [],
                               shortest: .init(plural: 4, openingParticiple: 6, presentParticiple: 5, adverb: 7))
        for word in ["ization", "organization", "xization"] {
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { long.forms(of: 0..<$0.count, in: $0) } == [.participle], "\(word)")
        }
        let bytes = Array("citation".utf8)
        #expect(bytes.withUnsafeBufferPointer { long.forms(of: 0..<$0.count, in: $0) }.isEmpty)
    }
}
