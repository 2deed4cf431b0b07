/// A statement's travel as an inline SVG for the HTML report, which carries no script (Mermaid
/// needs its own): the same picture as `TravelMermaid`, laid out here. The source stands on the
/// left; each article that carried the statement gets a box on the right, in date order, with
/// a curved edge labelled by the intermediaries, the wording and any other speaker; diverging
/// mentions are drawn in red. Every text goes through `HTMLText.attribute`; labels are cut to
/// fit their box, and the full label is the edge's tooltip.
enum TravelSVG {
    private static let rowHeight = 54, boxHeight = 42
    private static let sourceWidth = 200, stopX = 470, stopWidth = 340
    private static let width = stopX + stopWidth + 8

    /// `id` makes the arrow marker's id unique in the page.
    static func svg(_ travel: StatementTravel, id: Int) -> String {
        let rows = travel.stops.count + (travel.moreStops > 0 ? 1 : 0)
        let height = max(rows * rowHeight, rowHeight) + 8
        let sourceY = height / 2
        var svg = "<svg class=\"travel\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"How the statement travelled\">"
        svg += "<defs><marker id=\"arrow-\(id)\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>"
        svg += box(x: 8, y: sourceY - boxHeight / 2, width: sourceWidth, lines: [travel.sourceLine, "first source"], style: "origin")
        for row in 0..<rows {
            let y = 8 + row * rowHeight
            let middle = y + boxHeight / 2
            let path = "M \(8 + sourceWidth) \(sourceY) C \(8 + sourceWidth + 120) \(sourceY), \(stopX - 140) \(middle), \(stopX - 2) \(middle)"
            guard row < travel.stops.count else {
                svg += "<path d=\"\(path)\" class=\"edge more\" marker-end=\"url(#arrow-\(id))\"/>"
                svg += box(x: stopX, y: y, width: stopWidth, lines: ["\(travel.moreStops) more"], style: "more")
                continue
            }
            let stop = travel.stops[row]
            let label = travel.edgeLabel(stop)
            svg += "<g><title>\(HTMLText.attribute(label))</title>"
            svg += "<path d=\"\(path)\" class=\"edge\" marker-end=\"url(#arrow-\(id))\"/>"
            svg += "<text class=\"edge-label\" x=\"\(stopX - 8)\" y=\"\(middle - 6)\" text-anchor=\"end\">"
                + "\(HTMLText.attribute(clip(label, 40)))</text></g>"
            svg += box(x: stopX, y: y, width: stopWidth,
                       lines: [StatementTravel.outletLine(stop), StatementTravel.placeLine(stop)],
                       style: stop.diverging ? "stop diverging" : "stop")
        }
        return svg + "</svg>"
    }

    /// A rounded box with one or two lines of text, the first bold.
    private static func box(x: Int, y: Int, width: Int, lines: [String], style: String) -> String {
        var text = "<rect class=\"\(style)\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(boxHeight)\" rx=\"6\"/>"
        let limit = width / 7
        for (number, line) in lines.enumerated() {
            let baseline = lines.count == 1 ? y + boxHeight / 2 + 4 : y + 17 + number * 16
            text += "<text x=\"\(x + 10)\" y=\"\(baseline)\"\(number == 0 ? " class=\"strong\"" : "")>"
                + "\(HTMLText.attribute(clip(line, limit)))</text>"
        }
        return text
    }

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    private static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
