import Foundation
@testable import QuoteCheckCore
@testable import QuoteCheckText
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck

/// Recall of `check`, measured on real articles: each article is copied "from another outlet"
/// with exactly one planted change to one of its quotes (or to the title of its speaker), and
/// the pair must raise exactly the finding that change calls for, at the right severity; an
/// unchanged copy must raise nothing. The articles are only read, never stored.
enum PlantedChange: String, CaseIterable, Sendable {
    case unchanged, speakerSwapped = "speaker-swapped", numberChanged = "number-changed", negation,
         clauseDropped = "clause-dropped", titleChanged = "title-changed", wordsReordered = "words-reordered",
         paraphrased

    /// The findings (`check:severity`) the change must raise, and nothing else.
    var expected: Set<String> {
        switch self {
        case .unchanged: []
        case .speakerSwapped: ["speaker-conflict:error"]
        case .numberChanged, .negation: ["wording-drift:error"]
        case .clauseDropped: ["truncated-quote:warning"]
        case .titleChanged: ["role-conflict:error"]
        case .wordsReordered, .paraphrased: ["wording-drift:warning"]
        }
    }

    /// One planted copy and what checking it against the original gave: every finding's
    /// `check:severity`, and those of the findings that show the changed quote (for a title,
    /// every finding).
    struct Outcome {
        let change: PlantedChange
        let article: String
        let found: Set<String>
        let onTarget: Set<String>
        /// The change's finding is raised on its quote at its severity, and no other check fires
        /// (a swapped speaker may also raise warnings for the quotes that continue it).
        var hit: Bool {
            let checks = Set(found.map { $0.split(separator: ":")[0] })
            let expectedChecks = Set(change.expected.map { $0.split(separator: ":")[0] })
            return checks == expectedChecks && change.expected.isSubset(of: onTarget)
        }
    }

