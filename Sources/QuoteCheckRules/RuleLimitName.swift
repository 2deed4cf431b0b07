/// One limit of a rules file's `limits`, named by the file's kind ("speakers", "headlines") and
/// its key: what a `limit_examples` example shows at work.
public struct RuleLimitName: Sendable, Equatable, CustomStringConvertible {
    public let kind: String
    public let key: String

    public var description: String { "\(kind) limit '\(key)'" }
}
