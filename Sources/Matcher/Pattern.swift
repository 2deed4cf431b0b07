import CPCRE2
import Synchronization

/// A PCRE2 pattern compiled once (with JIT where the platform has it) and shared freely across
/// threads. Each match call allocates its own match data, so a `Pattern` holds no mutable state
/// besides what it notes of calls that hit a resource limit: how many, and where the first was.
///
/// Subjects are UTF-8 byte buffers that the caller has already validated (input is checked once
/// when an article is read), so matching passes `PCRE2_NO_UTF_CHECK`: without it PCRE2 re-checks
/// the whole subject on every call, which turns a scan of many matches quadratic.
public final class Pattern: @unchecked Sendable {
    /// The pattern as written in its rule file.
    public let source: String
    /// Number of capturing groups.
    public let captureCount: Int
    /// Names of the named groups, mapped to their group numbers.
    public let groupNumbers: [String: Int]
    /// Compiled with `.anchored`: matches start exactly where matching starts.
    public let isAnchored: Bool

    private let code: OpaquePointer
    /// The JIT compiled the pattern, so calls without match-time options go straight to it.
    private let isJITCompiled: Bool
    private let limitHitCounter = Atomic<Int>(0)
    private let firstLimitHit = Mutex<String?>(nil)
    /// For an alternation, the patterns it combines: asked in turn when it hits a limit.
    private let parts: [Pattern]
    /// The shared limits, looked up once rather than through the lazy global on every call.
    private let limits = MatchLimits.shared.context