    /// Plants each change once in `article` (on the first quote it fits) and checks the pair.
    static func outcomes(of article: Article, checker: CrossChecker, extractor: Extractor) -> [Outcome] {
        let records = extractor.extract(article)
        let original = checker.analyse(Article(id: article.id, text: article.text, outlet: "Original Wire", date: article.date))
        var outcomes: [Outcome] = []
        for change in allCases {
            guard let (text, target) = plant(change, in: article.text, records: records) else { continue }
            let copy = checker.analyse(Article(id: "planted-" + article.id, text: text, outlet: "Planted Wire", date: article.date))
            let report = checker.check([original, copy])
            let label = { (finding: CheckFinding) in "\(finding.check.rawValue):\(finding.severity.rawValue)" }
            // A finding within one article (a name it spells two ways) is that article's own,
            // in both copies alike: the pair is judged by what it raises between the two.
            let between = report.findings.filter { Set($0.evidence.map(\.article)).count >= 2 }
            let found = Set(between.map(label))
            let onTarget = Set(between.filter { finding in
                target.map { target in finding.evidence.contains { $0.article == article.id && $0.start == target.start } } ?? true
            }.map(label))
            let outcome = Outcome(change: change, article: article.id, found: found, onTarget: onTarget)
            // To look into a miss: the pair is written to this folder as JSON Lines.
            if !outcome.hit, let folder = ProcessInfo.processInfo.environment["QUOTECHECK_PLANTED_DUMP"] {
                let pair = [(article.id, article.text, "Original Wire"), ("planted-" + article.id, text, "Planted Wire")].map { id, text, outlet in
                    String(decoding: try! JSONSerialization.data(withJSONObject: ["id": id, "text": text, "outlet": outlet]), as: UTF8.self)
                }
                try? (pair.joined(separator: "\n") + "\n").write(toFile: "\(folder)/\(change.rawValue)-\(article.id).jsonl", atomically: true, encoding: .utf8)
            }
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Quotes a change may be planted in: direct speech of eight words or more, credited with
    /// high confidence to a named person.
    private static func targets(_ records: [QuoteRecord]) -> [QuoteRecord] {
        records.filter { record in
            record.kind == .direct && record.confidence == .high && record.speakers.count == 1
                && !SpeakerNames.isDescription(record.speakers[0]) && record.speakers[0].contains(" ")
                && record.text.split(separator: " ").count >= 8
        }
    }

    /// The article's text with `change` planted and the quote it was planted in (nil for a
    /// title), or nil when no quote fits the change.
    static func plant(_ change: PlantedChange, in text: String, records: [QuoteRecord]) -> (String, QuoteRecord?)? {
        let scalars = Array(text.unicodeScalars)
        func string(_ part: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(part)) }
        func replacingQuote(_ record: QuoteRecord, with quote: String) -> (String, QuoteRecord?) {
            (string(scalars[..<record.start]) + quote + string(scalars[record.end...]), record)
        }
        switch change {
        case .unchanged:
            return (text, nil)
        case .speakerSwapped:
            // The speaker's name in the quote's own paragraph, outside the quote, becomes another
            // person's.
            for record in targets(records) {
                let name = record.speakers[0], surname = String(name.split(separator: " ").last!)
                let lineStart = scalars[..<record.start].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                let lineEnd = scalars[record.end...].firstIndex(of: "\n") ?? scalars.count
                let before = string(scalars[lineStart..<record.start]), after = string(scalars[record.end..<lineEnd])
                let swap = { (part: String) in
                    part.replacingOccurrences(of: name, with: "Quentin Aldervane").replacingOccurrences(of: surname, with: "Quentin Aldervane")
                }
                let (newBefore, newAfter) = (swap(before), swap(after))
                guard newBefore != before || newAfter != after else { continue }
                return (string(scalars[..<lineStart]) + newBefore + record.text + newAfter + string(scalars[lineEnd...]), record)
            }
            return nil
        case .numberChanged:
            for record in targets(records) {
                var words = record.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                guard let index = words.firstIndex(where: { $0.first?.isNumber == true && $0.allSatisfy { $0.isNumber || ",.%$".contains($0) } })
                else { continue }
                let digits = words[index].prefix { $0.isNumber }
                words[index] = words[index].replacingCharacters(in: words[index].startIndex..<digits.endIndex, with: digits + "0")
                return replacingQuote(record, with: words.joined(separator: " "))
            }
            return nil
        case .negation:
            let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "can", "would", "should", "could", "does", "did", "has", "have", "must"]
            for record in targets(records) {
                var words = record.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                guard let index = words.indices.dropLast().first(where: {
                    auxiliaries.contains(words[$0]) && !["not", "never", "no"].contains(words[$0 + 1].lowercased())
                }) else { continue }
                words.insert("not", at: index + 1)
                return replacingQuote(record, with: words.joined(separator: " "))
            }
            return nil
        case .clauseDropped:
            // The quote ends at its last comma, the clause after it dropped, its own last mark kept.
            for record in targets(records) {
                let quote = record.text
                guard let last = quote.last, ",.".contains(last) else { continue }
                let body = quote.dropLast()
                guard let comma = body.lastIndex(of: ",") else { continue }
                let kept = body[..<comma], dropped = body[body.index(after: comma)...]
                // Quotes of fewer than six words are not grouped at all (compare.yaml `min_words`:
                // short fragments recur by chance), so the kept part is longer.
                guard kept.split(separator: " ").count >= 7, dropped.split(separator: " ").count >= 3,
                      !kept.contains("."), !kept.contains("?"), !kept.contains("!"),
                      dropped.drop(while: { $0 == " " }).first?.isLowercase == true else { continue }
                return replacingQuote(record, with: String(kept) + String(last))
            }
            return nil
        case .titleChanged:
            // A title before the speaker's name, swapped for another office of its group.
            let swaps = [("Sen. ", "Gov. "), ("Senator ", "Governor "), ("Gov. ", "Sen. "), ("Governor ", "Senator "),
                         ("Rep. ", "Sen. "), ("Secretary of State ", "Defense Secretary "), ("Mayor ", "Governor ")]
            for record in targets(records) {
                let name = record.speakers[0]
                for (title, other) in swaps {
                    // A title after "former" is one the person no longer holds: no conflict to plant.
                    guard let range = text.range(of: title + name),
                          !text[..<range.lowerBound].suffix(8).lowercased().contains("former") else { continue }
                    return (text.replacingCharacters(in: range, with: other + name), nil)
                }
            }
            return nil
        case .wordsReordered:
            for record in targets(records) {
                var words = record.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                let plain = { (word: String) in word.count >= 4 && word.allSatisfy { $0.isLowercase } }
                guard let index = (1..<max(1, words.count - 2)).first(where: { plain(words[$0]) && plain(words[$0 + 1]) && words[$0] != words[$0 + 1] })
                else { continue }
                words.swapAt(index, index + 1)
                return replacingQuote(record, with: words.joined(separator: " "))
            }
            return nil
        case .paraphrased:
            let synonyms = ["big": "large", "large": "big", "quick": "fast", "people": "folks", "country": "nation",
                            "important": "crucial", "really": "truly", "very": "extremely", "help": "assist",
                            "think": "believe", "believe": "think", "start": "begin", "problem": "issue",
                            "issue": "problem", "world": "globe", "know": "understand", "great": "terrific",
                            "want": "wish", "job": "work", "going": "headed", "make": "create", "good": "fine"]
            for record in targets(records) {
                var words = record.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                guard let index = words.indices.dropFirst().first(where: { synonyms[words[$0]] != nil }) else { continue }
                words[index] = synonyms[words[index]]!
                return replacingQuote(record, with: words.joined(separator: " "))
            }
            return nil
        }
    }
}
