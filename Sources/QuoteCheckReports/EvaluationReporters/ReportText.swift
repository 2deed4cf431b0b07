import Foundation
import QuoteCheckEvaluation

/// Small text helpers the reporters share.
enum ReportText {
    /// A figure as `score.py` prints it: `f"{v:.3f}"` for ratios, the number for counts.
    static func figure(_ value: Scores.Figure.Value) -> String {
        switch value {
        case let .count(count): return String(count)
        case let .ratio(ratio): return fixed3(ratio)
        }
    }

    /// Three decimals, correctly rounded (as Python's format and C's printf both round).
    static func fixed3(_ value: Double) -> String { String(format: "%.3f", value) }

    /// `text` cut to `limit` scalars with an ellipsis, newlines shown as `\n`.
    static func clip(_ text: String, _ limit: Int = 80) -> String {
        let scalars = text.unicodeScalars
        let shown = scalars.count > limit ? String(String.UnicodeScalarView(scalars.prefix(limit))) + "…" : text
        return shown.replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A record in one line: offsets, kind, text, then the fields asked for.
    static func record(_ record: QuoteAnnotation, fields: [String]) -> String {
        var parts = ["\(record.start)..<\(record.end) \(record.kind ?? "null") \"\(clip(record.text ?? "", 60))\""]
        for field in fields {
            switch field {
            case "speakers": parts.append("speakers: " + (record.speakers.isEmpty ? "none" : record.speakers.joined(separator: "; ")))
            case "cue": parts.append("cue: " + (record.cue ?? "null"))
            case "via": parts.append("via: " + (record.via.isEmpty ? "none" : record.via.joined(separator: "; ")))
            case "outlet": parts.append("outlet: " + (record.outlet ?? "null"))
            default: continue
            }
        }
        return parts.joined(separator: " · ")
    }
}
