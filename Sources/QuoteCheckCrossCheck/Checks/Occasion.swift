import Matcher
import QuoteCheckText
import QuoteCheckRules

/// The occasion a grouped quote reports, as its paragraph (and the one before) tells it: the
/// venue ("an interview with NBC South Florida") and whether it is advance text ("he will say,
/// according to excerpts"). See `OccasionRules`.
public struct Occasion: Sendable, Equatable {
    /// The venue as named, lower-cased; nil when the paragraphs name none.
    public let venue: String?
    /// The medium's label ("speech", "written statement"; `OccasionRules.media`), nil when the
    /// paragraphs name none.
    public let medium: String?
    public let advance: Bool
    /// The article says the line was said more than once.
    public let repeated: Bool
    /// The day named near the quote ("on Wednesday"): 0 for Monday … 6 for Sunday.
    public let weekday: Int?
    /// How many days before the article the remark was made, when a phrase near the quote says
    /// ("last month", "yesterday"); see `OccasionRules.pastTimes`.
    public let daysBefore: ClosedRange<Int>?

    public init(venue: String?, medium: String? = nil, advance: Bool, repeated: Bool = false, weekday: Int? = nil,
                daysBefore: ClosedRange<Int>? = nil) {
        self.venue = venue
        self.medium = medium
        self.advance = advance
        self.repeated = repeated
        self.weekday = weekday
        self.daysBefore = daysBefore
    }

    /// The days the remark may have been made on (days since 1970-01-01): the named weekday's
    /// day, or the days a past-time phrase allows, or else the article's own day.
    public func days(published: Int) -> ClosedRange<Int> {
        if weekday != nil { let day = day(published: published); return day...day }
        if let daysBefore { return (published - daysBefore.upperBound)...(published - daysBefore.lowerBound) }
        return published...published
    }

    /// The day of the remark: the latest `weekday` on or before the article's day (days since
    /// 1970-01-01, a Thursday), or the article's day when no weekday is named.
    public func day(published: Int) -> Int {
        guard let weekday else { return published }
        let publishedWeekday = ((published % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday (3)
        return published - (publishedWeekday - weekday + 7) % 7
    }

    /// Two named venues that differ (neither holds the other: "hugh hewitt" and "nbc south
    /// florida" differ, "nbc" and "nbc south florida" do not), or two media ("speech" and
    /// "written statement").
    public func differentVenue(from other: Occasion) -> Bool {
        if let medium, let otherMedium = other.medium, medium != otherMedium { return true }
        guard let venue, let otherVenue = other.venue else { return false }
        return !venue.contains(otherVenue) && !otherVenue.contains(venue)
    }

    /// What one paragraph says of occasions, read once per paragraph however many quotes it has.
    struct ParagraphMarks {
        let firstVenue: String?
        let lastVenue: String?
        let firstMedium: String?
        let lastMedium: String?
        let advance: Bool
        let repeated: Bool
        let weekday: Int?
        let daysBefore: ClosedRange<Int>?
    }

    /// Reads the occasions of quotes paragraph by paragraph, each paragraph once.
    struct Reader {
        let lines: [Range<Int>]
        let bytes: UnsafeBufferPointer<UInt8>
        let rules: OccasionRules
        private var marks: [Int: ParagraphMarks] = [:]
        /// Match data for the yes/no patterns, reused paragraph after paragraph.
        private let scratch = MatchScratch()

        init(lines: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>, rules: OccasionRules) {
            self.lines = lines
            self.bytes = bytes
            self.rules = rules
        }

        /// The occasion of the quote whose first character is on 1-based line `line`: the
        /// quote's own paragraph first, then the non-blank paragraphs before it, nearest first.
        mutating func occasion(line: Int) -> Occasion {
            guard line >= 1, line <= lines.count else { return Occasion(venue: nil, advance: false) }
            var paragraphs = [line - 1]
            var previous = line - 2
            while previous >= 0, paragraphs.count <= rules.venueParagraphs {
                if !bytes[lines[previous]].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { paragraphs.append(previous) }
                previous -= 1
            }
            var venue: String? = nil, medium: String? = nil
            var advance = false, repeated = false
            var weekday: Int? = nil
            var daysBefore: ClosedRange<Int>? = nil
            for (index, paragraph) in paragraphs.enumerated() {
                let marks = self.marks(of: paragraph)
                // Advance text, repetition and the day are told by the quote's paragraph and the one before.
                if index <= 1 {
                    advance = advance || marks.advance
                    repeated = repeated || marks.repeated
                    weekday = weekday ?? marks.weekday
                    daysBefore = daysBefore ?? marks.daysBefore
                }
                // In the quote's paragraph the first venue, before it the last (the nearest).
                if venue == nil { venue = index == 0 ? marks.firstVenue : marks.lastVenue }
                if medium == nil { medium = index == 0 ? marks.firstMedium : marks.lastMedium }
            }
            return Occasion(venue: venue, medium: medium, advance: advance, repeated: repeated, weekday: weekday,
                            daysBefore: daysBefore)
        }

        private mutating func marks(of line: Int) -> ParagraphMarks {
            if let known = marks[line] { return known }
            let range = lines[line]
            // The first and the last venue named, and the first and the last medium, by position.
            var first: (at: Int, name: String)? = nil, last: (at: Int, name: String)? = nil
            var firstMedium: (at: Int, label: String)? = nil, lastMedium: (at: Int, label: String)? = nil
            let bytes = self.bytes, rules = self.rules, scratch = self.scratch
            for rule in rules.venues {
                rule.pattern.forEachMatch(in: bytes, range: range) { match in
                    if let group = match["venue"] {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[group]), as: UTF8.self).lowercased()
                        if first == nil || group.lowerBound < first!.at { first = (group.lowerBound, name) }
                        if last == nil || group.lowerBound > last!.at { last = (group.lowerBound, name) }
                    }
                    return true
                }
            }
            for medium in rules.media {
                medium.rule.pattern.forEachMatch(in: bytes, range: range) { match in
                    let at = match.range.lowerBound
                    if firstMedium == nil || at < firstMedium!.at { firstMedium = (at, medium.label) }
                    if lastMedium == nil || at > lastMedium!.at { lastMedium = (at, medium.label) }
                    return true
                }
            }
            // A paragraph is a whole line: matched on its own, nothing before it is lost to lookbehind.
            let paragraph = UnsafeBufferPointer(rebasing: bytes[range])
            let found = ParagraphMarks(firstVenue: first?.name, lastVenue: last?.name,
                                       firstMedium: firstMedium?.label, lastMedium: lastMedium?.label,
                                       advance: rules.advance.contains { $0.pattern.isMatch(in: paragraph, scratch: scratch) },
                                       repeated: rules.repetition.contains { $0.pattern.isMatch(in: paragraph, scratch: scratch) },
                                       weekday: Occasion.firstWeekday(in: range, bytes, rules.weekdays),
                                       daysBefore: rules.pastTimes.first { $0.rule.pattern.isMatch(in: paragraph, scratch: scratch) }?.daysBefore)
            marks[line] = found
            return found
        }
    }

    /// The first day name written as a word of `range` (capitalised, as news prints them).
    static func firstWeekday(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ days: [String]) -> Int? {
        guard !days.isEmpty else { return nil }
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] >= 0x41 && bytes[index] <= 0x5A, index == range.lowerBound || !UTF8Scan.isASCIIWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, UTF8Scan.isASCIIWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased()
            if let day = days.firstIndex(of: word) { return day }
            index = end
        }
        return nil
    }
}
