/// Span overlap as the reference scorer measures it, and its greedy one-to-one matching.
public enum SpanOverlap {
    /// Character intersection over union of two spans (0 when the union is empty), computed as
    /// Python does: integer counts, one true division.
    public static func iou(_ a: QuoteAnnotation, _ b: QuoteAnnotation) -> Double {
        iou(a.start, a.end, b.start, b.end)
    }

    public static func iou(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> Double {
        let intersection = difference(min(aEnd, bEnd), max(aStart, bStart))
        let union = difference(max(aEnd, bEnd), min(aStart, bStart))
        return union != 0 ? max(0, intersection) / union : 0.0
    }

    /// `a - b` as Python's integers give it, in a Double: exact for the spans of any article
    /// (below 2^53), and without overflow for offsets at the edge of Int, which the readers
    /// refuse but a caller may still pass.
    private static func difference(_ a: Int, _ b: Int) -> Double {
        let (exact, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? Double(a) - Double(b) : Double(exact)
    }

    /// The overlap threshold of a match.
    public static let threshold = 0.5

    /// One matched pair: indices into the gold and prediction lists.
    public struct Pair: Sendable, Equatable {
        public let gold: Int
        public let prediction: Int
    }

    /// Best one-to-one matching of spans with IoU >= 0.5 in the same article: candidates taken
    /// greedily in the order of Python's `sorted(((iou, gi, pi), ...), reverse=True)`, i.e. by
    /// IoU, then higher gold index, then higher prediction index. Pairs come in that order.
    public static func match(gold: [QuoteAnnotation], predictions: [QuoteAnnotation]) -> [Pair] {
        var candidates: [(iou: Double, gold: Int, prediction: Int)] = []
        let predictionsByArticle = Dictionary(grouping: predictions.indices) { Array(predictions[$0].article.utf8) }
        for (goldIndex, record) in gold.enumerated() {
            for predictionIndex in predictionsByArticle[Array(record.article.utf8)] ?? [] {
                let score = iou(record, predictions[predictionIndex])
                if score >= threshold { candidates.append((score, goldIndex, predictionIndex)) }
            }
        }
        candidates.sort { ($0.iou, $0.gold, $0.prediction) > ($1.iou, $1.gold, $1.prediction) }
        var usedGold: Set<Int> = [], usedPredictions: Set<Int> = []
        var pairs: [Pair] = []
        for candidate in candidates {
            if usedGold.contains(candidate.gold) || usedPredictions.contains(candidate.prediction) { continue }
            usedGold.insert(candidate.gold)
            usedPredictions.insert(candidate.prediction)
            pairs.append(Pair(gold: candidate.gold, prediction: candidate.prediction))
        }
        return pairs
    }
}
