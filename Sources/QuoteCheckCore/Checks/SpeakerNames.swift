import Foundation

/// Whether two speaker lists can name the same source. Attribution gives canonical full names,
/// but one article may know a person only by surname ("Panetta" and "Leon Panetta"), so two
/// names agree when one's words end the other's, accents and case aside ("Calderon" and
/// "Calderón"). An empty list (no speaker found) agrees with anything: it is unknown, not
/// different; so does a description whose head is a common noun ("the president", "a campaign
/// official", "critics"), which may well be the named person.
public enum SpeakerNames {
    public static func compatible(_ a: [String], _ b: [String]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        for x in a {
            for y in b where sameSource(x, y) { return true }
        }
        return false
    }

    /// True when the two lists are both known and name no source in common.
    public static func conflict(_ a: [String], _ b: [String]) -> Bool { !compatible(a, b) }

    static func sameSource(_ x: String, _ y: String) -> Bool {
        if isDescription(x) || isDescription(y) { return true }
        let wordsX = words(x), wordsY = words(y)
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
