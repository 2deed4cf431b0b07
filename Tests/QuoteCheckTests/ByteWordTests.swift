import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckText

/// Byte words and lanes: the small pieces the quote finder, the validator and the JSON writer
/// scan with.
@Suite("Byte words")
struct ByteWordTests {
    @Test("the first set lane of sixteen, whichever lanes after it are set too")
    func firstSetLane() {
        #expect(ByteWord.firstSetLane(SIMD2(0, 0)) == nil)
        for first in 0..<16 {
            var bytes = [UInt8](repeating: 0, count: 16)
            bytes[first] = 0x80
            // A later lane set as well must not change the answer.
            if first + 3 < 16 { bytes[first + 3] = 0xFF }
            let lanes = bytes.withUnsafeBytes { $0.loadUnaligned(as: SIMD2<UInt64>.self) }
            #expect(ByteWord.firstSetLane(lanes) == first, "lane \(first)")
        }
    }

    @Test("a mark's bytes as one word, found at an offset, zeros past the end")
    func wordAtOffset() {
        let text = Array("ab’c".utf8)
        text.withUnsafeBufferPointer { bytes in
            let curly = ByteWord.of(Array("’".utf8))
            #expect(ByteWord.at(2, in: bytes) & ByteWord.mask(3) == curly)
            #expect(ByteWord.at(5, in: bytes) == UInt64(UInt8(ascii: "c")))
        }
    }
}
