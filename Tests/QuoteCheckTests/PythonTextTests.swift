import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckEvaluation

@Suite("Python text operations")
struct PythonTextTests {
    @Test func foldLowersAndCollapsesWhitespace() {
        #expect(PythonText.fold("  Leon\tPANETTA \n") == Array("leon panetta".utf8))
        #expect(PythonText.fold("") == [])
        #expect(PythonText.fold(nil as String?) == nil)
    }

    @Test func splitUsesPythonWhitespace() {
        // No-break space and the ideographic space separate; zero-width space does not (as in Python).
        #expect(PythonText.split("a\u{00A0}b\u{3000}c\u{200B}d") == ["a", "b", "c\u{200B}d"])
        // A space followed by a combining mark still separates the words around it.
        #expect(PythonText.split("a \u{0301}b") == ["a", "\u{0301}b"])
    }

    @Test func lowerAppliesFinalSigmaAndFullMappings() {
        #expect(PythonText.lower("ΟΔΟΣ ΣΑΣ") == "οδος σας")
        #expect(PythonText.lower("Σ") == "σ")
        #expect(PythonText.lower("İstanbul") == "i\u{0307}stanbul")
    }

    @Test func foldKeepsCanonicallyEquivalentSpellingsApart() {
        // Python compares code points: a precomposed é is not e + combining acute.
        #expect(PythonText.fold("Jos\u{00E9}") != PythonText.fold("Jose\u{0301}"))
    }
}
