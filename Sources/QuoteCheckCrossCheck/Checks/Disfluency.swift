import QuoteCheckRules

/// Spoken fillers and false starts in a quote: what one transcript keeps ("I mean", "I am so
/// sick — I am so sick of") and another outlet tidies away. Neither drift nor a cut.
enum Disfluency {
    /// True when the words `range` of `quote` are nothing, only spoken fillers, or a false
    /// start: the same words said again right after them.
    static func covers(_ range: Range<Int>, in quote: QuoteWords, _ rules: CheckRules) -> Bool {
        if range.isEmpty { return true }
        let forms = quote.words[range].map(\.form)
        let after = quote.words[range.upperBound...].prefix(forms.count).map(\.form)
        if after == forms { return true }
        var index = 0
        while index < forms.count {
            guard let filler = rules.disfluencies.first(where: { $0.count <= forms.count - index && Array(forms[index..<index + $0.count]) == $0 })
            else { return false }
            index += filler.count
        }
        return true
    }
}
