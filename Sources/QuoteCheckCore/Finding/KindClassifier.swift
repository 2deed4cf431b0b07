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

    init(rules: RuleSet) {
        kinds = rules.kinds
        splitter = SentenceSplitter(abbreviations: rules.abbreviations)
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
               dash == "—" || dash == "–" || dash == "―" || dash == "-" { return .direct }
        }
        return isTerm(quote.content, prefix: prefix, in: bytes) ? .term : .partial
    }

    /// `… said. ”` style: a closing mark right after a sentence end.
    private func endsWithSentenceCloser(_ prefix: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let scalar = UTF8Scan.scalar(before: prefix.upperBound, in: bytes),
              SentenceSplitter.closers.contains(scalar.value) else { return false }
        let before = UTF8Scan.previousStart(prefix.upperBound, in: bytes)
        guard before > prefix.lowerBound else { return false }
        let stop = bytes[before - 1]
        return stop == UInt8(ascii: ".") || stop == UInt8(ascii: "?") || stop == UInt8(ascii: "!")
    }

    private func isTerm(_ content: Range<Int>, prefix: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most quotes are too long or hold clause punctuation: decide those on bytes, unbuilt.
        var spaces = 0
        for index in content {
            switch bytes[index] {
            case UInt8(ascii: " "):
                spaces += 1
                if spaces >= kinds.termMaxWords { return false }
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return false
            default: break
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " })
        guard !words.isEmpty, words.count <= kinds.termMaxWords else { return false }
        if text.contains(where: { ",.;:!?…\"”“".contains($0) }) { return false }
        let lower = words.map { $0.lowercased() }
        // Title Case names ("Cold War"), two words or more.
        if words.count >= 2 && zip(words, lower).allSatisfy({ word, low in
            kinds.titleCaseJoiners.contains(low) || (word.first.map { $0.isUppercase } ?? false)
        }) && words.first!.first!.isUppercase {
            return true
        }
        // A naming head noun, directly or before "of" ("code of conduct"), after a determiner.
        let headIndex = lower.firstIndex(of: "of").map { $0 - 1 } ?? lower.count - 1
        guard headIndex >= 0, kinds.termHeads.contains(lower[headIndex]) else { return false }
        let prefixText = String(decoding: UnsafeBufferPointer(rebasing: bytes[prefix]), as: UTF8.self)
        guard let before = prefixText.split(whereSeparator: { $0 == " " }).last?.lowercased() else { return false }
        return kinds.termDeterminers.contains(before)
    }
}