    /// Compile options; UTF and Unicode properties are always on.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Letters match either case.
        public static let caseless = Options(rawValue: PCRE2_CASELESS)
        /// `^` and `$` match at line breaks.
        public static let multiline = Options(rawValue: PCRE2_MULTILINE)
        /// Whitespace in the pattern is ignored and `#` starts a comment.
        public static let extended = Options(rawValue: PCRE2_EXTENDED)
        /// The match must start where matching starts. Given at compile time, not at match time:
        /// a match-time `PCRE2_ANCHORED` makes PCRE2 fall back from the JIT to the interpreter
        /// (measured about 4 times slower per call).
        public static let anchored = Options(rawValue: PCRE2_ANCHORED)
    }

    /// Compiles `source`. Throws `PatternError` with PCRE2's message and the offset in the pattern.
    public convenience init(_ source: String, options: Options = []) throws(PatternError) {
        try self.init(source, options: options, parts: [])
    }

    private init(_ source: String, options: Options, parts: [Pattern]) throws(PatternError) {
        self.source = source
        self.parts = parts
        isAnchored = options.contains(.anchored)
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | PCRE2_UTF | PCRE2_UCP
        let compiled: OpaquePointer? = source.withCString { ptr in
            ptr.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                pcre2_compile_8(bytes, ~Int(0) /* PCRE2_ZERO_TERMINATED */, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PatternError(pattern: source, message: Pattern.message(for: errorCode), offset: errorOffset)
        }
        code = compiled
        // JIT is an optimisation: where it is unavailable, the interpreter gives the same results.
        isJITCompiled = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0
        var captures: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        captureCount = Int(captures)
        groupNumbers = Pattern.readGroupNames(code)
    }

    deinit { pcre2_code_free_8(code) }

    /// One pattern that matches where any of `patterns` matches: one call where trying them in
    /// turn was one per pattern. Nil when there is nothing to gain (fewer than two), when a
    /// pattern has groups (a backreference would count groups differently inside the
    /// alternation), or when the alternation does not compile (a leading option verb such as
    /// (*UCP) is allowed only at the very start).
    ///
    /// A call that hits a limit gives no answer, so the alternation then asks each pattern in
    /// turn: the answer is theirs, and so is the hit, counted on the pattern that made it.
    public static func alternation(of patterns: [Pattern], options: Options = []) -> Pattern? {
        guard patterns.count > 1, patterns.allSatisfy({ $0.captureCount == 0 }) else { return nil }
        return try? Pattern(patterns.map { "(?:\($0.source))" }.joined(separator: "|"), options: options, parts: patterns)
    }

    /// How many match calls stopped at a limit instead of finishing; such calls report no match.
    /// An alternation's stay at 0: its parts count theirs.
    public var limitHits: Int { limitHitCounter.load(ordering: .relaxed) }

    /// Where the first limit hit was, as the `MatchOrigin` bound at the time described it (nil
    /// when none was bound or there was no hit).
    public var firstLimitHitPlace: String? { firstLimitHit.withLock { $0 } }

    /// Counts a call that hit a limit on an attempt starting at `address`, and tells the bound
    /// origin. Out of line: it runs only on a hit, and keeps the match paths short.
    @inline(never)
    private func noteLimitHit(at address: UnsafePointer<UInt8>?) {
        limitHitCounter.add(1, ordering: .relaxed)
        guard let place = MatchOrigin.current?.noteLimitHit(self, at: address) else { return }
        firstLimitHit.withLock { if $0 == nil { $0 = place } }
    }

    /// The first match at or after byte `start` of `subject`, or nil. With `anchored`, the match
    /// must begin exactly at `start`. Lookbehind sees the bytes before `start`.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                           anchored: Bool = false) -> Match? {
        let data = MatchData(pattern: self)
        return firstMatch(in: subject, from: start, anchored: anchored, using: data)
    }

    /// True when the pattern matches at exactly `start` (lookbehind sees what comes before).
    /// `scratch` is match data the caller reuses across calls on one thread, so that a tight loop
    /// of yes/no questions allocates nothing. Compile the pattern with `.anchored` for speed.
    public func matches(at start: Int, in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        if let answer = match(from: start, in: subject, options: isAnchored ? 0 : PCRE2_ANCHORED, scratch: scratch) {
            return answer
        }
        return parts.contains { $0.matches(at: start, in: subject, scratch: scratch) }
    }

    /// True when the pattern matches anywhere in `subject`, without building a `Match`.
    public func isMatch(in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> Bool {
        if let answer = match(from: 0, in: subject, options: 0, scratch: scratch) { return answer }
        return parts.contains { $0.isMatch(in: subject, scratch: scratch) }
    }

    /// Whether the pattern matches. A limit hit is counted and answers false, except in an
    /// alternation: there it is nil, no answer, and the caller asks the parts.
    @inline(__always)
    private func match(from start: Int, in subject: UnsafeBufferPointer<UInt8>, options: UInt32, scratch: MatchScratch) -> Bool? {
        guard start <= subject.count, let base = subject.baseAddress else { return false }
        let result = run(base, subject.count, start, PCRE2_NO_UTF_CHECK | options, scratch.pointer)
        if result >= 0 { return true }
        if result == PCRE2_ERROR_NOMATCH { return false }
        if parts.isEmpty { noteLimitHit(at: base + start) }
        return parts.isEmpty ? false : nil
    }

    /// One match call. `pcre2_jit_match` skips `pcre2_match`'s argument checks (about 1% of
    /// `extract`'s instructions, over the many short calls quote finding makes); it ignores match-time
    /// `PCRE2_ANCHORED`, so such calls, and patterns the JIT could not compile, take the full path.
    /// Subjects are validated UTF-8 either way (`PCRE2_NO_UTF_CHECK`).
    @inline(__always)
    private func run(_ base: UnsafePointer<UInt8>, _ length: Int, _ start: Int, _ options: UInt32,
                     _ data: OpaquePointer?) -> Int32 {
        if isJITCompiled && options & PCRE2_ANCHORED == 0 {
            return pcre2_jit_match_8(code, base, length, start, options & ~PCRE2_NO_UTF_CHECK, data, limits)
        }
        return pcre2_match_8(code, base, length, start, options, data, limits)
    }

    /// Calls `body` with each non-overlapping match in `subject[range]`, in order, until it returns false.
    public func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil,
                             _ body: (Match) -> Bool) {
        let data = MatchData(pattern: self)
        let bounds = range ?? 0..<subject.count
        var position = bounds.lowerBound
        let limited = UnsafeBufferPointer(rebasing: subject[0..<bounds.upperBound])
        while position <= bounds.upperBound {
            guard let match = firstMatch(in: limited, from: position, anchored: false, using: data) else { return }
            if !body(match) { return }
            // An empty match must still advance, or the loop would find it forever.
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
    }

    /// All matches in `subject[range]`.
    public func allMatches(in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: subject, range: range) { found.append($0); return true }
        return found
    }

    /// Convenience for strings (tests, rule examples, small look-ups).
    public func firstMatch(in string: String) -> Match? {
        var copy = string
        return copy.withUTF8 { firstMatch(in: $0) }
    }

    /// True when the pattern matches anywhere in `string`.
    public func matches(_ string: String) -> Bool { firstMatch(in: string) != nil }

    private func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int, anchored: Bool,
                            using data: MatchData) -> Match? {
        guard start <= subject.count else { return nil }
        let options: UInt32 = PCRE2_NO_UTF_CHECK | (anchored ? PCRE2_ANCHORED : 0)
        // An empty buffer may have a nil base address; PCRE2 wants a valid pointer even for length 0.
        let empty: [UInt8] = [0]
        let result: Int32 = empty.withUnsafeBufferPointer { fallback in
            let base = subject.baseAddress ?? fallback.baseAddress!
            return run(base, subject.count, start, options, data.pointer)
        }
        if result < 0 {
            guard result != PCRE2_ERROR_NOMATCH else { return nil }
            guard !parts.isEmpty else {
                noteLimitHit(at: subject.baseAddress.map { $0 + start })
                return nil
            }
            // The first match of an alternation is where its parts match first; at one place,
            // the first part (the order PCRE2 tries alternatives in).
            return parts.lazy.compactMap { $0.firstMatch(in: subject, from: start, anchored: anchored, using: MatchData(pattern: $0)) }
                .min { $0.range.lowerBound < $1.range.lowerBound }
        }
        let ovector = pcre2_get_ovector_pointer_8(data.pointer)!
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(captureCount + 1)
        for group in 0...captureCount {
            let lower = ovector[2 * group], upper = ovector[2 * group + 1]
            if lower == ~Int(0) /* PCRE2_UNSET */ {
                groups.append(nil)
            } else {
                groups.append(Int(lower)..<Int(upper))
            }
        }
        return Match(groups: groups, names: groupNumbers)
    }

    private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0, entrySize: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for index in 0..<Int(count) {
            let entry = table + index * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            names[String(cString: entry + 2)] = number
        }
        return names
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer[0..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }
}

