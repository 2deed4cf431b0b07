import QuoteCheckExtraction

extension JSONWriter {
    /// A quote's place in its article and its words (`"article", "start", "end", "text"`, offsets
    /// in Unicode scalars): the seed schema's first fields, which every JSON report that names a
    /// quote opens its object with.
    mutating func quotePlace(article: String, start: Int, end: Int, text: String?) {
        field("article", article)
        field("start", start)
        field("end", end)
        field("text", text)
    }
}
