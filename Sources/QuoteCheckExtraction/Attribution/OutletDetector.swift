import Foundation
import QuoteCheckRules

/// Finds the article's publisher: the input's metadata when given (canonicalised through the
/// registry), else a credit in the text (dateline "BEIJING (Reuters) -", closing "– Agence
/// France") that names a registered outlet, else nil.
struct OutletDetector: Sendable {
    let outlets: OutletRules

    func outlet(of article: Article, layout: ArticleLayout, bytes: UnsafeBufferPointer<UInt8>) -> (name: String, rule: String)? {
        if let given = article.outlet, !given.isEmpty {
            return (outlets.canonical(given) ?? given, "metadata")
        }
        for credit in outlets.creditRules {
            var found: String? = nil
            let window = credit.lines.range(over: layout.lines) { layout.roles[$0] == .blank }
            credit.rule.pattern.forEachMatch(in: bytes, range: window) { match in
                guard let group = match["outlet"] else { return true }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[group]), as: UTF8.self)
                found = outlets.canonical(text.trimmingCharacters(in: .whitespaces))
                return found == nil
            }
            if let found { return (found, credit.rule.id) }
        }
        return nil
    }
}