/// A compile error: PCRE2's message and the byte offset in the pattern where it gave up.
public struct PatternError: Error, Sendable, CustomStringConvertible {
    public let pattern: String
    public let message: String
    public let offset: Int
    public var description: String { "\(message) at offset \(offset) in /\(pattern)/" }
}

/// One match: byte ranges into the subject, group 0 being the whole match.
public struct Match: Sendable {
    /// Byte ranges of group 0 (the whole match) and each capturing group; nil when a group did not take part.
    public let groups: [Range<Int>?]
    let names: [String: Int]
    /// The whole match, in bytes.
    public var range: Range<Int> { groups[0]! }
    /// The byte range of the named group, if it took part in the match.
    public subscript(name: String) -> Range<Int>? {
        guard let number = names[name], number < groups.count else { return nil }
        return groups[number]
    }
}

/// Match data that one thread reuses for yes/no matches of any pattern (only the overall match
/// is read, so its size does not depend on the pattern). Not to be shared between threads.
public final class MatchScratch {
    let pointer: OpaquePointer
    public init() { pointer = pcre2_match_data_create_8(1, nil) }
    deinit { pcre2_match_data_free_8(pointer) }
}

/// Match data for one call, freed when the call is done.
final class MatchData {
    let pointer: OpaquePointer
    init(pattern: Pattern) {
        pointer = pattern.withCode { pcre2_match_data_create_from_pattern_8($0, nil) }
    }
    deinit { pcre2_match_data_free_8(pointer) }
}

extension Pattern {
    fileprivate func withCode<T>(_ body: (OpaquePointer) -> T) -> T { body(code) }
}

/// The one match context: resource limits that stop a pathological pattern from hanging a run.
/// It is never modified after creation, so sharing it between threads is safe.
final class MatchLimits: @unchecked Sendable {
    static let shared = MatchLimits()
    let context: OpaquePointer
    private init() {
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, 1_000_000)
        pcre2_set_depth_limit_8(context, 10_000)
        pcre2_set_heap_limit_8(context, 20_000) // KiB
    }
}
