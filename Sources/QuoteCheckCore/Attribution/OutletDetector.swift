import Foundation

/// Finds the article's publisher: the input's metadata when given (canonicalised through the
/// registry), else a credit in the text (dateline "BEIJING (Reuters) -", closing "– Agence
/// France") that names a registered outlet, else nil.
struct OutletDetector: Sendable {
    let outlets: OutletRules

    func outlet(of article: Article, bytes: UnsafeBufferPointer<UInt8>) -> (name: String, rule: String)? {
        if let given = article.outlet, !given.isEmpty {
            return (outlets.canonical(given) ?? given, "metadata")
        }
        for rule in outlets.creditRules {
            var found: String? = nil
            rule.pattern.forEachMatch(in: bytes) { match in
                guard let group = match["outlet"] else { return true }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[group]), as: UTF8.self)
                found = outlets.canonical(text.trimmingCharacters(in: .whitespaces))
                return found == nil
            }
            if let found { return (found, rule.id) }
        }
        return nil
    }
}
