import Foundation

/// Whether two speaker lists can name the same source. Attribution gives canonical full names,
/// but one article may know a person only by surname ("Panetta" and "Leon Panetta"), so two
/// names agree when one's words end the other's, accents and case aside ("Calderon" and
/// "Calderón"). An empty list (no speaker found) agrees with anything: it is unknown, not
/// different; so does a description whose head is a common noun ("the president", "a campaign
/// official", "critics"), which may well be the named person.
public enum SpeakerNames {
    public static func compatible(_ a: [String], _ b: [String]) -> Bool {
        var folder = Folder()
        return folder.compatible(a, b)
    }

    /// Compares speaker lists, folding each distinct name once: a statement carried by many
    /// articles compares the same names over and over.
    public struct Folder {
        private var cache: [String: Name] = [:]

        struct Name {
            let isDescription: Bool
            let words: [String]
        }

        public init() {}

        public mutating func compatible(_ a: [String], _ b: [String]) -> Bool {
            if a.isEmpty || b.isEmpty { return true }
            for x in a {
                let nameX = name(x)
                for y in b where SpeakerNames.sameSource(nameX, name(y)) { return true }
            }
            return false
        }

        private mutating func name(_ text: String) -> Name {
            if let known = cache[text] { return known }
            let name = Name(isDescription: SpeakerNames.isDescription(text), words: SpeakerNames.words(text))
            cache[text] = name
            return name
        }
    }

    /// True when the two lists are both known and name no source in common.
    public static func conflict(_ a: [String], _ b: [String]) -> Bool { !compatible(a, b) }

    static func sameSource(_ x: Folder.Name, _ y: Folder.Name) -> Bool {
        if x.isDescription || y.isDescription { return true }
        let wordsX = x.words, wordsY = y.words
        guard !wordsX.isEmpty, !wordsY.isEmpty else { return false }
        let (short, long) = wordsX.count <= wordsY.count ? (wordsX, wordsY) : (wordsY, wordsX)
        return Array(long.suffix(short.count)) == short
    }

    static func words(_ name: String) -> [String] {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
    }

    /// A speaker whose last word is not capitalised names a role or a group, not a person.
    static func isDescription(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last, let first = last.first else { return true }
        return !first.isUppercase
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
