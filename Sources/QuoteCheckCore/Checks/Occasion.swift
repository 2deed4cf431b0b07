import Matcher

/// The occasion a grouped quote reports, as its paragraph (and the one before) tells it: the
/// venue ("an interview with NBC South Florida") and whether it is advance text ("he will say,
/// according to excerpts"). See `OccasionRules`.
public struct Occasion: Sendable, Equatable {
    /// The venue as named, lower-cased; nil when the paragraphs name none.
    public let venue: String?
    public let advance: Bool
    /// The article says the line was said more than once.
    public let repeated: Bool
    /// The day named near the quote ("on Wednesday"): 0 for Monday … 6 for Sunday.
    public let weekday: Int?

    public init(venue: String?, advance: Bool, repeated: Bool = false, weekday: Int? = nil) {
        self.venue = venue
        self.advance = advance
        self.repeated = repeated
        self.weekday = weekday
    }

    /// The day of the remark: the latest `weekday` on or before the article's day (days since
    /// 1970-01-01, a Thursday), or the article's day when no weekday is named.
    public func day(published: Int) -> Int {
        guard let weekday else { return published }
        let publishedWeekday = ((published % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday (3)
        return published - (publishedWeekday - weekday + 7) % 7
    }

    /// Two named venues that differ (neither holds the other: "hugh hewitt" and "nbc south
    /// florida" differ, "nbc" and "nbc south florida" do not).
    public func differentVenue(from other: Occasion) -> Bool {
        guard let venue, let otherVenue = other.venue else { return false }
        return !venue.contains(otherVenue) && !otherVenue.contains(venue)
    }

    /// Reads the occasion of the quote whose first character is on 1-based line `line` of
    /// `bytes` (with `lines` its line ranges): the quote's own paragraph first, then the closest
    /// match in the non-blank paragraph before it.
    static func read(line: Int, lines: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>, rules: OccasionRules) -> Occasion {
        guard line >= 1, line <= lines.count else { return Occasion(venue: nil, advance: false) }
        // The quote's paragraph, then the non-blank paragraphs before it, nearest first.
        var paragraphs = [lines[line - 1]]
        var previous = line - 2
        while previous >= 0, paragraphs.count <= rules.venueParagraphs {
            if !bytes[lines[previous]].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { paragraphs.append(lines[previous]) }
            previous -= 1
        }
        var venue: String? = nil
        var advance = false, repeated = false
        var weekday: Int? = nil
        for (index, paragraph) in paragraphs.enumerated() {
            // Advance text, repetition and the day are told by the quote's paragraph and the one before.
            if index <= 1 {
                if !advance { advance = rules.advance.contains { matches($0.pattern, paragraph, bytes) } }
                if !repeated { repeated = rules.repetition.contains { matches($0.pattern, paragraph, bytes) } }
                if weekday == nil { weekday = firstWeekday(in: paragraph, bytes, rules.weekdays) }
            }
            guard venue == nil else { continue }
            var found: Range<Int>? = nil
            for rule in rules.venues {
                rule.pattern.forEachMatch(in: bytes, range: paragraph) { match in
                    if let group = match["venue"] {
                        // In the quote's paragraph the first venue, before it the last.
                        if found == nil || index > 0 && group.lowerBound > found!.lowerBound { found = group }
                    }
                    return index > 0
                }
            }
            if let found {
                venue = String(decoding: UnsafeBufferPointer(rebasing: bytes[found]), as: UTF8.self).lowercased()
            }
        }
        return Occasion(venue: venue, advance: advance, repeated: repeated, weekday: weekday)
    }

    /// The first day name written as a word of `range` (capitalised, as news prints them).
    private static func firstWeekday(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ days: [String]) -> Int? {
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

    private static func matches(_ pattern: Pattern, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        pattern.forEachMatch(in: bytes, range: range) { _ in
            found = true
            return false
        }
        return found
    }
}
