/// Escaping for text quoted into Markdown: whatever a quote holds (pipes, emphasis marks,
/// backticks, HTML, link brackets, line breaks) shows as written and cannot break a table or
/// the page around it.
public enum MarkdownText {
    /// ASCII punctuation that Markdown (CommonMark with GFM tables) may read as syntax.
    static let special: Set<UInt8> = Set("\\`*_[]<>|~&#".utf8)

    /// `text` escaped for a table cell or inline text; line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == 0x0D }
            if byte == 0x0A {
                if !previousWasCR { bytes.append(contentsOf: Array("<br>".utf8)) }
                continue
            }
            if byte == 0x0D {
                bytes.append(contentsOf: Array("<br>".utf8))
                continue
            }
            if special.contains(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte == 0x09 ? 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A value for a table cell: escaped, or an em dash when empty.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return escape(text)
    }
}
