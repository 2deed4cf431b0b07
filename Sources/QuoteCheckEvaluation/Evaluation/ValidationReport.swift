import QuoteCheckRules

/// What `quotecheck validate` found in a run over one or more dataset files.
public struct ValidationReport: Sendable {
    /// The dataset files validated, in the order given.
    public var files: [String]
    /// Records read (lines holding a usable record).
    public var records: Int
    /// Every problem, file by file, in line order; coverage findings follow their file's lines.
    public var problems: [DatasetProblem]

    public init(files: [String] = [], records: Int = 0, problems: [DatasetProblem] = []) {
        self.files = files
        self.records = records
        self.problems = problems
    }

    public var errorCount: Int { problems.count { $0.severity == .error } }
    public var warningCount: Int { problems.count { $0.severity == .warning } }

    /// True when some problem is at or above `severity`: the run exits 1.
    public func fails(at severity: Severity) -> Bool {
        problems.contains { $0.severity >= severity }
    }

    /// "2 errors, 1 warning in 30 records (1 file)".
    public var summary: String {
        "\(Self.plural(errorCount, "error")), \(Self.plural(warningCount, "warning")) in "
            + "\(Self.plural(records, "record")) (\(Self.plural(files.count, "file")))"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
