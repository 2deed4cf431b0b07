extension String {
    /// The string with curly apostrophes (’) straightened ('), as canonical names and via texts
    /// are written. Most strings have none and are returned as they are, without a copy.
    var straightApostrophes: String {
        var utf8 = Array(self.utf8)
        var index = 0, write = 0, changed = false
        while index < utf8.count {
            if utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0x99 {
                utf8[write] = UInt8(ascii: "'")
                index += 3
                changed = true
            } else {
                utf8[write] = utf8[index]
                index += 1
            }
            write += 1
        }
        guard changed else { return self }
        return String(decoding: utf8[0..<write], as: UTF8.self)
    }
}
