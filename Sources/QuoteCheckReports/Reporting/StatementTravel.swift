import QuoteCheckCrossCheck

/// How a statement travelled, for the reports' diagrams (Mermaid in Markdown, SVG in HTML):
/// its first source, then each article that carried it in date order, with the intermediaries
/// it came through, the wording it carries, the speaker it is credited to, and whether a
/// finding marks that mention as the one that diverges.
struct StatementTravel {
    /// One article's mention of the statement.
    struct Stop {
        let article: String
        /// Where the quote stands in its article: "9:2".
        let place: String
        let outlet: String?
        let date: String?
        let via: [String]
        let speakers: [String]
        /// The wording's rank in the statement (0: the most widely carried).
        let wording: Int
        /// A finding names this mention as the variant, the shorter or the conflicting side.
        let diverging: Bool
    }

    /// One wording of the statement, as its first mention writes it.
    struct Wording {
        let text: String
        let articles: Int
    }

    /// Mentions drawn at most; the others are counted (a statement carried by a whole wire).
    static let drawnStops = 12
    /// Wordings listed at most.
    static let listedWordings = 8

    let statement: StatementProvenance
    /// Who the statement comes from: the speakers of its earliest mention.
    let source: [String]
    let stops: [Stop]
    /// Mentions not drawn.
    let moreStops: Int
    let wordings: [Wording]
    let moreWordings: Int

    /// Reads the drawn mentions back from the spool; `findings` are those about the statement.
    init(_ statement: StatementProvenance, report: CheckReport, findings: [CheckFinding]) {
        self.statement = statement
        // The mention each finding sets against the others: the variant of a drift, the short
        // side of a truncation; for the other checks, every mention after the first.
        var diverging = Set<[Int]>()
        for finding in findings {
            switch finding.check {
            case .wordingDrift, .truncatedQuote:
                let evidence = finding.evidence[finding.primaryIndex]
                diverging.insert([evidence.articleIndex, evidence.start])
            default:
                for evidence in finding.evidence.dropFirst() { diverging.insert([evidence.articleIndex, evidence.start]) }
            }
        }
        let drawn = statement.mentions.prefix(Self.drawnStops).map { mention -> Stop in
            let evidence = report.evidence(mention)
            return Stop(article: evidence.article, place: "\(evidence.line):\(evidence.column)", outlet: evidence.outlet, date: evidence.date, via: evidence.via,
                        speakers: evidence.speakers, wording: mention.wording,
                        diverging: diverging.contains([mention.article, evidence.start]))
        }
        stops = drawn
        moreStops = statement.mentions.count - drawn.count
        source = drawn.first?.speakers.isEmpty == false ? drawn[0].speakers : statement.speakers

        var firstMention: [Int: StatementMention] = [:]
        var articles: [Int: Set<Int>] = [:]
        for mention in statement.mentions {
            if firstMention[mention.wording] == nil { firstMention[mention.wording] = mention }
            articles[mention.wording, default: []].insert(mention.article)
        }
        let ranks = firstMention.keys.sorted()
        wordings = ranks.prefix(Self.listedWordings).map { rank in
            Wording(text: report.evidence(firstMention[rank]!).text, articles: articles[rank]!.count)
        }
        moreWordings = ranks.count - wordings.count
    }

    /// The label of wording `rank`: W1, W2, …
    static func wordingLabel(_ rank: Int) -> String { "W\(rank + 1)" }

    /// What an edge to `stop` says: the intermediaries, the wording, and the speaker when it is
    /// not the source.
    func edgeLabel(_ stop: Stop) -> String {
        var parts: [String] = []
        if !stop.via.isEmpty { parts.append("via " + stop.via.joined(separator: " → ")) }
        parts.append(Self.wordingLabel(stop.wording))
        if stop.speakers.isEmpty {
            parts.append("no speaker named")
        } else if stop.speakers != source {
            parts.append("credited to " + stop.speakers.joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }

    /// The first line of a stop's box: its outlet (or that none is known).
    static func outletLine(_ stop: Stop) -> String { stop.outlet ?? "outlet unknown" }

    /// The second line: its date, article and place in it.
    static func placeLine(_ stop: Stop) -> String { (stop.date.map { $0 + " · " } ?? "") + stop.article + " " + stop.place }

    /// The source box's text.
    var sourceLine: String { source.isEmpty ? "no speaker named" : source.joined(separator: ", ") }
}
