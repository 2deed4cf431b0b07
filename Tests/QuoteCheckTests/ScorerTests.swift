import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckEvaluation

/// Figures worked out by hand from `score.py`'s definitions.
@Suite("Scorer")
struct ScorerTests {
    private func quote(_ article: String, _ start: Int, _ end: Int, kind: String? = "direct", speakers: [String] = [],
                       cue: String? = nil, via: [String] = [], outlet: String? = nil) -> QuoteAnnotation {
        QuoteAnnotation(article: article, start: start, end: end, kind: kind, speakers: speakers, cue: cue, via: via, outlet: outlet)
    }

    @Test func spansAndFields() {
        let gold = [
            quote("a.txt", 0, 10, speakers: ["Ann Lee"], cue: "said", outlet: "AFP"),
            quote("a.txt", 20, 30, kind: "partial", speakers: ["Robert Smith"], cue: "told"),
            quote("a.txt", 40, 50, kind: "term"),
        ]
        let predictions = [
            quote("a.txt", 0, 10, speakers: ["ann  LEE"], cue: "SAID", outlet: "afp"),  // exact, fields equal once folded
            quote("a.txt", 21, 30, kind: "partial", speakers: ["Smith"]),               // IoU 0.9; lenient speaker only; cue missing
            quote("a.txt", 60, 70),                                                      // spurious
            quote("b.txt", 0, 10),                                                       // not a gold article: dropped
        ]
        let scores = Scorer().score(gold: gold, predictions: predictions).scores
        #expect(scores.gold == 3)
        #expect(scores.predicted == 3)
        #expect(scores.spanExact == PRF(truePositives: 1, predicted: 3, gold: 3))
        #expect(scores.spanExact.f1 == 1.0 / 3.0)
        #expect(scores.spanOverlap.precision == 2.0 / 3.0)
        #expect(scores.spanOverlap.recall == 2.0 / 3.0)
        #expect(scores.kindAccuracy == 1.0)
        #expect(scores.speakerScored == 2)
        #expect(scores.speakerStrictAccuracy == 0.5)
        #expect(scores.speakerLenientAccuracy == 1.0)
        #expect(scores.cueAccuracy == 0.5)
        #expect(scores.viaAccuracy == 1.0)
        #expect(scores.outletAccuracy == 1.0)
        #expect(scores.endToEnd.precision == 1.0 / 3.0)
        #expect(scores.allFieldsExact == 1)
    }

    @Test func overlapTieGoesToTheHigherGoldIndex() {
        // Both gold spans have IoU 0.5 with the one prediction; Python's reverse sort over
        // (iou, gi, pi) tries gold 1 first.
        let gold = [quote("a.txt", 0, 10, kind: "direct"), quote("a.txt", 5, 15, kind: "partial")]
        let predictions = [quote("a.txt", 5, 10, kind: "partial")]
        let result = Scorer().score(gold: gold, predictions: predictions)
        #expect(result.overlapPairs == [SpanOverlap.Pair(gold: 1, prediction: 0)])
        #expect(result.scores.kindAccuracy == 1.0)
    }

    @Test func overlapTieGoesToTheHigherPredictionIndex() {
        let gold = [quote("a.txt", 0, 10, kind: "partial")]
        let predictions = [quote("a.txt", 0, 5, kind: "direct"), quote("a.txt", 5, 10, kind: "partial")]
        let result = Scorer().score(gold: gold, predictions: predictions)
        #expect(result.overlapPairs == [SpanOverlap.Pair(gold: 0, prediction: 1)])
        #expect(result.scores.kindAccuracy == 1.0)
        #expect(result.scores.spanOverlap.precision == 0.5)
    }

    @Test func overlapIsGreedyByIoU() {
        // (0.917, g1, p1) goes first, then (0.9, g0, p0); the 0.833 and 0.818 pairs lose.
        let gold = [quote("a.txt", 0, 10), quote("a.txt", 1, 12)]
        let predictions = [quote("a.txt", 1, 10), quote("a.txt", 0, 12)]
        let result = Scorer().score(gold: gold, predictions: predictions)
        #expect(result.overlapPairs == [SpanOverlap.Pair(gold: 1, prediction: 1), SpanOverlap.Pair(gold: 0, prediction: 0)])
        #expect(result.scores.spanExact.f1 == 0.0)
        #expect(result.scores.spanOverlap.f1 == 1.0)
    }

    @Test func belowHalfIsNoMatch() {
        let scores = Scorer().score(gold: [quote("a.txt", 0, 10)], predictions: [quote("a.txt", 6, 12)]).scores
        #expect(SpanOverlap.iou(0, 10, 6, 12) == 4.0 / 12.0)
        #expect(scores.spanOverlap.f1 == 0.0)
        #expect(scores.kindAccuracy == 0.0)  // no pairs: 0, as in score.py
    }

