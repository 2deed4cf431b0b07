import QuoteCheckText

/// Escaping for text put into the HTML report (and the SVG inside it): whatever a quote, a name
/// or an article's id holds shows as written and cannot open a tag, end an attribute or run a
/// script. The five characters HTML reads as markup become entities; a control character is
/// written out (`\u{1B}`) rather than sent, as in the Markdown report.
enum HTMLText {
    /// `text` for an element's content; line breaks become `<br>`.
    static func escape(_ text: String) -> String { escaped(text, lineBreak: "<br>") }

    /// `text` for an attribute value (in double or single quotes) or SVG text: line breaks
    /// become spaces.
    static func attribute(_ text: String) -> String { escaped(text, lineBreak: " ") }

    private static func escaped(_ text: String, lineBreak: String) -> String {
        // Controls are written out by the one escaper for them; line breaks and tabs are kept
        // for the markup below.
        let shown = TerminalText.escape(text, keeping: ["\n", "\r", "\t"])
        var result = ""
        result.reserveCapacity(shown.utf8.count)
        var previousWasCR = false
        for scalar in shown.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": if !previousWasCR { result += lineBreak }
            case "\r": result += lineBreak
            case "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
