/// A calendar day on which an article appeared, and where quotecheck read it.
public struct ArticleDate: Sendable, Equatable, Comparable {
    /// Days since 1970-01-01 (proleptic Gregorian).
    public let day: Int
    public let year: Int
    public let month: Int
    public let dayOfMonth: Int
    public let source: Source

    /// Where the date came from.
    public enum Source: String, Sendable {
        /// The input's metadata (JSONL `date`).
        case metadata
        /// A date line or dateline near the top of the text.
        case text
        /// The article's file name or id.
        case id
    }

    /// nil when the day does not exist (31 February).
    public init?(year: Int, month: Int, day: Int, source: Source) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        dayOfMonth = day
        self.source = source
        self.day = Self.daysFromCivil(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool { lhs.day < rhs.day }
    public static func == (lhs: ArticleDate, rhs: ArticleDate) -> Bool { lhs.day == rhs.day }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
