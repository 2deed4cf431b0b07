/// An input item read only as far as its place in the input: the file to load, the JSON line to
/// parse, the bytes to validate. `resolve()` does that work; the parallel runner calls it on its
/// worker threads, so a run over many small files is not bound by the one thread that keeps the
/// order.
public struct PendingItem: Sendable {
    enum Source: Sendable {
        case ready(InputReader.Item)
        case textFile(String, limit: Int)
        case textBytes([UInt8], id: String, path: String)
        case jsonLine([UInt8], file: String, line: Int)
    }

    let source: Source

    init(_ source: Source) { self.source = source }

    /// The article, or the error that stands in its place.
    public func resolve() -> InputReader.Item {
        switch source {
        case let .ready(item): return item
        case let .textFile(path, limit): return InputReader.textFile(path, limit: limit)
        case let .textBytes(bytes, id, path): return InputReader.textArticle(bytes: bytes, id: id, path: path)
        case let .jsonLine(bytes, file, line): return JSONLReader(name: file).parse(bytes, lineNumber: line)
        }
    }
}
