import Matcher
import QuoteCheckText

extension Article {
    /// Calls `body` with the article's bytes, bound as the origin of every pattern matched
    /// meanwhile: a rule that hits PCRE2's match limit then names its place in this article.
    package func withBytesAsMatchOrigin<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { bytes in
            MatchOrigin(bytes) { [origin] text, offset in
                guard let offset else { return origin.description }
                let (line, column) = Lines.position(of: offset, lines: Lines.ranges(in: text), in: text)
                return origin.placing(line: line, column: column).description
            }.bind { body(bytes) }
        }
    }
}
