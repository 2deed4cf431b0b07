import QuoteCheckText
import QuoteCheckRules

/// Whether a span sits between quote marks, as a quote of the seed schema does (its text holds
/// the words inside the marks). Spaces between mark and words are allowed (« comme ceci »);
/// a span that runs to the end of its paragraph needs no closing mark, since news style leaves a
/// quote that goes on in the next paragraph open.
public struct QuoteMarksAround: Sendable {
    private let marks: [[UInt8]]

    public init(rules: MarkRules) {
        marks = rules.marks.map(\.bytes)
    }

    /// A mark ends just before `byteOffset`, spaces apart.
    public func opens(before byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = byteOffset
        while offset > 0, let scalar = UTF8Scan.scalar(before: offset, in: bytes), isInlineSpace(scalar) {
            offset = UTF8Scan.previousStart(offset, in: bytes)
        }
        return marks.contains { mark in
            offset >= mark.count && bytes[(offset - mark.count)..<offset].elementsEqual(mark)
        }
    }

    /// A mark starts just after `byteOffset`, spaces apart, or the paragraph ends there.
    public func closes(after byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = byteOffset
        while let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes), isInlineSpace(scalar) { offset += length }
        if offset >= bytes.count || bytes[offset] == 0x0A || bytes[offset] == 0x0D { return true }
        return marks.contains { mark in
            offset + mark.count <= bytes.count && bytes[offset..<(offset + mark.count)].elementsEqual(mark)
        }
    }

    private func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value != 0x0A && scalar.value != 0x0D && UTF8Scan.isSpace(scalar)
    }
}
