/// A statement's travel as a Mermaid flowchart for the Markdown report (GitHub draws it): the
/// first source on the left, an edge to each article that carried the statement, in date order,
/// labelled with the intermediaries, the wording and any other speaker it is credited to; the
/// diverging mentions drawn in red. Every text in it goes through `MermaidText`.
enum TravelMermaid {
    static func lines(_ travel: StatementTravel) -> [String] {
        var lines = ["```mermaid", "flowchart LR"]
        lines.append("  source[\"\(MermaidText.escape(travel.sourceLine))\"]")
        var diverging: [String] = []
        for (number, stop) in travel.stops.enumerated() {
            let node = "m\(number)"
            lines.append("  \(node)[\"\(MermaidText.escape(StatementTravel.outletLine(stop)))<br/>"
                + "\(MermaidText.escape(StatementTravel.placeLine(stop)))\"]")
            lines.append("  source -->|\"\(MermaidText.escape(travel.edgeLabel(stop), limit: 64))\"| \(node)")
            if stop.diverging { diverging.append(node) }
        }
        if travel.moreStops > 0 {
            lines.append("  more[\"\(travel.moreStops) more\"]")
            lines.append("  source -.-> more")
        }
        lines.append("  classDef origin fill:#e3f2fd,stroke:#1565c0,color:#000")
        lines.append("  classDef diverging fill:#fde2e1,stroke:#c62828,stroke-width:2px,color:#000")
        lines.append("  class source origin")
        if !diverging.isEmpty { lines.append("  class \(diverging.joined(separator: ",")) diverging") }
        lines.append("```")
        return lines
    }
}
