import Foundation
import QuoteCheckText

/// Whether two speaker lists can name the same source. Attribution gives canonical full names,
/// but one article may know a person only by surname ("Panetta" and "Leon Panetta"), so two
/// names agree when one's words end the other's, or one word opens a name of three or more
/// ("Tedros", "Tedros Adhanom Ghebreyesus"), or open it before its "of" ("Joint Chiefs" and
/// "Joint Chiefs of Staff"), or are its words with the family name moved to the front ("Kishida
/// Fumio" and "Fumio Kishida"), accents, apostrophes and case aside
/// ("Calderon" and "Calderón", "O’Neill" and "O'Neill"). An empty list (no speaker found) agrees with anything: it is unknown, not
/// different; so does a description whose head is a common noun ("the president", "a campaign
/// official", "critics"), which may well be the named person. Initials are passed over, and two
/// full names one letter apart in one word are one person misspelt.
public enum SpeakerNames {
    public static func compatible(_ a: [String], _ b: [String]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        return compatible(a.map(Name.init), b.map(Name.init))
    }

    /// `compatible` for names already folded (`check` keeps them per speaker list): any name of
    /// one list is the same source as any name of the other.
    static func compatible(_ a: [Name], _ b: [Name]) -> Bool {
        a.contains { x in b.contains { sameSource(x, $0) } }
    }

    /// A speaker's name as comparison sees it.
    struct Name {
        let isDescription: Bool
        let words: [String]
        /// `WordHash` of each word: names are told apart by hashes, and compared word by
        /// word only when their hashes agree.
        let hashes: [UInt64]
        /// A name of one word in capitals ("JCS", "U.N."): its letters, lower-cased; else nil.
        let acronym: [UInt8]?
        /// The initials of the name's capitalised words, lower-cased, a hyphen's capital part
        /// counting ("Asia-Pacific Economic Cooperation" gives "apec").
        let initials: [UInt8]

        init(_ text: String) {
            isDescription = SpeakerNames.isDescription(text)
            (acronym, initials) = SpeakerNames.letters(text)
            // Initials say nothing against a match: "Donald J. Trump" is "Donald Trump".
            let all = SpeakerNames.words(text)
            let withoutInitials = all.filter { $0.count > 1 }
            words = withoutInitials.isEmpty ? all : withoutInitials
            hashes = words.map { WordHash.hash($0) }
        }
    }

    /// True when the two lists are both known and name no source in common.
    public static func conflict(_ a: [String], _ b: [String]) -> Bool { !compatible(a, b) }

    static func sameSource(_ x: Name, _ y: Name) -> Bool {
        if x.isDescription || y.isDescription { return true }
        // "JCS" and "Joint Chiefs of Staff": one article spells out what the other abbreviates.
        // (A word in capitals that is no acronym of the other is compared as a word: "TRUMP".)
        if let acronym = x.acronym ?? y.acronym, (x.acronym == nil) != (y.acronym == nil),
           Acronym.abbreviates(acronym, initials: (x.acronym == nil ? x : y).initials) {
            return true
        }
        let wordsX = x.words, wordsY = y.words
        guard !wordsX.isEmpty, !wordsY.isEmpty else { return false }
        let (short, long) = wordsX.count <= wordsY.count ? (x, y) : (y, x)
        let offset = long.words.count - short.words.count
        // "Joint Chiefs" and "Joint Chiefs of Staff": a body's name of two words or more, short
        // of the "of" and the words after it. (One word is no such name: "Ministry", "Bank".)
        if short.words.count >= 2, offset > 0, long.words[short.words.count] == "of",
           long.hashes.prefix(short.words.count).elementsEqual(short.hashes),
           long.words.prefix(short.words.count).elementsEqual(short.words) {
            return true
        }
        // "Kishida Fumio" and "Fumio Kishida": the family name first, as Japanese media may
        // write it, or last, as most English copy does.
        if offset == 0, short.words.count >= 2, familyNameMoved(short.hashes, long.hashes) || familyNameMoved(long.hashes, short.hashes),
           familyNameMoved(short.words, long.words) || familyNameMoved(long.words, short.words) {
            return true
        }
        // "Tedros" and "Tedros Adhanom Ghebreyesus", "Yoon" and "Yoon Suk Yeol": a person known
        // by the first word of a name of three words or more (an Ethiopian given name, a Korean
        // or Chinese family name written first). Not a body's first word: "Ministry" is not the
        // "Ministry of Defense".
        if short.words.count == 1, long.words.count >= 3, short.hashes[0] == long.hashes[0], short.words[0] == long.words[0],
           !long.words.contains(where: { $0 == "of" || $0 == "for" || $0 == "and" || $0 == "the" }) {
            return true
        }
        var differing: Int? = nil
        for index in short.words.indices where short.hashes[index] != long.hashes[offset + index] {
            guard differing == nil else { return false }
            differing = index
        }
        guard let differing else { return long.words.suffix(short.words.count).elementsEqual(short.words) }
        // One word spelt one letter apart in two full names ("Rence Priebus", "Reince Priebus")
        // is a typo of one person, not another person; a lone surname must match exactly.
        return short.words.count >= 2 && offset == 0 && oneEditApart(short.words[differing], long.words[differing])
    }

