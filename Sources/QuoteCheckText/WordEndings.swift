/// The English word endings the rules list (rules/speakers.yaml `endings`), which tell a word's
/// part of speech where no word list knows it: a verb's -s form ("warns"), also a plural's unless
/// the word ends in a `notPlural` ending ("buyers", not "business"); a past form or participle
/// ("branded"); a present participle ("saying"); an adverb ("hastily"). Each is matched at the
/// end of a word's bytes as written (lower case).
public struct WordEndings: Sendable {
    /// The forms a word's ending tells, one bit each.
    public struct Forms: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let sForm = Forms(rawValue: 1 << 0)
        /// An -s form that no `notPlural` ending ends.
        public static let plural = Forms(rawValue: 1 << 1)
        public static let past = Forms(rawValue: 1 << 2)
        public static let participle = Forms(rawValue: 1 << 3)
        public static let adverb = Forms(rawValue: 1 << 4)
    }

    /// An ending as the look-up keeps it: its bytes last first, packed into a word, its length,
    /// and the form it tells (`notPluralBit` for a `notPlural` ending).
    @usableFromInline struct Entry: Sendable {
        @usableFromInline let reversed: UInt64
        @usableFromInline let mask: UInt64
        @usableFromInline let length: Int
        @usableFromInline let form: UInt8
    }
    @usableFromInline static let notPluralBit: UInt8 = 1 << 7
    /// Every ending, grouped by last byte: those ending with byte `b` are
    /// `entries[start[b]..<start[b + 1]]`, compared for the few words whose last two bytes
    /// `byLastTwo` cannot settle.
    @usableFromInline let entries: [Entry]
    @usableFromInline let start: [Int]
    /// What a word's last two bytes tell, by `second << 8 | last` (`second` 0 for a word of one
    /// byte): the forms, when every ending they could end is two bytes or shorter, else
    /// `longBit`, and the endings are compared. One load for nearly every word.
    @usableFromInline let byLastTwo: [UInt8]
    @usableFromInline static let longBit: UInt8 = 1 << 6
    /// What a plural adds to its noun ("aides" from "aide", "witnesses" from "witness").
    public let pluralSuffixes: [[UInt8]]

    /// The forms a word's ending tells only from a length on, where a shorter word with the
    /// ending is as often something else: a plural ("bus", "ads"), a participle that opens a
    /// sentence ("Asserting Clinton was …"; not "Bring"), a present participle ("saying"; not
    /// "king"), an adverb ("Hastily"; not "Italy", "Kelly").
    public struct Trusted: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let plural = Trusted(rawValue: 1 << 0)
        public static let openingParticiple = Trusted(rawValue: 1 << 1)
        public static let presentParticiple = Trusted(rawValue: 1 << 2)
        public static let adverb = Trusted(rawValue: 1 << 3)
    }

    /// The shortest word, in bytes, each trusted form needs (rules `endings.shortest`, at most
    /// 255: a byte each, since the sieve's registry and resolver hold these and are copied often).
    public struct Shortest: Sendable, Equatable {
        public let plural: UInt8, openingParticiple: UInt8, presentParticiple: UInt8, adverb: UInt8

        public init(plural: Int, openingParticiple: Int, presentParticiple: Int, adverb: Int) {
            self.plural = UInt8(clamping: plural)
            self.openingParticiple = UInt8(clamping: openingParticiple)
            self.presentParticiple = UInt8(clamping: presentParticiple)
            self.adverb = UInt8(clamping: adverb)
        }

        /// The forms of `forms` trusted for a word of `length` bytes. (The sieve's `WordShapes`
        /// asks one form at a time, in one compare.)
        public func trusted(_ forms: Forms, length: Int) -> Trusted {
            var found: Trusted = []
            if forms.contains(.plural) && length >= Int(plural) { found.insert(.plural) }
            if forms.contains(.participle) && length >= Int(openingParticiple) { found.insert(.openingParticiple) }
            if forms.contains(.participle) && length >= Int(presentParticiple) { found.insert(.presentParticiple) }
            if forms.contains(.adverb) && length >= Int(adverb) { found.insert(.adverb) }
            return found
        }
    }
    public let shortest: Shortest

    /// The forms of `forms` trusted for a word of `length` bytes.
    public func trusted(_ forms: Forms, length: Int) -> Trusted { shortest.trusted(forms, length: length) }

    /// Endings of up to eight bytes each (longer ones are left out: no English ending is).
    public init(sForm: [String], notPlural: [String], past: [String], participle: [String], adverb: [String],
                pluralSuffixes: [String], shortest: Shortest) {
        self.shortest = shortest
        func bytes(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count <= 8 } }
        var entries: [Entry] = []
        for (list, form) in [(sForm, Forms.sForm.rawValue), (notPlural, Self.notPluralBit), (past, Forms.past.rawValue),
                             (participle, Forms.participle.rawValue), (adverb, Forms.adverb.rawValue)] {
            for ending in bytes(list) {
                let reversed = ending.reversed().enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let mask = ending.count == 8 ? UInt64.max : (1 << (8 * UInt64(ending.count))) - 1
                entries.append(Entry(reversed: reversed, mask: mask, length: ending.count, form: form))
            }
        }
        entries.sort { ($0.reversed & 0xFF) < ($1.reversed & 0xFF) }
        var start = Array(repeating: 0, count: 257), index = 0
        for byte in 0..<256 {
            start[byte] = index
            while index < entries.count, Int(entries[index].reversed & 0xFF) == byte { index += 1 }
        }
        start[256] = index
        self.entries = entries
        self.start = start
        self.pluralSuffixes = bytes(pluralSuffixes)
        // Each ending of one or two bytes marks the pairs it ends; a longer one marks its last
        // two bytes for comparing. (The plural bit is settled once all are in.)
        var table = Array(repeating: UInt8(0), count: 65536)
        for entry in entries {
            let last = Int(entry.reversed & 0xFF), second = Int(entry.reversed >> 8 & 0xFF)
            switch entry.length {
            case 1: for before in 0..<256 { table[before << 8 | last] |= entry.form }
            case 2: table[second << 8 | last] |= entry.form
            default: table[second << 8 | last] |= Self.longBit
            }
        }
        for pair in 0..<65536 where table[pair] & Self.longBit == 0 {
            let found = table[pair]
            table[pair] = found & 0x3F | (found & 1 != 0 && found & Self.notPluralBit == 0 ? 2 : 0)
        }
        for pair in 0..<65536 where table[pair] & Self.longBit != 0 { table[pair] = Self.longBit }
        byLastTwo = table
    }

    /// The forms the end of `range` tells. (Asked of every word of every article: inlined, and
    /// the bits written out, since a static's accessor cost more than the test.)
    @inline(__always)
    @inlinable
    public func forms(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Forms {
        guard !range.isEmpty else { return [] }
        let last = Int(bytes[range.upperBound - 1])
        let second = range.count > 1 ? Int(bytes[range.upperBound - 2]) : 0
        let known = byLastTwo[second << 8 | last]
        if known & 0x40 == 0 { return Forms(rawValue: known) }  // (0x40: `longBit`)
        return Self.forms(of: range, matching: entries, start[last]..<start[last + 1], in: bytes)
    }

    /// `forms(of:in:)` for a word whose last byte ends the endings `entries[candidates]`.
    @usableFromInline
    static func forms(of range: Range<Int>, matching entries: [Entry], _ candidates: Range<Int>,
                      in bytes: UnsafeBufferPointer<UInt8>) -> Forms {
        let first = candidates.lowerBound, end = candidates.upperBound
        // The word's last eight bytes (fewer for a shorter word), last first: each ending is
        // then one masked compare.
        var tail: UInt64 = 0
        if range.count >= 8 {
            tail = UnsafeRawPointer(bytes.baseAddress! + range.upperBound - 8).loadUnaligned(as: UInt64.self).bigEndian
        } else {
            for offset in 0..<range.count { tail |= UInt64(bytes[range.upperBound - 1 - offset]) << (8 * UInt64(offset)) }
        }
        var found: UInt8 = 0
        entries.withUnsafeBufferPointer { entries in
            for index in first..<end where entries[index].length <= range.count && tail & entries[index].mask == entries[index].reversed {
                found |= entries[index].form
            }
        }
        // (1 << 7 is `notPluralBit`, 1 the -s form, 2 the plural.)
        var raw = found & 0x7F
        if raw & 1 != 0 && found & 0x80 == 0 { raw |= 2 }
        return Forms(rawValue: raw)
    }

    /// Does `range` end with `ending`? (The whole word may be the ending.)
    @inlinable
    public static func ends(_ range: Range<Int>, with ending: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ending.count <= range.count && ending.indices.allSatisfy { bytes[range.upperBound - ending.count + $0] == ending[$0] }
    }
}
