#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckText
import Foundation

/// Reads articles from `.txt` files, folders (their `.txt` files, recursively, in sorted order), `.jsonl` files of
/// `{"id", "text", "title"?, "outlet"?, "date"?, "url"?}` and standard input (`-`), one at a time, so that a
/// run over a large archive holds only the articles in flight.
///
/// A bad input (unreadable file, invalid UTF-8, broken JSON line) is handed to the caller as an
/// `InputError` and reading goes on with the next one.
public struct InputReader: Sendable {
    public let paths: [String]
    /// Where warnings go (a file a folder walk skips); standard error unless told.
    let warning: @Sendable (String) -> Void

    /// The most bytes one article may have (a `.txt` file, standard input, a JSON line); a
    /// larger one is an input error and the run goes on.
    public let maxArticleBytes: Int

    /// 64 MiB: far above any news article, far below what would exhaust memory.
    public static let defaultMaxArticleBytes = 64 << 20

    public init(paths: [String], maxArticleBytes: Int = InputReader.defaultMaxArticleBytes,
                warning: @escaping @Sendable (String) -> Void = InputReader.standardErrorWarning) {
        self.paths = paths
        self.maxArticleBytes = maxArticleBytes
        self.warning = warning
    }

    /// Writes `quotecheck: warning: MESSAGE` to standard error.
    public static let standardErrorWarning: @Sendable (String) -> Void = { message in
        StandardError.write(line: "quotecheck: warning: \(message)")
    }

    /// One item read: an article or the error that stood in its place.
    public enum Item: Sendable {
        case article(Article)
        case failure(InputError)
    }

    /// Calls `body` with every input item in order; stops early when `body` returns false.
    public func forEach(_ body: (Item) -> Bool) {
        var identities = JSONLIdentities()
        forEachPending { body(identities.admit($0.resolve(), from: $0)) }
    }

    /// Calls `body` with every input item in order, before its file is read or its JSON line
    /// parsed: `PendingItem.resolve()` does that work, so worker threads can share it. The
    /// caller passes the resolved items through a `JSONLIdentities`, in order.
    public func forEachPending(_ body: (PendingItem) -> Bool) {
        for path in paths {
            if !visit(path: path, body) { return }
        }
    }

    private func visit(path: String, _ body: (PendingItem) -> Bool) -> Bool {
        if path == "-" {
            // JSON Lines on standard input stream like a file; plain text is one article.
            let input = FileHandle.standardInput
            let start = [UInt8](input.readData(ofLength: 1 << 16))
            let looksLikeJSONL = start.first(where: { !UTF8Scan.isSpaceByte($0) }) == UInt8(ascii: "{")
            if looksLikeJSONL {
                let stream = FileLineStream(descriptor: input.fileDescriptor, alreadyRead: start, maxLine: maxArticleBytes)
                return JSONLReader(name: "<stdin>", maxLine: maxArticleBytes).read(stream: stream, body)
            }
            let rest: [UInt8]
            do {
                rest = start.count > maxArticleBytes ? [] : try FileSystem.contents(of: input.fileDescriptor, limit: maxArticleBytes - start.count)
            } catch {
                return body(PendingItem(.ready(Self.readFailure(error, path: "<stdin>", limit: maxArticleBytes))))
            }
            if start.count > maxArticleBytes { return body(PendingItem(.ready(Self.readFailure(.tooLarge, path: "<stdin>", limit: maxArticleBytes)))) }
            return body(PendingItem(.textBytes(start + rest, id: "<stdin>", path: "<stdin>")))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return body(PendingItem(.ready(.failure(InputError(SourceLocation(file: path, line: 0, column: 0), "no such file or folder")))))
        }
        if isDirectory.boolValue {
            let files = Self.filesUnder(path) { file, type in
                warning("\(file): skipped: \(FileSystem.describe(type: type)), not a regular file")
            }
            let prefetcher = FilePrefetcher(paths: files)
            defer { prefetcher.stop() }
            // The walk has just seen each of these as a file: asking again cost a system call
            // per article. One gone since is reported when it is read.
            for file in files {
                prefetcher.advance()
                if !body(PendingItem(.textFile(file, limit: maxArticleBytes))) { return false }
            }
            return true
        }
        if path.hasSuffix(".jsonl") {
            guard let stream = FileLineStream(path: path, maxLine: maxArticleBytes) else {
                return body(PendingItem(.ready(.failure(InputError(SourceLocation(file: path, line: 0, column: 0), "cannot open the file")))))
            }
            return JSONLReader(name: path, maxLine: maxArticleBytes).read(stream: stream, body)
        }
        return body(PendingItem(.textFile(path, limit: maxArticleBytes)))
    }

    /// Reads a `.txt` file of at most `limit` bytes into an article.
    static func textFile(_ path: String, limit: Int) -> Item {
        do {
            return textArticle(bytes: try FileSystem.contents(of: path, limit: limit), id: FileSystem.fileName(of: path), path: path)
        } catch {
            return readFailure(error, path: path, limit: limit)
        }
    }

    /// The input error of a file that could not be read.
    static func readFailure(_ failure: FileSystem.ReadFailure, path: String, limit: Int) -> Item {
        let location = SourceLocation(file: path, line: 0, column: 0)
        switch failure {
        case .unreadable: return .failure(InputError(location, "cannot read the file"))
        case .tooLarge: return .failure(InputError(location, "the article is larger than --max-article-bytes (\(limit) bytes)"))
        }
    }

    /// A plain-text article, or the position of its first invalid UTF-8 byte.
    static func textArticle(bytes: [UInt8], id: String, path: String) -> Item {
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            let (line, column) = UTF8Validation.position(of: bad, in: bytes)
            return .failure(InputError(SourceLocation(file: path, line: line, column: column),
                                       "invalid UTF-8 at byte offset \(bad)"))
        }
        return .article(Article(id: id, bytes: bytes, origin: SourceLocation(file: path, line: 1, column: 1)))
    }

    /// `.txt` files below `folder`, sorted by path so runs are repeatable. JSONL files are read
    /// only when named: beside articles they usually hold annotations, not articles.
    ///
    /// Regular files only (or links to them): a FIFO named `.txt` would block the run until
    /// something wrote to it, and a device such as a link to /dev/zero never ends. Those are
    /// passed to `skipping` with their type. A file named on the command line is read whatever
    /// it is: that is the user's choice.
    static func filesUnder(_ folder: String, skipping: (_ path: String, _ type: mode_t) -> Void = { _, _ in }) -> [String] {
        var files: [String] = []
        FileSystem.walk(folder) { path, name, type in
            guard name.hasSuffix(".txt") else { return }
            // A broken link (type 0) is taken, so reading it reports the error as for any file.
            if type == S_IFREG || type == 0 { files.append(path) } else { skipping(path, type) }
        }
        return files.sorted()
    }
}
