import QuoteCheckCore
import Testing
@testable import QuoteCheckText

@Suite("UTF8Scan: byte-level character classes")
struct UTF8ScanTests {
    @Test("isLetterOrDigit agrees with the Unicode properties for every scalar of the Basic Multilingual Plane")
    func letterOrDigitMatchesProperties() {
        // The fast paths (ASCII arithmetic, General Punctuation) must not change any answer.
        var disagreements: [String] = []
        for value in UInt32(0)...UInt32(0xFFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if UTF8Scan.isLetterOrDigit(scalar) != expected { disagreements.append("U+" + String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }
}
