/// Escaping for text put into a Mermaid label (a node's `["…"]` or an edge's `|"…"|`). A quote,
/// a speaker's or an outlet's name is hostile input here: a `"` would end the label, brackets,
/// pipes, `#`, `;`, `%%` and backticks are Mermaid syntax, and Mermaid renders labels as HTML.
/// So only letters, digits, spaces and `.,-` stay as written; every other character becomes a
/// Mermaid entity code (`#34;` for `"`), which Mermaid shows as the character and never reads
/// as syntax or markup. Line breaks, control and format characters (bidirectional overrides)
/// become spaces. Labels are kept short: a diagram is a picture, the text is in the tables.
enum MermaidText {
    /// `text` escaped as a label's content, cut to `limit` characters with an ellipsis.
    static func escape(_ text: String, limit: Int = 48) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "#8230;"
                break
            }
            count += 1
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                result += " "
                continue
            default: break
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let plain = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    || byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
                if plain { result.unicodeScalars.append(scalar) } else { result += "#\(scalar.value);" }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                result.unicodeScalars.append(scalar)
            } else {
                result += "#\(scalar.value);"
            }
        }
        return result
    }
}
