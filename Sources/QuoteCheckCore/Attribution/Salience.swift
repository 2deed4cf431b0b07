/// Who has spoken so far in the article, most recent last: what "he", "they" and "the two"
/// refer to.
struct Salience: Sendable {
    private var events: [Source]

    /// A speaking event a cue or two, a few dozen in most articles: room for `capacity` of them
    /// from the start (none for a context that records no events, a headline's).
    init(capacity: Int = 64) {
        events = []
        events.reserveCapacity(capacity)
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
        // The latest person, kept until another one turns up (no array: this is asked at
        // every "the two" and pair phrase).
        var latest: NameID? = nil
        for event in events.reversed() where event.isPerson {
            for index in (0..<event.speakers.count).reversed() {
                let name = names[event.speakers, index]
                guard let person = latest else {
                    latest = name
                    continue
                }
                if name != person { return names.list([name, person]) }
            }
        }
        return nil
    }

    /// The most recent group, or several people, who spoke.
    var lastPlural: Source? {
        events.last(where: { !$0.isPerson || $0.speakers.count > 1 })
    }
}
