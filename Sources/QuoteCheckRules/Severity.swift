/// How much a finding or a dataset problem matters; ordered so that `error > warning > info`.
/// The one severity of every report (`check`, `validate`, `eval`).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}
