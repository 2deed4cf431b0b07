import Dispatch
import QuoteCheckExtraction

/// One run of `quotecheck eval`: read the gold, run the extractor over the articles it names
/// (or read predictions from a file), score as `score.py` does and check the bars.
public struct Evaluation {
    public struct Options: Sendable {
        public var scoring: Scorer.Options
        public var bars: [ScoreBar]
        /// Articles extracted in parallel.
        public var jobs: Int

        public init(scoring: Scorer.Options = .init(), bars: [ScoreBar] = [], jobs: Int = 1) {
            self.scoring = scoring
            self.bars = bars
            self.jobs = jobs
        }
    }

    public let options: Options
    public init(options: Options) { self.options = options }

    /// Scores the extractor's output on the gold file's articles, found in `store`.
    public func run(gold goldFile: AnnotationReader.File, extractor: Extractor, store: ArticleStore) -> EvaluationReport {
        var problems = goldFile.problems
        // Articles in name order: the order `quotecheck extract FOLDER` writes them, so that the
        // prediction list equals the file the reference scorer would read.
        var names: [String: QuoteAnnotation] = [:]
        for record in goldFile.records where names[record.article] == nil { names[record.article] = record }
        var articles: [DatasetArticle] = []
        for name in names.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            switch store.article(named: name) {
            case let .success(article): articles.append(article)
            case let .failure(failure):
                problems.append(DatasetProblem(names[name]!.location(of: "article"), .error, .article, "\(failure)"))
            }
        }
        // A gold span past its article's end cannot be found; offsets near Int.max would also
        // overflow the scorer's arithmetic. Refused as `validate` refuses them.
        let lengths = Dictionary(uniqueKeysWithValues: articles.map { ($0.article.id, $0.scalarCount) })
        var gold: [QuoteAnnotation] = []
        for record in goldFile.records {
            if let length = lengths[record.article], record.end > length {
                problems.append(DatasetProblem(record.location(of: "end"), .error, .range,
                                               "end \(record.end) is past the end of \(record.article) (\(length) characters); "
                                               + "the record is left out"))
            } else {
                gold.append(record)
            }
        }
        problems = problems.enumerated().sorted {
            ($0.element.location.line, $0.element.location.column, $0.offset) < ($1.element.location.line, $1.element.location.column, $1.offset)
        }.map(\.element)
        let predictions = extract(articles, extractor)
        return score(gold: gold, predictions: predictions, goldPath: goldFile.path, problems: problems)
    }

    /// Scores given predictions (a file of them, or the extractor's) against gold records.
    public func score(gold: [QuoteAnnotation], predictions: [QuoteAnnotation], goldPath: String,
                      problems: [DatasetProblem] = []) -> EvaluationReport {
        let result = Scorer(options: options.scoring).score(gold: gold, predictions: predictions)
        return EvaluationReport(goldPath: goldPath, result: result, bars: options.bars, problems: problems)
    }

    private func extract(_ articles: [DatasetArticle], _ extractor: Extractor) -> [QuoteAnnotation] {
        OrderedParallelMap(jobs: options.jobs).map(articles) { extractor.extract($0.article) }.flatMap { $0.map(QuoteAnnotation.init) }
    }
}
