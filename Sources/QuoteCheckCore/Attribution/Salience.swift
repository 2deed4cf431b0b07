/// Who has spoken so far in the article, most recent last: what "he", "they" and "the two"
/// refer to.
struct Salience: Sendable {
    private var events: [Source] = []

    mutating func record(_ source: Source) {
        guard !source.speakers.isEmpty else { return }
        events.append(source)
    }

    /// The most recent single person who spoke.
    var lastPerson: String? {
        events.last(where: { $0.isPerson && $0.speakers.count == 1 })?.speakers.first
    }

    /// The two most recent distinct people who spoke.
    var lastTwoPeople: [String]? {
        var people: [String] = []
        for event in events.reversed() where event.isPerson {
            for name in event.speakers.reversed() where !people.contains(name) {
                people.append(name)
                if people.count == 2 { return people.reversed() }
            }
        }
        return nil
    }

    /// The most recent group, or several people, who spoke.
    var lastPlural: Source? {
        events.last(where: { !$0.isPerson || $0.speakers.count > 1 })
    }
}
