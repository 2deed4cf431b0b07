import QuoteCheckText
import QuoteCheckRules

/// One problem found in an annotated dataset, reported as `FILE:LINE:COLUMN: level: message`.
public struct DatasetProblem: Sendable, Equatable, CustomStringConvertible {
    public let location: SourceLocation
    /// How bad the problem is (warning or error); `--fail-on` picks the lowest that fails a run.
    public var severity: Severity
    public let check: DatasetCheck
    public let message: String

    public init(_ location: SourceLocation, _ severity: Severity, _ check: DatasetCheck, _ message: String) {
        self.location = location
        self.severity = severity
        self.check = check
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The checks `quotecheck validate` runs, named so that reports (SARIF rule ids, JSON) can say
/// which one a problem comes from.
public enum DatasetCheck: String, Sendable, CaseIterable {
    case syntax
    case field
    case kind
    case article
    case range
    case text
    case edgeSpace = "edge-space"
    case duplicate
    case overlap
    case speaker
    case marks
    case coverage
    /// A figure of `quotecheck eval` fell below its bar.
    case bar

    /// One line on what the check demands, for SARIF rule descriptions and Markdown legends.
    public var summary: String {
        switch self {
        case .syntax: return "Every line is one JSON object."
        case .field: return "Required fields are present with the right types."
        case .kind: return "The kind is one of the allowed kinds."
        case .article: return "The article named by the record exists and is valid UTF-8."
        case .range: return "0 <= start < end <= the article's length in Unicode scalars."
        case .text: return "The text equals the article between start and end."
        case .edgeSpace: return "No white space at either edge of the span."
        case .duplicate: return "No two records have the same span."
        case .overlap: return "No two records overlap."
        case .speaker: return "Each speaker is named in the article."
        case .marks: return "The span has quote marks around it."
        case .coverage: return "Every quote the tool finds in an article is in the file."
        case .bar: return "Evaluation figures reach their bars."
        }
    }
}
