import QuoteCheckCore
import Testing
@testable import QuoteCheckExtraction

/// Articles are validated once when read; the check passes over ASCII sixteen bytes at a time, so a
/// bad sequence must be found wherever it falls against those blocks.
@Suite("UTF-8 validation of input")
struct UTF8ValidationTests {
    static let badSequences: [(String, [UInt8])] = [
        ("lone continuation byte", [0x80]),
        ("overlong slash", [0xC0, 0xAF]),
        ("overlong three-byte", [0xE0, 0x80, 0xAF]),
        ("surrogate", [0xED, 0xA0, 0x80]),
        ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("lead byte without continuation", [0xE2, 0x28, 0xA1]),
        ("invalid lead byte", [0xFF]),
    ]

    @Test("a bad sequence is found at its offset after any run of ASCII and curly quotes")
    func badSequenceAtEveryOffset() {
        for (name, bad) in Self.badSequences {
            for asciiRun in 0..<40 {
                let before = Array("“Jiménez”".utf8) + Array(repeating: UInt8(ascii: "a"), count: asciiRun)
                let bytes = before + bad + Array(" said “no” and left.".utf8)
                #expect(UTF8Validation.firstInvalidOffset(bytes) == before.count, "\(name) after \(asciiRun) ASCII bytes")
            }
        }
    }

    @Test("a sequence cut short by the end of the file is invalid")
    func truncatedAtEnd() {
        for length in 0..<12 {
            let bytes = Array(repeating: UInt8(ascii: "x"), count: length) + [0xE2, 0x80]
            #expect(UTF8Validation.firstInvalidOffset(bytes) == length)
        }
    }

    @Test("valid text of every scalar width, at every alignment, passes")
    func validText() {
        for shift in 0..<9 {
            let text = String(repeating: " ", count: shift) + "Plain, then é, “€”, 👩‍👧 and ’90s; then plain again for a while."
            #expect(UTF8Validation.firstInvalidOffset(Array(text.utf8)) == nil)
        }
        #expect(UTF8Validation.firstInvalidOffset([]) == nil)
    }
}
