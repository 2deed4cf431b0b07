/// The reference scorer's tests of agreement between a gold record and a prediction, field by
/// field. Text is compared after `PythonText.fold`, byte for byte.
public enum FieldMatch {
    /// `g.get("kind") == p.get("kind")`: exact, unfolded.
    public static func kind(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        same(gold.kind.map { Array($0.utf8) }, prediction.kind.map { Array($0.utf8) })
    }

    /// Strict: the same speakers once folded, as sorted lists (so duplicates count).
    public static func speakersStrict(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        sortedFolded(gold.speakers) == sortedFolded(prediction.speakers)
    }

    /// Lenient: the last word of each gold speaker is a word of some predicted speaker; no gold
    /// speakers match only no predicted speakers.
    public static func speakersLenient(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        let goldSpeakers = gold.speakers.filter { !$0.isEmpty }.map { PythonText.fold($0) }
        let predicted = prediction.speakers.filter { !$0.isEmpty }.map { PythonText.fold($0) }
        if goldSpeakers.isEmpty { return predicted.isEmpty }
        let predictedWords = predicted.map { words($0) }
        return goldSpeakers.allSatisfy { speaker in
            guard let last = words(speaker).last else { return true }  // folded to nothing: Python skips it
            return predictedWords.contains { $0.contains(last) }
        }
    }

    public static func cue(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        same(PythonText.fold(gold.cue), PythonText.fold(prediction.cue))
    }

    public static func via(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        sortedFolded(gold.via) == sortedFolded(prediction.via)
    }

    public static func outlet(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        same(PythonText.fold(gold.outlet), PythonText.fold(prediction.outlet))
    }

    /// Every field the scorer compares besides the span: what `all_fields_exact` counts.
    public static func allFields(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> Bool {
        speakersStrict(gold, prediction) && kind(gold, prediction) && cue(gold, prediction)
            && via(gold, prediction) && outlet(gold, prediction)
    }

    /// The fields (by seed-schema name) on which a matched pair disagrees, in schema order.
    public static func differences(_ gold: QuoteAnnotation, _ prediction: QuoteAnnotation) -> [String] {
        var fields: [String] = []
        if !kind(gold, prediction) { fields.append("kind") }
        if !speakersStrict(gold, prediction) { fields.append("speakers") }
        if !cue(gold, prediction) { fields.append("cue") }
        if !via(gold, prediction) { fields.append("via") }
        if !outlet(gold, prediction) { fields.append("outlet") }
        return fields
    }

    private static func same(_ a: [UInt8]?, _ b: [UInt8]?) -> Bool { a == b }

    private static func sortedFolded(_ values: [String]) -> [[UInt8]] {
        values.map { PythonText.fold($0) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Words of folded text (folding leaves single spaces between words).
    private static func words(_ folded: [UInt8]) -> [ArraySlice<UInt8>] {
        folded.split(separator: 0x20)
    }
}
