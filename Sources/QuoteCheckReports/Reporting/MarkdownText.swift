import QuoteCheckText

/// Escaping for text quoted into Markdown: whatever a quote holds (pipes, emphasis marks,
/// backticks, HTML, link brackets, line breaks) shows as written and cannot break a table or
/// the page around it.
public enum MarkdownText {
    /// ASCII punctuation that Markdown (CommonMark with GFM tables) may read as syntax, as a
    /// 128-bit set (bit n for byte n): a `Set<UInt8>` hashed every byte of every quote in a report.
    static let special: (low: UInt64, high: UInt64) = "\\`*_[]<>|~&#".utf8.reduce((0, 0)) { masks, byte in
        byte < 64 ? (masks.low | 1 << UInt64(byte), masks.high) : (masks.low, masks.high | 1 << UInt64(byte - 64))
    }

    /// `text` escaped for a table cell or inline text; line breaks become `<br>`, tabs spaces,
    /// other control characters (a terminal escape: ESC, BEL …) are shown, not sent: `\u{1B}`.
    public static func escape(_ text: String) -> String {
        let text = TerminalText.escape(text, keeping: ["\n", "\r", "\t"])
        let (low, high) = special
        @inline(__always) func needsWork(_ byte: UInt8) -> Bool {
            if byte < 64 { return byte < 0x20 || (low >> UInt64(byte)) & 1 != 0 }
            return byte < 128 && (high >> UInt64(byte - 64)) & 1 != 0
        }
        // Most quotes need no escaping: they are returned as they are, without a copy. Scanned
        // through the string's own bytes: `String.UTF8View`'s iterator cost ~15 instructions a byte.
        var scanned = text
        guard scanned.withUTF8({ $0.contains(where: needsWork) }) else { return unlinked(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == 0x0D }
            if byte == 0x0A {
                if !previousWasCR { bytes.append(contentsOf: "<br>".utf8) }
                continue
            }
            if byte == 0x0D {
                bytes.append(contentsOf: "<br>".utf8)
                continue
            }
            if byte >= 0x20 && needsWork(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte == 0x09 ? 0x20 : byte)
        }
        return unlinked(String(decoding: bytes, as: UTF8.self))
    }

    /// Web addresses in quoted text stay text: a zero-width space after the scheme (or "www")
    /// keeps GitHub from making a live link of a quote's "https://evil.example/x".
    static func unlinked(_ text: String) -> String {
        guard text.contains("://") || text.contains("www.") else { return text }
        return text.replacingOccurrences(of: "://", with: "\u{200B}://").replacingOccurrences(of: "www.", with: "www\u{200B}.")
    }

    /// A value for a table cell: escaped, or an em dash when empty.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return escape(text)
    }
}
