/// When an acronym abbreviates a name: its letters are the initials of the name's capitalised
/// words ("JCS", "Joint Chiefs of Staff"), a hyphen's capital part counting ("APEC",
/// "Asia-Pacific Economic Cooperation"), or all of them but a last one for three letters or
/// more ("CDC", "Centers for Disease Control and Prevention"). Attribution asks it of a name the
/// article spells out before a parenthesis; the cross-source check, of two speakers' names.
public enum Acronym {
    /// Do the acronym's letters (lower-cased) abbreviate a name with these initials?
    public static func abbreviates(_ letters: [UInt8], initials: [UInt8]) -> Bool {
        letters.count >= 2 && (letters == initials
            || (letters.count >= 3 && initials.count == letters.count + 1 && initials.starts(with: letters)))
    }

    /// Appends a capitalised word's initials, lower-cased: its first letter (whatever it is)
    /// and each capital right after a hyphen ("Asia-Pacific" gives "ap").
    public static func appendInitials(of word: some Collection<UInt8>, to initials: inout [UInt8]) {
        guard let first = word.first else { return }
        initials.append(first | 0x20)
        var previous = first
        for byte in word.dropFirst() {
            if previous == UInt8(ascii: "-"), byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { initials.append(byte | 0x20) }
            previous = byte
        }
    }
}
