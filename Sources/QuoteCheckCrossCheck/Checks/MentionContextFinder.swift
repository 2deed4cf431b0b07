import Matcher
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// Finds a mention's `MentionContext` in its article's bytes: the sentence that holds the
/// mention and, when they stand near it in its paragraph, the words that name its speaker and
/// cue; when they do not, one sentence more on either side. It reads only around the mention
/// (at most `reach` bytes each way for a sentence's edge), so a paragraph of thousands of quotes
/// costs no more per quote than a short one.
struct MentionContextFinder: Sendable {
    let splitter: SentenceSplitter
    /// How far, in bytes, a sentence's edge is looked for from the words it must hold; further
    /// than that, the context is cut (at a space) and says so. Also how near attribution words
    /// must stand to the mention to be shown in its sentence.
    static let reach = 320

    init(rules: RuleSet) {
        splitter = rules.sentenceSplitter
    }

    /// The context of the mention at bytes `span`, with the attribution's words (byte ranges,
    /// anywhere in the article), in the paragraph `paragraph`.
    func context(of span: Range<Int>, speakerWords: Range<Int>?, cueWords: Range<Int>?, paragraph: Range<Int>,
                 bytes: UnsafeBufferPointer<UInt8>, scalars: ScalarIndex) -> MentionContext {
        let reach = Self.reach
        /// Words in the mention's paragraph near it, which its sentence should show.
        func near(_ words: Range<Int>?) -> Range<Int>? {
            guard let words, words.lowerBound >= paragraph.lowerBound, words.upperBound <= paragraph.upperBound,
                  words.upperBound >= span.lowerBound - reach, words.lowerBound <= span.upperBound + reach else { return nil }
            return words
        }
        var core = span
        let shown = [near(speakerWords), near(cueWords)].compactMap { $0 }
        for words in shown {
            core = min(core.lowerBound, words.lowerBound)..<max(core.upperBound, words.upperBound)
        }
        var before = sentenceStart(before: core.lowerBound, in: paragraph, bytes)
        var after = sentenceEnd(after: core.upperBound, in: paragraph, bytes)
        if shown.isEmpty {
            // The cue is elsewhere (or there is none): the sentences around the mention show
            // what led to it and what followed.
            if let stop = before.stop { before = sentenceStart(before: stop, in: paragraph, bytes) }
            if !after.clipped && after.end < paragraph.upperBound { after = sentenceEnd(after: after.end + 1, in: paragraph, bytes) }
        }
        let range = UTF8Scan.trimmed(before.start..<after.end, in: bytes)
        return MentionContext(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
            start: scalars.scalarOffset(range.lowerBound), end: scalars.scalarOffset(range.upperBound),
            speakerWords: speakerWords.map { scalars.scalarOffset($0.lowerBound)..<scalars.scalarOffset($0.upperBound) },
            cueWords: cueWords.map { scalars.scalarOffset($0.lowerBound)..<scalars.scalarOffset($0.upperBound) },
            clippedBefore: before.clipped, clippedAfter: after.clipped)
    }

    /// Where the sentence holding byte `offset` starts, and the stop that ends the sentence
    /// before it (nil at the paragraph's start or when cut).
    private func sentenceStart(before offset: Int, in paragraph: Range<Int>,
                               _ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, stop: Int?, clipped: Bool) {
        let floor = max(paragraph.lowerBound, offset - Self.reach)
        var index = offset - 1
        while index >= floor {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
               let next = splitter.boundary(after: index, in: bytes, limit: paragraph.upperBound), next <= offset {
                return (next, index, false)
            }
            index -= 1
        }
        guard floor > paragraph.lowerBound else { return (paragraph.lowerBound, nil, false) }
        // Cut after a space, so that no word is halved; failing one, at a character's start.
        var cut = floor
        while cut < offset, !UTF8Scan.isSpaceByte(bytes[cut]) { cut += 1 }
        if cut == offset {
            cut = floor
            while cut < offset, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
        }
        return (cut, nil, true)
    }

    /// Where the sentence holding the byte before `offset` ends (after its stop and closing marks).
    private func sentenceEnd(after offset: Int, in paragraph: Range<Int>,
                             _ bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, clipped: Bool) {
        let ceiling = min(paragraph.upperBound, offset + Self.reach)
        // The mention's own last character may be the stop ("… this week.”).
        var index = max(offset - 1, paragraph.lowerBound)
        while index < ceiling {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
               let next = splitter.boundary(after: index, in: bytes, limit: paragraph.upperBound) {
                return (next, false)
            }
            index += 1
        }
        guard ceiling < paragraph.upperBound else { return (paragraph.upperBound, false) }
        var cut = ceiling
        while cut > offset, !UTF8Scan.isSpaceByte(bytes[cut - 1]) { cut -= 1 }
        if cut == offset {
            cut = ceiling
            while cut > offset, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        }
        return (cut, true)
    }
}
