/// The shape of a plural's possessive: an s (or S) right before the mark, a space after it and
/// a letter or digit after the space ("workers' rights", "US’ Taiwan remarks"). The quote finder
/// asks it of a mark that might close a quote instead; the attribution tokenizer, of a mark no
/// quote took.
public enum PluralPossessive {
    /// Does the mark at `mark` stand in that shape, all of it inside `line`?
    @inlinable public static func hasShape(_ mark: Range<Int>, line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mark.lowerBound > line.lowerBound,
              bytes[mark.lowerBound - 1] == UInt8(ascii: "s") || bytes[mark.lowerBound - 1] == UInt8(ascii: "S"),
              mark.upperBound + 1 < line.upperBound, bytes[mark.upperBound] == UInt8(ascii: " ") else { return false }
        return UTF8Scan.isLetterOrDigit(UTF8Scan.scalar(at: mark.upperBound + 1, in: bytes)?.0)
    }
}
