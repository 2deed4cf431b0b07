import QuoteCheckText

/// A problem in a rule file, located at `file:line:column`. Loading stops at the first one: a rule
/// set that is half loaded would give answers nobody asked for.
public struct RuleError: LocatedProblem, Sendable {
    public let location: SourceLocation
    public let message: String
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
