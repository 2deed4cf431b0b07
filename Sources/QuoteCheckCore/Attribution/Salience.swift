/// Who has spoken so far in the article, most recent last: what "he", "they" and "the two"
/// refer to.
struct Salience: Sendable {
    private var events: [Source]

    init() {
        // A speaking event a cue or two, a few dozen in most articles: room for them from the
        // start.
        events = []
        events.reserveCapacity(64)
    }

    mutating func record(_ source: Source) {
        guard !source.speakers.isEmpty else { return }
        events.append(source)
    }

    /// The most recent single person who spoke.
    func lastPerson(_ names: NameTable) -> NameID? {
        events.last(where: { $0.isPerson && $0.speakers.count == 1 }).flatMap { names.first(of: $0.speakers) }
    }

    /// The two most recent distinct people who spoke.
    func lastTwoPeople(_ names: NameTable) -> NameList? {
        var people: [NameID] = []
        for event in events.reversed() where event.isPerson {
            for index in (0..<event.speakers.count).reversed() where !people.contains(names[event.speakers, index]) {
                let name = names[event.speakers, index]
                people.append(name)
                if people.count == 2 { return names.list(people.reversed()) }
            }
        }
        return nil
    }

    /// The most recent group, or several people, who spoke.
    var lastPlural: Source? {
        events.last(where: { !$0.isPerson || $0.speakers.count > 1 })
    }
}
