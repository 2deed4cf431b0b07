#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckText

extension InputReader {
    /// The number of article bytes the reader will hand out, when it can be known cheaply up front:
    /// the sum of the file sizes of `.txt` inputs (named or found in folders). Nil as soon as one
    /// input is standard input or JSON Lines, whose article bytes differ from the file's (escapes,
    /// metadata), so no honest total exists without reading it. Missing files count as empty: the
    /// reader reports them itself.
    public var knownTextBytes: Int? {
        var total = 0
        for path in paths {
            if path == "-" || path.hasSuffix(".jsonl") { return nil }
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                for file in Self.filesUnder(path) where stat(file, &info) == 0 { total += Int(info.st_size) }
            } else {
                total += Int(info.st_size)
            }
        }
        return total
    }
}