    /// True when `b` is `a` with its last word moved to the front ("Fumio Kishida", "Kishida
    /// Fumio"), both of one length.
    static func familyNameMoved<Word: Equatable>(_ a: [Word], _ b: [Word]) -> Bool {
        guard a.count == b.count, let last = a.last, b.first == last else { return false }
        return a.dropLast().elementsEqual(b.dropFirst())
    }

    /// A name's acronym letters (when it is one word of capitals, full stops aside) and the
    /// initials of its capitalised words, both lower-cased ASCII.
    static func letters(_ name: String) -> (acronym: [UInt8]?, initials: [UInt8]) {
        var initials: [UInt8] = []
        var capitals: [UInt8] = []
        var words = 0, allCapitals = true
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in name.utf8 {
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            if previous == UInt8(ascii: " ") { words += 1 }
            if upper, previous == UInt8(ascii: " ") || previous == UInt8(ascii: "-") { initials.append(byte | 0x20) }
            if upper { capitals.append(byte | 0x20) } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: " ") { allCapitals = false }
            previous = byte
        }
        let acronym = words == 1 && allCapitals && capitals.count >= 2 ? capitals : nil
        return (acronym, initials)
    }

    /// True when `a` becomes `b` by one inserted, deleted or replaced letter, both of four
    /// letters or more (shorter names differ meaningfully by one letter: "Kim", "Lim").
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard min(x.count, y.count) >= 4, abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// The name's words, lower-cased and without accents. An ASCII name (most of them) is split
    /// byte by byte; Foundation's folding, some ten thousand instructions a name, is for the rest.
    static func words(_ name: String) -> [String] {
        // "O’Neill" and "O'Neill" are one name: articles print the apostrophe either way.
        let name = name.straightApostrophes
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in name.utf8 {
            if UTF8Scan.isASCIIWordByte(byte) || byte == UInt8(ascii: "'") {
                word.append(UTF8Scan.asciiLowercased(byte))
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// A speaker whose last word is not capitalised names a role or a group, not a person.
    static func isDescription(_ name: String) -> Bool {
        let utf8 = name.utf8
        // The last space-separated word's first byte; a non-ASCII one takes the Character path.
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return true }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: " ") { start = utf8.index(before: start) }
        let first = utf8[start]
        if first < 0x80 { return !(first >= 0x41 && first <= 0x5A) }
        guard let last = name.split(separator: " ").last, let character = last.first else { return true }
        return !character.isUppercase
    }

    /// The list as one label ("Leon Panetta and Liang Guanglie"), or "unknown speaker".
    public static func label(_ speakers: [String]) -> String {
        switch speakers.count {
        case 0: "unknown speaker"
        case 1: speakers[0]
        default: speakers.dropLast().joined(separator: ", ") + " and " + speakers.last!
        }
    }
}
