/// What `quotecheck eval` measured: the reference scorer's figures, the same per article, the
/// records on which gold and prediction disagree, and the bars.
public struct EvaluationReport: Sendable {
    /// The gold file scored against.
    public var goldPath: String
    public var scores: Scores
    public var articles: [ArticleFigures]
    /// Every disagreement, article by article in gold order, in text order.
    public var mismatches: [Mismatch]
    public var bars: [ScoreBar.Result]
    /// Input problems (unreadable lines, missing articles): they make the run exit 2.
    public var problems: [DatasetProblem]

    public init(goldPath: String, scores: Scores, articles: [ArticleFigures] = [], mismatches: [Mismatch] = [],
                bars: [ScoreBar.Result] = [], problems: [DatasetProblem] = []) {
        self.goldPath = goldPath
        self.scores = scores
        self.articles = articles
        self.mismatches = mismatches
        self.bars = bars
        self.problems = problems
    }

    /// True when some bar is not reached: the run exits 1.
    public var failsBars: Bool { bars.contains { !$0.passed } }

    /// Builds the report of a scoring result: per-article figures and mismatches.
    public init(goldPath: String, result: Scorer.Result, bars: [ScoreBar], problems: [DatasetProblem] = []) {
        self.goldPath = goldPath
        scores = result.scores
        self.bars = bars.map { $0.check(result.scores) }
        self.problems = problems
        articles = ArticleFigures.table(result)
        mismatches = Mismatch.list(result)
    }
}

/// Span and field figures of one article.
public struct ArticleFigures: Sendable, Equatable {
    public let article: String
    public let gold: Int
    public let predicted: Int
    /// Gold spans predicted exactly.
    public let exact: Int
    /// Pairs of the overlap matching.
    public let matched: Int
    /// Span overlap precision, recall and F1 within the article.
    public let overlap: PRF
    /// Exact spans with every field right.
    public let allFieldsExact: Int

    static func table(_ result: Scorer.Result) -> [ArticleFigures] {
        var order: [String] = []
        var seen: Set<[UInt8]> = []
        for record in result.gold where seen.insert(Array(record.article.utf8)).inserted { order.append(record.article) }
        func count<T>(_ items: [T], _ article: (T) -> String) -> [[UInt8]: Int] {
            var counts: [[UInt8]: Int] = [:]
            for item in items { counts[Array(article(item).utf8), default: 0] += 1 }
            return counts
        }
        let gold = count(result.gold, \.article)
        let predicted = count(result.predictions, \.article)
        let exact = count(result.exactPairs) { result.gold[$0.gold].article }
        let matched = count(result.overlapPairs) { result.gold[$0.gold].article }
        let full = count(result.exactPairs.filter(result.allFieldsAgree)) {
            result.gold[$0.gold].article
        }
        return order.map { article in
            let key = Array(article.utf8)
            let goldCount = gold[key] ?? 0, predictedCount = predicted[key] ?? 0, matchedCount = matched[key] ?? 0
            return ArticleFigures(article: article, gold: goldCount, predicted: predictedCount, exact: exact[key] ?? 0,
                                  matched: matchedCount,
                                  overlap: PRF(truePositives: matchedCount, predicted: predictedCount, gold: goldCount),
                                  allFieldsExact: full[key] ?? 0)
        }
    }
}

/// A gold record and a prediction that disagree, or one of them without the other.
public struct Mismatch: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A gold record no prediction overlaps.
        case missed
        /// A prediction no gold record overlaps.
        case spurious
        /// A matched pair that differs in its span or in some field.
        case differs
    }

    public let kind: Kind
    public let gold: QuoteAnnotation?
    public let prediction: QuoteAnnotation?
    /// For `differs`: `span` when the offsets differ, then each field that differs.
    public let fields: [String]

    static func list(_ result: Scorer.Result) -> [Mismatch] {
        var entries: [(article: [UInt8], start: Int, order: Int, mismatch: Mismatch)] = []
        var matchedGold: Set<Int> = [], matchedPredictions: Set<Int> = []
        for pair in result.overlapPairs {
            matchedGold.insert(pair.gold)
            matchedPredictions.insert(pair.prediction)
            let gold = result.gold[pair.gold], prediction = result.predictions[pair.prediction]
            var fields = FieldMatch.differences(result.goldFields[pair.gold], result.predictionFields[pair.prediction])
            if gold.start != prediction.start || gold.end != prediction.end { fields.insert("span", at: 0) }
            if !fields.isEmpty {
                entries.append((Array(gold.article.utf8), gold.start, 0, Mismatch(kind: .differs, gold: gold, prediction: prediction, fields: fields)))
            }
        }
        for (index, gold) in result.gold.enumerated() where !matchedGold.contains(index) {
            entries.append((Array(gold.article.utf8), gold.start, 0, Mismatch(kind: .missed, gold: gold, prediction: nil, fields: [])))
        }
        for (index, prediction) in result.predictions.enumerated() where !matchedPredictions.contains(index) {
            entries.append((Array(prediction.article.utf8), prediction.start, 1,
                            Mismatch(kind: .spurious, gold: nil, prediction: prediction, fields: [])))
        }
        var articleOrder: [[UInt8]: Int] = [:]
        for record in result.gold where articleOrder[Array(record.article.utf8)] == nil {
            articleOrder[Array(record.article.utf8)] = articleOrder.count
        }
        return entries.enumerated().sorted { lhs, rhs in
            let left = (articleOrder[lhs.element.article] ?? Int.max, lhs.element.start, lhs.element.order, lhs.offset)
            let right = (articleOrder[rhs.element.article] ?? Int.max, rhs.element.start, rhs.element.order, rhs.offset)
            return left < right
        }.map(\.element.mismatch)
    }
}
