/// Where a statement carried by several articles comes from: its earliest appearance (by
/// article date, then input order) and the outlets that carry it, earliest first.
public struct StatementProvenance: Sendable {
    /// Index in the report's statement list (findings refer to it).
    public let index: Int
    /// The statement's longest wording, as first written.
    public let text: String
    /// Named speakers of its mentions, in order of appearance.
    public let speakers: [String]
    /// The earliest mention.
    public let first: Evidence
    /// Outlets carrying it, by first appearance; articles with no known outlet are not listed.
    public let outlets: [String]
    public let articleCount: Int
    public let mentionCount: Int
    /// Distinct wordings.
    public let variantCount: Int
    /// Every mention, earliest first (as `first` is chosen): where it is and which wording it carries.
    public let mentions: [StatementMention]

    public init(index: Int, text: String, speakers: [String], first: Evidence, outlets: [String],
                articleCount: Int, mentionCount: Int, variantCount: Int, mentions: [StatementMention] = []) {
        self.index = index
        self.text = text
        self.speakers = speakers
        self.first = first
        self.outlets = outlets
        self.articleCount = articleCount
        self.mentionCount = mentionCount
        self.variantCount = variantCount
        self.mentions = mentions
    }

    /// The provenance of every statement of `context`.
    static func all(in context: CheckContext) -> [StatementProvenance] {
        context.statements.map { statement in
            // Earliest: known dates first, by day; unknown dates after, all in input order.
            let days = statement.mentions.map { context.article($0).date?.day ?? Int.max }
            let byTime = statement.mentions.indices.sorted { lhs, rhs in
                days[lhs] != days[rhs] ? days[lhs] < days[rhs] : lhs < rhs
            }.map { statement.mentions[$0] }
            // Sets beside the ordered lists: a statement repeated by thousands of articles must
            // not cost thousands squared.
            var outlets: [String] = []
            var seenOutlets: Set<String> = []
            for mention in byTime {
                if let outlet = context.outlet(mention), seenOutlets.insert(outlet.lowercased()).inserted {
                    outlets.append(outlet)
                }
            }
            var speakers: [String] = []
            var seenSpeakers: Set<String> = []
            for mention in statement.mentions {
                for speaker in context.speakers(mention) where seenSpeakers.insert(speaker.straightApostrophes).inserted {
                    speakers.append(speaker)
                }
            }
            // The longest wording; among equally long ones, the most widely carried.
            let length = statement.variants.map { context.grouping.variants[$0].words.count }.max()!
            let longest = statement.variants.first { context.grouping.variants[$0].words.count == length }!
            let text = context.text(context.grouping.variants[longest].mentions[0])
            // Which wording each mention carries, by the statement's rank of its wordings.
            var wording: [Int: Int] = [:]
            for (rank, variant) in statement.variants.enumerated() {
                for mention in context.grouping.variants[variant].mentions { wording[mention] = rank }
            }
            return StatementProvenance(
                index: statement.index, text: text, speakers: speakers, first: context.evidence(byTime[0]),
                outlets: outlets, articleCount: Set(statement.mentions.map { context.mentions[$0].article }).count,
                mentionCount: statement.mentions.count, variantCount: statement.variants.count,
                mentions: byTime.map {
                    StatementMention(article: context.mentions[$0].article, record: context.mentions[$0].record, wording: wording[$0] ?? 0)
                })
        }
    }
}

/// One mention of a statement: its article (index in the report), its record in that article,
/// and its wording (0 the most widely carried, as the statement ranks them).
public struct StatementMention: Sendable, Equatable {
    public let article: Int
    public let record: Int
    public let wording: Int
}
