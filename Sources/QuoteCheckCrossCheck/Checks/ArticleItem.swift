import QuoteCheckExtraction

/// One item of one article of the run, such as a title it gives or a spelling of a name it
/// uses: the article's index and the item's index in that article's list.
struct ArticleItem: Hashable {
    let article: Int
    let index: Int
}

extension CheckContext {
    /// Evidence of a name in an article (a person's title, a spelling of their name) rather than
    /// of a quote: no kind, no via, the person as its speaker.
    func nameEvidence(_ item: ArticleItem, position: TextPosition, text: String, person: String,
                      context: MentionContext?) -> Evidence {
        let article = articles[item.article]
        return Evidence(articleIndex: item.article, article: article.id, start: position.start, end: position.end,
                        line: position.line, column: position.column, text: text, speakers: [person],
                        via: [], outlet: article.publisher, date: article.date?.iso, kind: nil, context: context)
    }
}
