import QuoteCheckText

/// The kind of input an `InputError` is about: an article's file or JSON line.
public enum ArticleInput {}

/// A problem with one input (a file, or one JSONL line): named by file, line and column so the
/// user can find it; the run goes on with the rest and exits 2 at the end.
public typealias InputError = LocatedError<ArticleInput>
