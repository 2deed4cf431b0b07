/// Scores predicted quote records against gold exactly as `../shared/tools/score.py` does, so
/// that `quotecheck eval` and the reference scorer print the same figures.
public struct Scorer: Sendable {
    /// The reference scorer's options.
    public struct Options: Sendable {
        /// Predictions of these kinds are dropped (`--ignore-kinds term,claim`).
        public var ignoreKinds: [String]
        /// Predictions overlapping one of these (IoU >= 0.5) and no gold record are dropped: spans
        /// where a prediction is neither right nor wrong (`--ignore-spans`).
        public var ignoreSpans: [QuoteAnnotation]?
        /// Speakers are scored against these records instead of the gold, on the matched spans
        /// they cover (`--speaker-gold`).
        public var speakerGold: [QuoteAnnotation]?

        public init(ignoreKinds: [String] = [], ignoreSpans: [QuoteAnnotation]? = nil, speakerGold: [QuoteAnnotation]? = nil) {
            self.ignoreKinds = ignoreKinds
            self.ignoreSpans = ignoreSpans
            self.speakerGold = speakerGold
        }
    }

    /// The figures and the matching behind them.
    public struct Result: Sendable {
        public let scores: Scores
        public let gold: [QuoteAnnotation]
        /// The predictions that were scored: those in gold articles, after the ignore options.
        public let predictions: [QuoteAnnotation]
        /// Gold records whose exact span was predicted, with the prediction matched to each.
        public let exactPairs: [SpanOverlap.Pair]
        /// The one-to-one overlap matching on which field accuracies are computed.
        public let overlapPairs: [SpanOverlap.Pair]
        /// The scored fields of each gold record and prediction, folded.
        public let goldFields: [FoldedFields]
        public let predictionFields: [FoldedFields]

        /// Whether a pair agrees on every scored field.
        func allFieldsAgree(_ pair: SpanOverlap.Pair) -> Bool {
            FieldMatch.allFields(goldFields[pair.gold], predictionFields[pair.prediction])
        }
    }

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    public func score(gold: [QuoteAnnotation], predictions allPredictions: [QuoteAnnotation]) -> Result {
        let predictions = filter(allPredictions, gold: gold)

        // Exact: a dictionary keyed by span, so the last prediction of a span is the one matched.
        var predictionBySpan: [SpanKey: Int] = [:]
        for (index, prediction) in predictions.enumerated() { predictionBySpan[prediction.spanKey] = index }
        let exactPairs = gold.indices.compactMap { index in
            predictionBySpan[gold[index].spanKey].map { SpanOverlap.Pair(gold: index, prediction: $0) }
        }
        let overlapPairs = SpanOverlap.match(gold: gold, predictions: predictions)

        let goldFields = gold.map(FoldedFields.init)
        let predictionFields = predictions.map(FoldedFields.init)
        let matched = overlapPairs.map { (goldFields[$0.gold], predictionFields[$0.prediction]) }
        func accuracy(_ pairs: [(FoldedFields, FoldedFields)], _ agree: (FoldedFields, FoldedFields) -> Bool) -> Double {
            pairs.isEmpty ? 0.0 : Double(pairs.count { agree($0.0, $0.1) }) / Double(pairs.count)
        }

        var speakerPairs = matched
        if let speakerGold = options.speakerGold {
            var bySpan: [SpanKey: QuoteAnnotation] = [:]
            for record in speakerGold { bySpan[record.spanKey] = record }
            speakerPairs = overlapPairs.compactMap { pair in
                bySpan[gold[pair.gold].spanKey].map { (FoldedFields($0), predictionFields[pair.prediction]) }
            }
        }

        let exact = exactPairs.map { (goldFields[$0.gold], predictionFields[$0.prediction]) }
        let scores = Scores(
            gold: gold.count,
            predicted: predictions.count,
            spanExact: PRF(truePositives: exact.count, predicted: predictions.count, gold: gold.count),
            spanOverlap: PRF(truePositives: matched.count, predicted: predictions.count, gold: gold.count),
            kindAccuracy: accuracy(matched, FieldMatch.kind),
            speakerScored: speakerPairs.count,
            speakerStrictAccuracy: accuracy(speakerPairs, FieldMatch.speakersStrict),
            speakerLenientAccuracy: accuracy(speakerPairs, FieldMatch.speakersLenient),
            cueAccuracy: accuracy(matched, FieldMatch.cue),
            viaAccuracy: accuracy(matched, FieldMatch.via),
            outletAccuracy: accuracy(matched, FieldMatch.outlet),
            endToEnd: PRF(truePositives: exact.count { FieldMatch.speakersStrict($0.0, $0.1) },
                          predicted: predictions.count, gold: gold.count),
            allFieldsExact: exact.count { FieldMatch.allFields($0.0, $0.1) })
        return Result(scores: scores, gold: gold, predictions: predictions, exactPairs: exactPairs, overlapPairs: overlapPairs,
                      goldFields: goldFields, predictionFields: predictionFields)
    }

    /// The predictions `score.py` keeps, in order: those in gold articles, not of an ignored
    /// kind, and not on an ignored span that no gold record covers.
    func filter(_ predictions: [QuoteAnnotation], gold: [QuoteAnnotation]) -> [QuoteAnnotation] {
        let goldByArticle = Dictionary(grouping: gold) { Array($0.article.utf8) }
        var kept = predictions.filter { goldByArticle[Array($0.article.utf8)] != nil }
        if !options.ignoreKinds.isEmpty {
            let ignored = Set(options.ignoreKinds.map { Array($0.utf8) })
            kept = kept.filter { prediction in !(prediction.kind.map { ignored.contains(Array($0.utf8)) } ?? false) }
        }
        if let ignoreSpans = options.ignoreSpans {
            let ignoreByArticle = Dictionary(grouping: ignoreSpans) { Array($0.article.utf8) }
            kept = kept.filter { prediction in
                let article = Array(prediction.article.utf8)
                let onIgnoredSpan = (ignoreByArticle[article] ?? []).contains { SpanOverlap.iou($0, prediction) >= SpanOverlap.threshold }
                let onGold = (goldByArticle[article] ?? []).contains { SpanOverlap.iou($0, prediction) >= SpanOverlap.threshold }
                return !(onIgnoredSpan && !onGold)
            }
        }
        return kept
    }
}
