extension QuoteRecord {
    /// Writes the record as one JSON object: the seed schema's fields first, in its order, then
    /// the extra fields.
    public func write(to writer: inout JSONWriter) {
        var text = text, cueText = cue ?? ""
        text.withUTF8 { text in
            cueText.withUTF8 { cueText in
                Self.write(article: article, start: start, end: end, text: text, kind: kind, speakers: speakers,
                           cue: cue == nil ? nil : cueText, via: via, outlet: outlet, line: line, column: column,
                           unclosed: unclosed, continued: continued, speakerRule: speakerRule, cueRule: cueRule,
                           to: &writer)
            }
        }
    }

    /// The one writer of a record's JSON, from its fields: `write(to:)` uses it, and so does
    /// `Extractor.writeRecords`, which gives the text and cue as the article's own bytes.
    static func write(article: String, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, kind: QuoteKind,
                      speakers: [String], cue: UnsafeBufferPointer<UInt8>?, via: [String], outlet: String?, line: Int, column: Int,
                      unclosed: Bool, continued: Bool, speakerRule: String?, cueRule: String?,
                      to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("article", article)
        writer.field("start", start)
        writer.field("end", end)
        writer.key("text")
        writer.string(utf8: text)
        writer.field("kind", kind.rawValue)
        writer.field("speakers", speakers)
        writer.key("cue")
        if let cue { writer.string(utf8: cue) } else { writer.null() }
        writer.field("via", via)
        writer.field("outlet", outlet)
        writer.field("line", line)
        writer.field("column", column)
        if unclosed { writer.field("unclosed", true) }
        if continued { writer.field("continued", true) }
        writer.key("rule")
        writer.beginObject()
        writer.field("speaker", speakerRule)
        writer.field("cue", cueRule)
        writer.endObject()
        writer.endObject()
    }

    /// The record as one line of JSON Lines, newline included.
    public var jsonLine: [UInt8] {
        var writer = JSONWriter(capacity: 320 + text.utf8.count)
        write(to: &writer)
        writer.newline()
        return writer.bytes
    }
}
