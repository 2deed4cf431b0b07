import Synchronization

/// The text a piece of work is matching (an article, a rule example), bound around that work so
/// that a pattern which hits a resource limit can say where, and the work can tell afterwards
/// that some of its answers were no answers.
///
/// A limit hit is not something a match call can report: the call just says "no match". Rather
/// than thread a report through every caller, the hit is noted on the origin bound to the
/// current thread (a task-local value; outside a task it lives in thread-local storage), and on
/// the origin that was bound when this one was made, so that work inside work is seen by both.
/// Nothing is looked up until a limit is hit.
public final class MatchOrigin: Sendable {
    /// The text; read only while the origin is bound, when it is alive.
    nonisolated(unsafe) private let text: UnsafeBufferPointer<UInt8>
    /// Describes byte `offset` of `text` (nil: an attempt on a subject outside it) as a place.
    private let describe: @Sendable (_ text: UnsafeBufferPointer<UInt8>, _ offset: Int?) -> String
    private let outer: MatchOrigin?
    private let hitCount = Atomic<Int>(0)
    private let firstPattern = Mutex<String?>(nil)

    @TaskLocal static var current: MatchOrigin?

    /// An origin for `text` (empty: the work matches only strings of its own). `describe` turns
    /// a byte offset into it into a place such as `a.txt:3:14`.
    public init(_ text: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
                describe: @escaping @Sendable (_ text: UnsafeBufferPointer<UInt8>, _ offset: Int?) -> String) {
        self.text = text
        self.describe = describe
        outer = MatchOrigin.current
    }

    /// Runs `body` with this origin bound: limit hits inside it are noted here.
    public func bind<T>(_ body: () throws -> T) rethrows -> T {
        try MatchOrigin.$current.withValue(self, operation: body)
    }

    /// How many match calls hit a limit while the origin was bound.
    public var limitHits: Int { hitCount.load(ordering: .relaxed) }

    /// The source of the first pattern that hit a limit while the origin was bound.
    public var firstLimitPattern: String? { firstPattern.withLock { $0 } }

    /// Notes a hit by `pattern` on an attempt that began at `address`; returns where that is.
    func noteLimitHit(_ pattern: Pattern, at address: UnsafePointer<UInt8>?) -> String {
        var origin: MatchOrigin? = self
        while let current = origin {
            current.hitCount.add(1, ordering: .relaxed)
            current.firstPattern.withLock { if $0 == nil { $0 = pattern.source } }
            origin = current.outer
        }
        guard let address, let base = text.baseAddress, address >= base, address <= base + text.count else {
            return describe(text, nil)
        }
        return describe(text, address - base)
    }
}
