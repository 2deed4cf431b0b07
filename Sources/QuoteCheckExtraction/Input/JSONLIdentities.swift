import QuoteCheckText

/// The ids seen so far in each JSON Lines input, with the line that first had each, so that a
/// later line with the same id is an input error rather than a second article of that name
/// (whose quotes a reader of the output could not tell from the first one's).
///
/// Kept in input order by whoever hands items out in order (the reader, the ordered runner):
/// the ids are known only once the lines are parsed, on the workers.
struct JSONLIdentities {
    /// For each file, the line that first had each id.
    private var firstLines: [String: [String: Int]] = [:]

    /// `item`, or, when it is an article from a JSON line whose id an earlier line of the same
    /// file had, an input error naming both lines in its place. Other items pass as they are.
    mutating func admit(_ item: InputReader.Item, from pending: PendingItem) -> InputReader.Item {
        guard case let .jsonLine(_, file, line) = pending.source, case let .article(article) = item else { return item }
        if let first = firstLines[file]?[article.id] {
            return .failure(InputError(article.origin, "duplicate id \"\(article.id)\" (first on line \(first)); this line is skipped"))
        }
        firstLines[file, default: [:]][article.id] = line
        return item
    }
}
