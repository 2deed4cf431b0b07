/// Precision, recall and F1, computed as the reference scorer does (0 where undefined).
public struct PRF: Sendable, Equatable {
    public let precision: Double
    public let recall: Double
    public let f1: Double

    public init(truePositives: Int, predicted: Int, gold: Int) {
        precision = predicted != 0 ? Double(truePositives) / Double(predicted) : 0.0
        recall = gold != 0 ? Double(truePositives) / Double(gold) : 0.0
        f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0
    }
}

/// The figures of one evaluation, named and ordered as `score.py` prints them.
public struct Scores: Sendable, Equatable {
    public var gold: Int
    public var predicted: Int
    public var spanExact: PRF
    public var spanOverlap: PRF
    public var kindAccuracy: Double
    /// Matched pairs whose speakers were scored (all of them, or those in `--speaker-gold`).
    public var speakerScored: Int
    public var speakerStrictAccuracy: Double
    public var speakerLenientAccuracy: Double
    public var cueAccuracy: Double
    public var viaAccuracy: Double
    public var outletAccuracy: Double
    /// Exact span and strict speakers.
    public var endToEnd: PRF
    /// Exact spans whose every scored field agrees (a count, as in `score.py`).
    public var allFieldsExact: Int

    /// One named figure.
    public struct Figure: Sendable, Equatable {
        public enum Value: Sendable, Equatable {
            case count(Int)
            case ratio(Double)
        }
        public let name: String
        public let value: Value

        /// The value as a number, whatever its kind.
        public var number: Double {
            switch value {
            case let .count(count): return Double(count)
            case let .ratio(ratio): return ratio
            }
        }
    }

    /// Every figure, with `score.py`'s names, in its order.
    public var figures: [Figure] {
        [
            Figure(name: "gold", value: .count(gold)),
            Figure(name: "pred", value: .count(predicted)),
            Figure(name: "span_exact_P", value: .ratio(spanExact.precision)),
            Figure(name: "span_exact_R", value: .ratio(spanExact.recall)),
            Figure(name: "span_exact_F1", value: .ratio(spanExact.f1)),
            Figure(name: "span_overlap_P", value: .ratio(spanOverlap.precision)),
            Figure(name: "span_overlap_R", value: .ratio(spanOverlap.recall)),
            Figure(name: "span_overlap_F1", value: .ratio(spanOverlap.f1)),
            Figure(name: "kind_acc", value: .ratio(kindAccuracy)),
            Figure(name: "speaker_scored", value: .count(speakerScored)),
            Figure(name: "speaker_strict_acc", value: .ratio(speakerStrictAccuracy)),
            Figure(name: "speaker_lenient_acc", value: .ratio(speakerLenientAccuracy)),
            Figure(name: "cue_acc", value: .ratio(cueAccuracy)),
            Figure(name: "via_acc", value: .ratio(viaAccuracy)),
            Figure(name: "outlet_acc", value: .ratio(outletAccuracy)),
            Figure(name: "end2end_P", value: .ratio(endToEnd.precision)),
            Figure(name: "end2end_R", value: .ratio(endToEnd.recall)),
            Figure(name: "end2end_F1", value: .ratio(endToEnd.f1)),
            Figure(name: "all_fields_exact", value: .count(allFieldsExact)),
        ]
    }

    /// The figure called `name` (a `score.py` key).
    public func figure(_ name: String) -> Figure? { figures.first { $0.name == name } }
}
