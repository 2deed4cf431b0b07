/// A place in an input file, 1-based, for messages of the form `FILE:LINE:COLUMN`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }

    /// Where line `line`, column `column` of the text of an article read from here is in the
    /// input: that place in a whole file; in a JSON Lines file, the article's line (its text is
    /// one string there), column 1.
    public func placing(line: Int, column: Int) -> SourceLocation {
        file.hasSuffix(".jsonl") ? SourceLocation(file: file, line: self.line, column: 1)
            : SourceLocation(file: file, line: line, column: column)
    }
}

/// A problem at a place in an input file (a rule file, an article, a JSON line), written as
/// `file:line:column: error: message` so that editors and CI jump to it.
public protocol LocatedProblem: Error, CustomStringConvertible {
    var location: SourceLocation { get }
    var message: String { get }
}

extension LocatedProblem {
    public var description: String { "\(location): error: \(message)" }
}

/// A located problem of one kind of input: `Domain` names the kind (rule files, articles), so
/// that typed throws keep them apart while one type holds both.
public struct LocatedError<Domain>: LocatedProblem, Sendable {
    public let location: SourceLocation
    public let message: String
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
