import QuoteCheckCrossCheck

/// A mention's context cut into pieces for display, in order: plain text, the mention itself
/// (the quote or title), the words that name its speaker, and its cue. Pieces never overlap: a
/// speaker's words inside the quote (a transcript label) split the quote around them. The
/// reporters wrap each marked piece in their own markup after escaping its text.
struct MarkedContext {
    enum Mark: Equatable { case plain, mention, speaker, cue }

    struct Piece: Equatable {
        let text: String
        let mark: Mark
    }

    /// A quote longer than this (in characters) is shown by its start and end around an ellipsis:
    /// the evidence table above gives it whole.
    static let longestMention = 400

    let pieces: [Piece]
    let clippedBefore: Bool
    let clippedAfter: Bool

    /// Nil when the evidence has no context (records built by hand).
    init?(_ evidence: Evidence) {
        guard let context = evidence.context else { return nil }
        let scalars = Array(context.text.unicodeScalars)
        /// A span of the article as positions in the context's scalars, clamped to it.
        func local(_ span: Range<Int>?) -> Range<Int>? {
            guard let span else { return nil }
            let lower = max(span.lowerBound - context.start, 0), upper = min(span.upperBound - context.start, scalars.count)
            return lower < upper ? lower..<upper : nil
        }
        let mention = local(evidence.start..<evidence.end), speaker = local(context.speakerWords), cue = local(context.cueWords)
        func mark(_ position: Int) -> Mark {
            if speaker?.contains(position) == true { return .speaker }
            if cue?.contains(position) == true { return .cue }
            if mention?.contains(position) == true { return .mention }
            return .plain
        }
        var pieces: [Piece] = []
        var start = 0
        while start < scalars.count {
            let kind = mark(start)
            var end = start + 1
            while end < scalars.count && mark(end) == kind { end += 1 }
            var text = String(String.UnicodeScalarView(scalars[start..<end]))
            if kind == .mention, end - start > Self.longestMention {
                let head = String(String.UnicodeScalarView(scalars[start..<start + Self.longestMention * 3 / 4]))
                let tail = String(String.UnicodeScalarView(scalars[end - Self.longestMention / 4..<end]))
                text = head + " … " + tail
            }
            pieces.append(Piece(text: text, mark: kind))
            start = end
        }
        self.pieces = pieces
        clippedBefore = context.clippedBefore
        clippedAfter = context.clippedAfter
    }
}
