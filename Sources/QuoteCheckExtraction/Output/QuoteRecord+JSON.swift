import QuoteCheckText
import QuoteCheckRules

extension QuoteRecord {
    /// Writes the record as one JSON object: the seed schema's fields first, in its order, then
    /// the extra fields.
    public func write(to writer: inout JSONWriter) {
        var text = text, cueText = cue ?? ""
        // The record's rule names, encoded for the writer (unused places hold empty strings).
        let rules = EncodedJSONTable([speakerRule ?? "", cueRule ?? ""])
        withExtendedLifetime(rules) {
            text.withUTF8 { text in
                cueText.withUTF8 { cueText in
                    Self.write(article: EncodedJSONString(article), start: start, end: end, text: text, kind: kind,
                               speakers: speakers, cue: cue == nil ? nil : cueText, via: via,
                               outlet: outlet.map(EncodedJSONString.init), line: line, column: column,
                               unclosed: unclosed, continued: continued,
                               speakerRule: speakerRule == nil ? nil : rules[0],
                               cueRule: cueRule == nil ? nil : rules[1], confidence: confidence, to: &writer)
                }
            }
        }
    }

    /// The one writer of a record's JSON, from its fields: `write(to:)` uses it, and so does
    /// `Extractor.writeRecords`, which gives the text and cue as the article's own bytes and
    /// encodes the strings that repeat (id, outlet, rule names) once.
    static func write(article: EncodedJSONString, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>,
                      kind: QuoteKind, speakers: some JSONStringList, cue: UnsafeBufferPointer<UInt8>?, via: some JSONStringList,
                      outlet: EncodedJSONString?, line: Int, column: Int, unclosed: Bool, continued: Bool,
                      speakerRule: UnsafeBufferPointer<UInt8>?, cueRule: UnsafeBufferPointer<UInt8>?,
                      confidence: Confidence?, to writer: inout JSONWriter) {
        writer.beginFragments()
        writer.fragment(#"{"article": "#)
        writer.fragment(article)
        writer.fragment(#", "start": "#)
        writer.fragment(int: start)
        writer.fragment(#", "end": "#)
        writer.fragment(int: end)
        writer.fragment(#", "text": "#)
        writer.fragment(string: text)
        switch kind {
        case .direct: writer.fragment(#", "kind": "direct", "speakers": ["#)
        case .partial: writer.fragment(#", "kind": "partial", "speakers": ["#)
        case .term: writer.fragment(#", "kind": "term", "speakers": ["#)
        case .headline: writer.fragment(#", "kind": "headline", "speakers": ["#)
        }
        speakers.writeItems(to: &writer)
        writer.fragment(#"], "cue": "#)
        if let cue { writer.fragment(string: cue) } else { writer.fragment("null") }
        writer.fragment(#", "via": ["#)
        via.writeItems(to: &writer)
        writer.fragment(#"], "outlet": "#)
        optional(outlet, &writer)
        writer.fragment(#", "line": "#)
        writer.fragment(int: line)
        writer.fragment(#", "column": "#)
        writer.fragment(int: column)
        if unclosed { writer.fragment(#", "unclosed": true"#) }
        if continued { writer.fragment(#", "continued": true"#) }
        writer.fragment(#", "rule": {"speaker": "#)
        if let speakerRule { writer.fragment(encoded: speakerRule) } else { writer.fragment("null") }
        writer.fragment(#", "cue": "#)
        if let cueRule { writer.fragment(encoded: cueRule) } else { writer.fragment("null") }
        switch confidence {
        case .high: writer.fragment(#"}, "confidence": "high"}"#)
        case .medium: writer.fragment(#"}, "confidence": "medium"}"#)
        case .low: writer.fragment(#"}, "confidence": "low"}"#)
        case nil: writer.fragment(#"}, "confidence": null}"#)
        }
    }

    @inline(__always)
    private static func optional(_ value: EncodedJSONString?, _ writer: inout JSONWriter) {
        if let value { writer.fragment(value) } else { writer.fragment("null") }
    }

    /// The record as one line of JSON Lines, newline included.
    public var jsonLine: [UInt8] {
        var writer = JSONWriter(capacity: 320 + text.utf8.count)
        write(to: &writer)
        writer.newline()
        return writer.bytes
    }
}

/// The strings of a record's list field (speakers, via), however they are held: a record's
/// arrays, or the numbers of an article's `NameTable` while its records are written.
protocol JSONStringList {
    /// Writes the strings as JSON, comma-separated, between brackets that the caller writes.
    func writeItems(to writer: inout JSONWriter)
}

extension Array: JSONStringList where Element == String {
    func writeItems(to writer: inout JSONWriter) {
        for (index, value) in enumerated() {
            if index > 0 { writer.fragment(", ") }
            writer.fragment(string: value)
        }
    }
}
