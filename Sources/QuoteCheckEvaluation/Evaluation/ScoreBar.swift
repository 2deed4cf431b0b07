/// A minimum a figure of `quotecheck eval` must reach (`--min-f1 X`, `--min FIELD=X`).
public struct ScoreBar: Sendable, Equatable {
    /// A `score.py` figure name (`span_overlap_F1`, `kind_acc`, ...).
    public let figure: String
    public let minimum: Double

    public init(figure: String, minimum: Double) {
        self.figure = figure
        self.minimum = minimum
    }

    /// Short names accepted by `--min` besides the `score.py` names.
    public static let aliases: [String: String] = [
        "f1": "span_overlap_F1", "overlap": "span_overlap_F1", "exact": "span_exact_F1",
        "kind": "kind_acc", "speaker": "speaker_strict_acc", "speaker_strict": "speaker_strict_acc",
        "speaker_lenient": "speaker_lenient_acc", "cue": "cue_acc", "via": "via_acc", "outlet": "outlet_acc",
        "end2end": "end2end_F1",
    ]

    /// The figures a bar may be set on: the ratios (counts are not scores).
    public static var barrableFigures: [String] {
        Scores.zero.figures.compactMap { figure in
            if case .ratio = figure.value { return figure.name }
            return nil
        }
    }

    /// Parses `FIELD=X`, with FIELD a figure name or alias and 0 <= X <= 1.
    public static func parse(_ text: String) throws(ScoreBarError) -> ScoreBar {
        guard let equals = text.firstIndex(of: "=") else {
            throw ScoreBarError("expected FIELD=X, found \"\(text)\"")
        }
        let name = String(text[..<equals]), value = String(text[text.index(after: equals)...])
        return try ScoreBar(figureNamed: name, minimum: value)
    }

    /// A bar from a figure name (or alias) and the text of its minimum.
    public init(figureNamed name: String, minimum value: String) throws(ScoreBarError) {
        let figure = Self.aliases[name] ?? name
        guard Self.barrableFigures.contains(figure) else {
            throw ScoreBarError("unknown figure \"\(name)\" (known: \(Self.barrableFigures.joined(separator: ", ")); "
                                + "short names: \(Self.aliases.keys.sorted().joined(separator: ", ")))")
        }
        guard let minimum = Double(value), minimum >= 0, minimum <= 1 else {
            throw ScoreBarError("the bar for \(figure) must be a number from 0 to 1, found \"\(value)\"")
        }
        self.init(figure: figure, minimum: minimum)
    }

    /// The bar against the scores.
    public func check(_ scores: Scores) -> Result {
        let value = scores.figure(figure)?.number ?? 0
        return Result(bar: self, value: value, passed: value >= minimum)
    }

    /// A figure beside its bar.
    public struct Result: Sendable, Equatable {
        public let bar: ScoreBar
        public let value: Double
        public let passed: Bool
    }
}

/// A `--min` that does not parse.
public struct ScoreBarError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension Scores {
    /// Scores of nothing against nothing: all zero.
    public static var zero: Scores {
        Scorer().score(gold: [], predictions: []).scores
    }
}
