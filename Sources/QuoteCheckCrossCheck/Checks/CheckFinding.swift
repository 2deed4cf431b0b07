import Foundation
import QuoteCheckText
import QuoteCheckRules
import QuoteCheckExtraction

/// One inconsistency between articles, with the mentions that show it.
public struct CheckFinding: Sendable {
    public let check: CheckKind
    public let severity: Severity
    public let message: String
    /// The mentions side by side; for drift and truncation the first is the reference wording
    /// and the second the variant.
    public let evidence: [Evidence]
    /// Word-level difference from the first mention's text to the second's (drift, truncation,
    /// and a speaker conflict whose two sides are also worded differently).
    public let diff: WordDiff?
    /// The statement (index into the report's statements) the finding is about, if any.
    public let statement: Int?

    public init(check: CheckKind, severity: Severity, message: String, evidence: [Evidence], diff: WordDiff? = nil,
                statement: Int? = nil) {
        self.check = check
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.diff = diff
        self.statement = statement
    }

    /// The mention a finding is about, where tools place it: the variant of a drift, the short
    /// side of a truncation, the first mention otherwise. The others are related locations.
    public var primaryIndex: Int {
        (check == .wordingDrift || check == .truncatedQuote) && evidence.count > 1 ? 1 : 0
    }

    /// How sure the finding is: as sure as its least sure attribution (a mention with no speaker,
    /// or a title, has none to doubt).
    public var confidence: Confidence {
        evidence.lazy.map { $0.confidence ?? .high }.min() ?? .high
    }

    /// A fingerprint that stays the same across runs and edits elsewhere in the articles: the
    /// check and, for each mention, its article and words (not its offsets).
    public var fingerprint: String {
        var hash = StableHash.of(check.rawValue)
        for item in evidence {
            hash = StableHash.combine(hash, "\u{1}" + item.article)
            hash = StableHash.combine(hash, "\u{2}" + item.text.lowercased())
        }
        return StableHash.hex(hash)
    }
}

/// One mention shown as evidence: a quote, or a title given to a person.
public struct Evidence: Sendable, Equatable {
    /// Index of the article in the report.
    public let articleIndex: Int
    public let article: String
    /// Scalar offsets into the article text (end exclusive), and the 1-based line and column.
    public let start: Int
    public let end: Int
    public let line: Int
    public let column: Int
    public let text: String
    public let speakers: [String]
    public let via: [String]
    public let outlet: String?
    /// The article's date (`YYYY-MM-DD`), if known.
    public let date: String?
    /// The quote's kind; nil for a title mention.
    public let kind: QuoteKind?
    /// The sentence that attributes it, with where the speaker's and the cue's words are; nil
    /// when the article's text was not at hand (records built by hand).
    public let context: MentionContext?
    /// The cue as written, the rules that decided speaker and cue, and how sure the speaker is
    /// (nil for a title mention, or a quote with no speaker).
    public let cue: String?
    public let speakerRule: String?
    public let cueRule: String?
    public let confidence: Confidence?

    public init(articleIndex: Int, article: String, start: Int, end: Int, line: Int, column: Int, text: String,
                speakers: [String], via: [String], outlet: String?, date: String?, kind: QuoteKind?,
                context: MentionContext? = nil, cue: String? = nil, speakerRule: String? = nil, cueRule: String? = nil,
                confidence: Confidence? = nil) {
        self.articleIndex = articleIndex
        self.article = article
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.text = text
        self.speakers = speakers
        self.via = via
        self.outlet = outlet
        self.date = date
        self.kind = kind
        self.context = context
        self.cue = cue
        self.speakerRule = speakerRule
        self.cueRule = cueRule
        self.confidence = confidence
    }

    /// A quote record of article `articleIndex` as evidence; its outlet, else the article's.
    init(_ record: QuoteRecord, articleIndex: Int, article: CorpusArticle) {
        self.init(articleIndex: articleIndex, article: article.id, start: record.start, end: record.end,
                  line: record.line, column: record.column, text: record.text, speakers: record.speakers,
                  via: record.via, outlet: record.outlet ?? article.outlet, date: article.date?.iso, kind: record.kind,
                  context: record.context, cue: record.cue, speakerRule: record.speakerRule, cueRule: record.cueRule,
                  confidence: record.confidence)
    }
}

/// A word-level difference between two quotes, as stretches of shared, removed and added text.
public struct WordDiff: Sendable, Equatable {
    public enum Segment: Sendable, Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public let segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// Builds the diff of `a` to `b` from their alignment, showing words as written.
    public init(_ a: QuoteWords, _ b: QuoteWords, _ alignment: WordAlignment) {
        var segments: [Segment] = []
        var nextA = 0, nextB = 0
        // Words folded from one spelling ("won't" → will not) share where they are written: each
        // stretch of the text is shown once, by the first segment that reaches it.
        var shownA = 0, shownB = 0
        func text(_ words: QuoteWords, _ range: Range<Int>, _ shown: inout Int) -> String? {
            guard !range.isEmpty else { return nil }
            let upper = words.words[range.upperBound - 1].display.upperBound
            guard upper > shown else { return nil }
            let lower = max(shown, words.words[range.lowerBound].display.lowerBound)
            shown = upper
            return String(decoding: words.bytes[lower..<upper], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        func flush(toA: Int, toB: Int) {
            if let removed = text(a, nextA..<toA, &shownA) { segments.append(.removed(removed)) }
            if let added = text(b, nextB..<toB, &shownB) { segments.append(.added(added)) }
        }
        var run: Range<Int>?
        for pair in alignment.matches {
            if pair.a != nextA || pair.b != nextB {
                if let current = run, let same = text(b, current, &shownB) { segments.append(.same(same)) }
                run = nil
                flush(toA: pair.a, toB: pair.b)
            }
            run = (run?.lowerBound ?? pair.b)..<(pair.b + 1)
            // The words a shares with b are shown from b: a's place moves past them too.
            shownA = max(shownA, a.words[pair.a].display.upperBound)
            nextA = pair.a + 1
            nextB = pair.b + 1
        }
        if let current = run, let same = text(b, current, &shownB) { segments.append(.same(same)) }
        flush(toA: a.count, toB: b.count)
        self.segments = segments
    }

    /// Plain-text rendering: `[-removed-]` and `{+added+}` (wdiff style).
    public var plain: String {
        segments.map { segment in
            switch segment {
            case let .same(text): text
            case let .removed(text): "[-\(text)-]"
            case let .added(text): "{+\(text)+}"
            }
        }.joined(separator: " ")
    }
}
