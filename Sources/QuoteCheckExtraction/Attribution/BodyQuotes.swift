import QuoteCheckText

/// The quotes of an article's body, asked whether they hold a headline's words: a label in a
/// headline ("Cruz taking 'Benghazi' approach") is somebody's words only when the body quotes
/// them. A headline alone (a feed's title) has no body, and no such evidence.
struct BodyQuotes {
    private let contents: [Range<Int>]
    private let bytes: UnsafeBufferPointer<UInt8>

    init(quotes: [FoundQuote], layout: ArticleLayout, bytes: UnsafeBufferPointer<UInt8>) {
        contents = quotes.filter { !layout.isHeadline($0.line) }.map(\.content)
        self.bytes = bytes
        isEmpty = !layout.roles.contains(.text)
    }

    /// True when the article has no body text.
    let isEmpty: Bool

    /// Does a body quote hold these words (letters compared without case; the punctuation at
    /// their ends left out)?
    func quotes(_ words: Range<Int>) -> Bool {
        var lower = words.lowerBound, upper = words.upperBound
        while lower < upper, !isWordByte(bytes[lower]) { lower += 1 }
        while upper > lower, !isWordByte(bytes[upper - 1]) { upper -= 1 }
        let count = upper - lower
        guard count > 0 else { return false }
        for content in contents where content.count >= count {
            var start = content.lowerBound
            while start + count <= content.upperBound {
                var offset = 0
                while offset < count,
                      UTF8Scan.asciiLowercased(bytes[start + offset]) == UTF8Scan.asciiLowercased(bytes[lower + offset]) { offset += 1 }
                if offset == count { return true }
                start += 1
            }
        }
        return false
    }

    /// A letter or digit, or a byte of a non-ASCII character (kept: “é”, a curly mark inside).
    private func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || UTF8Scan.isASCIIWordByte(byte) }
}
