import QuoteCheckText

/// A problem with one input (a file, or one JSONL line): named by file, line and column so the
/// user can find it; the run goes on with the rest and exits 2 at the end.
public struct InputError: LocatedProblem, Sendable {
    public let location: SourceLocation
    public let message: String
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
