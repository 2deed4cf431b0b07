import QuoteCheckText

/// The kind of input a `RuleError` is about: a rule file.
public enum RuleFileInput {}

/// A problem in a rule file, located at `file:line:column`. Loading stops at the first one: a rule
/// set that is half loaded would give answers nobody asked for.
public typealias RuleError = LocatedError<RuleFileInput>
