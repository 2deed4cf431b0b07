import Matcher
import Testing

@Suite("ScalarIndex: UTF-8 bytes to Unicode scalar offsets")
struct ScalarIndexTests {
    /// Text with one-, two-, three- and four-byte scalars and multi-scalar characters, long
    /// enough to cross several 64-byte checkpoints.
    static let mixed = String(repeating: "Jiménez said “€14m” 👩‍👩‍👧 e\u{301} — Xi’s ’90s. ", count: 12)

    @Test("every byte offset at a scalar start maps to the scalar count before it, and back")
    func roundTrip() {
        let bytes = Array(Self.mixed.utf8)
        let index = ScalarIndex(bytes)
        var byte = 0
        for (scalarNumber, scalar) in Self.mixed.unicodeScalars.enumerated() {
            #expect(index.scalarOffset(byte) == scalarNumber)
            #expect(index.byteOffset(ofScalar: scalarNumber) == byte)
            byte += String(scalar).utf8.count
        }
        #expect(index.scalarOffset(bytes.count) == Self.mixed.unicodeScalars.count)
        #expect(index.byteOffset(ofScalar: Self.mixed.unicodeScalars.count) == bytes.count)
    }

    @Test("the forward cursor gives the index's answers, asked in order and out of order")
    func cursorAgreesWithIndex() {
        let bytes = Array((Self.mixed + String(repeating: "plain ascii ", count: 300) + Self.mixed).utf8)
        let index = ScalarIndex(bytes)
        // In order, with repeats, as the extractor asks; then jumps back and past the end.
        let offsets = Array(stride(from: 0, to: bytes.count, by: 7)) + [bytes.count, 5, 5, 900, 3, bytes.count + 10, -1]
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = ScalarCursor(buffer)
            for offset in offsets {
                #expect(cursor.scalarOffset(offset) == index.scalarOffset(offset), "byte \(offset)")
            }
        }
    }

    @Test("a long jump over non-ASCII text counts every scalar, however many blocks it spans")
    func longNonASCIIJump() {
        // 3,000 three-byte scalars and a few one- and two-byte ones: 6,000 continuation bytes
        // between two questions, more than one block count can hold before it is summed.
        let text = "a" + String(repeating: "€", count: 3000) + "é" + String(repeating: "“x”", count: 700) + "z"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for target in [bytes.count, bytes.count - 1, 9001, 4081, 4080, 17] {
                // Counted byte by byte: every byte but a continuation byte starts a scalar.
                let expected = bytes[..<target].filter { $0 & 0xC0 != 0x80 }.count
                var cursor = ScalarCursor(buffer)
                #expect(cursor.scalarOffset(target) == expected, "byte \(target)")
                #expect(ScalarIndex(bytes).scalarOffset(target) == expected, "byte \(target)")
            }
        }
        #expect(ScalarIndex(bytes).scalarOffset(bytes.count) == text.unicodeScalars.count)
    }

    /// Spans of every length from every start, in text of one- to four-byte scalars: the
    /// blocks, the overlapping last block and the eight-byte steps of the tail must agree.
    @Test("the cursor counts the scalars between any two scalar starts")
    func everySpan() {
        let text = "a é 中 😀 bc" + String(repeating: "dé中😀", count: 4) + " end"
        let bytes = Array(text.utf8)
        var starts: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            starts.append(offset)
            offset += String(scalar).utf8.count
        }
        starts.append(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            for (first, from) in starts.enumerated() {
                for (last, to) in starts.enumerated() where last >= first {
                    var cursor = ScalarCursor(buffer)
                    let base = cursor.scalarOffset(from)
                    #expect(cursor.scalarOffset(to) - base == last - first, "\(from)..<\(to)")
                }
            }
        }
    }

    @Test("scalars, not characters and not UTF-16 units")
    func scalarsNotCharacters() {
        let text = "👩‍👩‍👧 e\u{301}x"
        let index = ScalarIndex(Array(text.utf8))
        let xByte = Array(text.utf8).firstIndex(of: UInt8(ascii: "x"))!
        #expect(index.scalarOffset(xByte) == 8)       // 5 (family) + space + e + accent
        #expect(text.count == 4)                      // characters: family, space, é, x
        #expect(text.utf16.count == 12)
    }

    @Test("a single non-ASCII scalar anywhere in a long ASCII text is counted as one scalar")
    func oneNonASCIIScalar() {
        for position in [0, 7, 8, 63, 64, 65, 300, 2047, 2048, 2100] {
            var text = String(repeating: "a", count: 2100)
            text.insert("é", at: text.index(text.startIndex, offsetBy: position))
            let bytes = Array(text.utf8)
            let index = ScalarIndex(bytes)
            #expect(index.scalarOffset(position) == position)
            #expect(index.scalarOffset(position + 2) == position + 1)
            #expect(index.scalarOffset(bytes.count) == 2101)
            #expect(index.byteOffset(ofScalar: position + 1) == position + 2)
        }
    }

    @Test("ASCII text maps one to one, clamped at the ends")
    func ascii() {
        let index = ScalarIndex(Array("plain ascii text".utf8))
        #expect(index.scalarOffset(7) == 7)
        #expect(index.scalarOffset(-3) == 0)
        #expect(index.byteOffset(ofScalar: 99) == 16)
    }
}
