/// A record's scored fields, folded once (as `PythonText.fold` folds), so that comparing many
/// pairs does not fold the same names again and again.
public struct FoldedFields: Sendable, Equatable {
    /// Kind as written, unfolded (the reference compares kinds exactly).
    let kind: [UInt8]?
    /// Every speaker folded, sorted: the strict comparison.
    let speakers: [[UInt8]]
    /// Words of the folded non-empty speakers, in order: the lenient comparison.
    let speakerWords: [[ArraySlice<UInt8>]]
    let cue: [UInt8]?
    let via: [[UInt8]]
    let outlet: [UInt8]?

    public init(_ record: QuoteAnnotation) {
        kind = record.kind.map { Array($0.utf8) }
        speakers = Self.sortedFolded(record.speakers)
        speakerWords = record.speakers.filter { !$0.isEmpty }.map { PythonText.fold($0).split(separator: 0x20) }
        cue = PythonText.fold(record.cue)
        via = Self.sortedFolded(record.via)
        outlet = PythonText.fold(record.outlet)
    }

    private static func sortedFolded(_ values: [String]) -> [[UInt8]] {
        values.map { PythonText.fold($0) }.sorted { $0.lexicographicallyPrecedes($1) }
    }
}

/// The reference scorer's tests of agreement between a gold record and a prediction, field by
/// field, on folded fields compared byte for byte.
public enum FieldMatch {
    /// `g.get("kind") == p.get("kind")`: exact, unfolded.
    public static func kind(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool { gold.kind == prediction.kind }

    /// Strict: the same speakers once folded, as sorted lists (so duplicates count).
    public static func speakersStrict(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool {
        gold.speakers == prediction.speakers
    }

    /// Lenient: the last word of each gold speaker is a word of some predicted speaker; no gold
    /// speakers match only no predicted speakers.
    public static func speakersLenient(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool {
        if gold.speakerWords.isEmpty { return prediction.speakerWords.isEmpty }
        return gold.speakerWords.allSatisfy { words in
            guard let last = words.last else { return true }  // folded to nothing: Python skips it
            return prediction.speakerWords.contains { $0.contains(last) }
        }
    }

    public static func cue(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool { gold.cue == prediction.cue }
    public static func via(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool { gold.via == prediction.via }
    public static func outlet(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool { gold.outlet == prediction.outlet }

    /// Every field the scorer compares besides the span: what `all_fields_exact` counts.
    public static func allFields(_ gold: FoldedFields, _ prediction: FoldedFields) -> Bool {
        speakersStrict(gold, prediction) && kind(gold, prediction) && cue(gold, prediction)
            && via(gold, prediction) && outlet(gold, prediction)
    }

    /// The fields (by seed-schema name) on which a matched pair disagrees, in schema order.
    public static func differences(_ gold: FoldedFields, _ prediction: FoldedFields) -> [String] {
        var fields: [String] = []
        if !kind(gold, prediction) { fields.append("kind") }
        if !speakersStrict(gold, prediction) { fields.append("speakers") }
        if !cue(gold, prediction) { fields.append("cue") }
        if !via(gold, prediction) { fields.append("via") }
        if !outlet(gold, prediction) { fields.append("outlet") }
        return fields
    }

    /// The same tests on records, folding them first.
    public static func speakersStrict(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        speakersStrict(FoldedFields(gold), FoldedFields(prediction))
    }
    public static func speakersLenient(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        speakersLenient(FoldedFields(gold), FoldedFields(prediction))
    }
    public static func differences(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> [String] {
        differences(FoldedFields(gold), FoldedFields(prediction))
    }
}
