/// Who has spoken so far in the article, most recent last: what "he", "they" and "the two"
/// refer to.
struct Salience: Sendable {
    private var events: [ResolvedSource]

    /// A speaking event a cue or two, a few dozen in most articles: room for `capacity` of them
    /// from the start (none for a context that records no events, a headline's).
    init(capacity: Int = 64) {
        events = []
        events.reserveCapacity(capacity)
    }

    mutating func record(_ source: ResolvedSource) {
        guard !source.speakers.isEmpty else { return }
        events.append(source)
    }

    /// The most recent single person who spoke; with a `gender` ("he", "she"), the most recent
    /// whose gender the article tells as that one or does not tell.
    /// With `except`, the most recent but that one.
    func lastPerson(_ names: NameTable, gender: Gender? = nil, registry: PersonRegistry? = nil, except: NameID? = nil) -> NameID? {
        for event in events.reversed() {
            guard let person = Self.person(of: event, names), person != except else { continue }
            if let gender, let registry, let known = registry.gender(of: person), known != gender { continue }
            return person
        }
        return nil
    }

    /// The single person who has spoken most often so far (the latest of those tied): whom an
    /// article's epithet for its subject ("the candidate") means. Asked only at an epithet, so
    /// the count is made then.
    func mostFrequentPerson(_ names: NameTable) -> NameID? {
        var counts: [NameID: Int] = [:]
        var best: (person: NameID, count: Int)? = nil
        for event in events {
            guard let person = Self.person(of: event, names) else { continue }
            let count = counts[person, default: 0] + 1
            counts[person] = count
            if count >= (best?.count ?? 0) { best = (person, count) }
        }
        return best?.person
    }

    /// Has the person spoken so far?
    func hasSpoken(_ person: NameID, _ names: NameTable) -> Bool {
        events.contains { Self.person(of: $0, names) == person }
    }

    /// The one person a speaking event names, if it names one person.
    private static func person(of event: ResolvedSource, _ names: NameTable) -> NameID? {
        event.isPerson && event.speakers.count == 1 ? names.first(of: event.speakers) : nil
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

    /// Whoever spoke last, a person or a group.
    var last: ResolvedSource? { events.last }

    /// The most recent group, or several people, who spoke.
    var lastPlural: ResolvedSource? {
        events.last(where: { !$0.isPerson || $0.speakers.count > 1 })
    }
}