    @Test func quirksOfTheReferenceAreKept() {
        // Two predictions of one span: the exact match takes the last one.
        let gold = [quote("a.txt", 0, 10, kind: "partial")]
        let twice = [quote("a.txt", 0, 10, kind: "direct"), quote("a.txt", 0, 10, kind: "partial")]
        let result = Scorer().score(gold: gold, predictions: twice)
        #expect(result.exactPairs == [SpanOverlap.Pair(gold: 0, prediction: 1)])
        #expect(result.scores.allFieldsExact == 1)
        #expect(result.scores.spanExact.precision == 0.5)
        // Two gold records of one span both match it exactly: exact precision 2/1.
        let doubled = Scorer().score(gold: [quote("a.txt", 0, 10), quote("a.txt", 0, 10)], predictions: [quote("a.txt", 0, 10)]).scores
        #expect(doubled.spanExact.precision == 2.0)
        #expect(doubled.spanExact.f1 == 2 * 2.0 * 1.0 / 3.0)
        #expect(doubled.spanOverlap.precision == 1.0)
    }

    @Test func ignoreKindsAndIgnoreSpans() {
        let gold = [quote("a.txt", 0, 10)]
        let predictions = [
            quote("a.txt", 0, 10),
            quote("a.txt", 20, 30, kind: "term"),     // ignored kind
            quote("a.txt", 40, 50),                   // on an ignored span: dropped
            quote("a.txt", 1, 10),                    // on an ignored span that gold also covers: kept
        ]
        let options = Scorer.Options(ignoreKinds: ["term", "claim"],
                                     ignoreSpans: [quote("a.txt", 41, 50), quote("a.txt", 0, 9)])
        let result = Scorer(options: options).score(gold: gold, predictions: predictions)
        #expect(result.predictions.map(\.start) == [0, 1])
        #expect(result.scores.spanExact.precision == 0.5)
        #expect(Scorer().score(gold: gold, predictions: predictions).scores.predicted == 4)
    }

    @Test func speakerGoldReplacesTheGoldSpeakers() {
        let gold = [quote("a.txt", 0, 10, speakers: ["he"]), quote("a.txt", 20, 30, speakers: ["she"])]
        let predictions = [quote("a.txt", 0, 10, speakers: ["Jane Doe"]), quote("a.txt", 20, 30, speakers: ["she"])]
        let speakerGold = [quote("a.txt", 0, 10, speakers: ["Jane Doe"])]
        let scores = Scorer(options: .init(speakerGold: speakerGold)).score(gold: gold, predictions: predictions).scores
        #expect(scores.speakerScored == 1)
        #expect(scores.speakerStrictAccuracy == 1.0)
        // end2end still uses the gold's own speakers: only the second pair agrees.
        #expect(scores.endToEnd.recall == 0.5)
    }

    @Test func lenientSpeakerRules() {
        func lenient(_ gold: [String], _ predicted: [String]) -> Bool {
            FieldMatch.speakersLenient(quote("a.txt", 0, 1, speakers: gold), quote("a.txt", 0, 1, speakers: predicted))
        }
        #expect(lenient([], []))
        #expect(!lenient([], ["Someone"]))
        #expect(lenient(["Leon Panetta"], ["Defense Secretary Leon Panetta"]))
        #expect(!lenient(["Leon Panetta"], ["Leon"]))
        #expect(lenient(["Xi Jinping", "Fumio Kishida"], ["Kishida", "Jinping"]))
        #expect(lenient([" "], ["Anyone"]))   // folds to nothing: Python's generator skips it
        #expect(!lenient(["Ann"], [" "]))
    }

    @Test func strictSpeakersCompareCodePoints() {
        let precomposed = quote("a.txt", 0, 1, speakers: ["Jos\u{00E9} Ruiz"])
        let decomposed = quote("a.txt", 0, 1, speakers: ["Jose\u{0301} Ruiz"])
        #expect(!FieldMatch.speakersStrict(precomposed, decomposed))
        #expect(FieldMatch.speakersStrict(quote("a.txt", 0, 1, speakers: ["B", "A"]), quote("a.txt", 0, 1, speakers: ["a", "b"])))
        #expect(!FieldMatch.speakersStrict(quote("a.txt", 0, 1, speakers: ["A", "A"]), quote("a.txt", 0, 1, speakers: ["a"])))
    }

    @Test func nothingScoresZero() {
        let scores = Scorer().score(gold: [], predictions: []).scores
        #expect(scores.figures.allSatisfy { $0.number == 0 })
        #expect(scores.figures.map(\.name).count == 19)
    }

    @Test func barsParseAndCheck() throws {
        let bar = try ScoreBar.parse("kind=0.9")
        #expect(bar == ScoreBar(figure: "kind_acc", minimum: 0.9))
        #expect(throws: ScoreBarError.self) { try ScoreBar.parse("gold=1") }
        #expect(throws: ScoreBarError.self) { try ScoreBar.parse("cue_acc=1.5") }
        #expect(throws: ScoreBarError.self) { try ScoreBar.parse("cue_acc") }
        let scores = Scorer().score(gold: [quote("a.txt", 0, 10)], predictions: [quote("a.txt", 0, 10, kind: "partial")]).scores
        #expect(bar.check(scores).passed == false)
        #expect(try ScoreBar.parse("span_exact_F1=1").check(scores).passed)
    }
}
