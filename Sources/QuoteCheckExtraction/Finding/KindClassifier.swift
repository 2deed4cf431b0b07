import QuoteCheckText
import QuoteCheckRules

/// Decides whether a (non-headline) quote is direct speech, a partial quote or a quoted term.
///
/// - direct: the quote holds a sentence boundary, or it opens its sentence (nothing before it in
///   the paragraph, or a colon, a sentence end, or a comma before a capital).
/// - term: a short noun phrase without clause punctuation that is either in Title Case ("Cold
///   War") or ends in a naming head noun after a determiner ("a “code of conduct”").
/// - partial: any other fragment woven into the sentence.
struct KindClassifier: Sendable {
    let kinds: KindRules
    let splitter: SentenceSplitter
    /// rules/marks.yaml `dashes`: an introducing dash before a quote opens its sentence.
    private let dashes: ScalarSet
    private let heads: WordHashSet
    private let determiners: WordHashSet
    private let joiners: WordHashSet
    private let namingMarkers: WordHashSet
    private let knownTerms: KnownTerms
    /// rules/speakers.yaml grammar `title_links`: a term's head noun stands before one ("code of
    /// conduct").
    private let titleLinks: WordHashSet

    init(rules: RuleSet) {
        kinds = rules.kinds
        splitter = rules.sentenceSplitter
        dashes = rules.marks.dashes
        heads = WordHashSet(words: kinds.termHeads)
        determiners = WordHashSet(words: kinds.termDeterminers)
        joiners = WordHashSet(words: kinds.titleCaseJoiners)
        namingMarkers = WordHashSet(words: kinds.namingMarkers)
        knownTerms = KnownTerms(names: kinds.termNames)
        titleLinks = WordHashSet(words: rules.speakers.grammar[.titleLinks] ?? [])
    }

    func kind(of quote: FoundQuote, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> QuoteKind {
        guard let open = quote.openMark, !quote.continued else { return .direct }
        if splitter.hasBoundary(quote.content, in: bytes) { return .direct }
        let prefix = UTF8Scan.trimmed(lineStart..<open.lowerBound, in: bytes)
        let first = UTF8Scan.scalar(at: quote.content.lowerBound, in: bytes)?.0
        if prefix.isEmpty { return .direct }
        let last = bytes[prefix.upperBound - 1]
        switch last {
        case UInt8(ascii: ":"): return .direct
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
            if !splitter.isAbbreviation(endingAt: prefix.upperBound - 1, in: bytes) { return .direct }
        case UInt8(ascii: ","):
            // "said, “We…”" opens a sentence; "suspicious, “Cold War” terms" names a thing.
            if UTF8Scan.isUppercase(first) && !isTerm(quote.content, prefix: prefix, in: bytes) { return .direct }
        default:
            if endsWithSentenceCloser(prefix, in: bytes) { return .direct }
            // After a dateline or an introducing dash ("WASHINGTON (AP) — “It’s over,”").
            if UTF8Scan.isUppercase(first), let dash = UTF8Scan.scalar(before: prefix.upperBound, in: bytes),
               dashes.contains(dash) || dash == "-" { return .direct }
        }
        // (A term or slogan the rules know is one wherever it stands: "one country, two systems".)
        return isTerm(quote.content, prefix: prefix, in: bytes) || knownTerms.contains(quote.content, in: bytes) ? .term : .partial
    }

    /// `… said. ”` style: a closing mark right after a sentence end.
    private func endsWithSentenceCloser(_ prefix: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let scalar = UTF8Scan.scalar(before: prefix.upperBound, in: bytes),
              splitter.closers.contains(scalar) else { return false }
        let before = UTF8Scan.previousStart(prefix.upperBound, in: bytes)
        guard before > prefix.lowerBound else { return false }
        let stop = bytes[before - 1]
        return stop == UInt8(ascii: ".") || stop == UInt8(ascii: "?") || stop == UInt8(ascii: "!")
    }

    private func isTerm(_ content: Range<Int>, prefix: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A term has at most `termMaxWords` words: their ranges and hashes fit in scratch space
        // on the stack (two arrays per quote cost more than the test).
        withUnsafeTemporaryAllocation(of: (word: Range<Int>, hash: UInt64).self, capacity: kinds.termMaxWords + 1) { words in
            isTerm(content, prefix: prefix, in: bytes, scratch: words)
        }
    }

    private func isTerm(_ content: Range<Int>, prefix: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                        scratch: UnsafeMutableBufferPointer<(word: Range<Int>, hash: UInt64)>) -> Bool {
        // Words of the quote, on bytes; clause punctuation or inner quote marks rule a term out.
        var count = 0
        func add(_ word: Range<Int>) {
            scratch[count] = (word, WordHash.hash(bytes, word))
            count += 1
        }
        var wordStart: Int? = nil
        var index = content.lowerBound
        while index < content.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "\""):
                return false
            case 0xE2 where index + 2 < content.upperBound && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D || bytes[index + 2] == 0xA6):
                return false  // “ ” …
            case UInt8(ascii: " "):
                if let start = wordStart { add(start..<index); wordStart = nil }
                if count >= kinds.termMaxWords { return false }
            default:
                if wordStart == nil { wordStart = index }
            }
            index += 1
        }
        if let start = wordStart { add(start..<content.upperBound) }
        guard count > 0, count <= kinds.termMaxWords else { return false }
        let words = UnsafeBufferPointer(rebasing: scratch[..<count])
        func capitalised(_ word: Range<Int>) -> Bool { UTF8Scan.isUppercase(UTF8Scan.scalar(at: word.lowerBound, in: bytes)?.0) }
        // Title Case names ("Cold War"), two words or more.
        if words.count >= 2, capitalised(words[0].word),
           words.allSatisfy({ joiners.contains($0.hash) || capitalised($0.word) }) {
            return true
        }
        var wordEnd = prefix.upperBound
        while wordEnd > prefix.lowerBound, !UTF8Scan.isSpaceByte(bytes[wordEnd - 1]) { wordEnd -= 1 }
        let before = WordHash.hash(bytes, wordEnd..<prefix.upperBound)
        // A marker names the quote a thing whatever its words: "the so-called “consistency”".
        if namingMarkers.contains(before) { return true }
        // A naming head noun, directly or before "of" ("code of conduct"), after a determiner.
        let headIndex = words.firstIndex { titleLinks.contains($0.hash) }.map { $0 - 1 } ?? words.count - 1
        guard headIndex >= 0, heads.contains(words[headIndex].hash) else { return false }
        return determiners.contains(before)
    }
}
