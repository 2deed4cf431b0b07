/// Text bound for a terminal: standard error, or a report a person reads on one. Control
/// characters that come from the input (a quote, a file name) are written out as `\u{1B}`, so
/// they are shown and never acted on: no escape sequence recolours the screen, moves the
/// cursor, retitles the window or rings the bell. The one escaper for this; Markdown and the
/// error stream both go through it.
public enum TerminalText {
    /// `text` with each C0 control (except those in `kept`: by default line feed and tab, the
    /// text's own layout), DEL and each C1 control written out as `\u{…}` (hex). Text without
    /// any is returned as it is, without a copy.
    public static func escape(_ text: String, keeping kept: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
        var copy = text
        // Scanned through the string's own bytes, as most texts hold no control at all.
        return copy.withUTF8 { bytes in
            guard let first = firstControl(in: bytes, from: 0, keeping: kept) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            out.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                guard let control = firstControl(in: bytes, from: index, keeping: kept) else {
                    out.append(contentsOf: bytes[index...])
                    break
                }
                out.append(contentsOf: bytes[index..<control])
                // C1 controls are U+0080–U+009F, in UTF-8 C2 80–C2 9F: the second byte is the value.
                let isC1 = bytes[control] == 0xC2
                let value = isC1 ? bytes[control + 1] : bytes[control]
                out.append(contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".utf8)
                index = control + (isC1 ? 2 : 1)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The offset of the first control character at or after `start` that is not kept.
    private static func firstControl(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                     keeping kept: Set<Unicode.Scalar>) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && !kept.contains(Unicode.Scalar(byte)) { return index }
            if byte == 0x7F { return index }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] & 0xE0 == 0x80 { return index }
            index += 1
        }
        return nil
    }
}
