import Foundation
import Matcher
import QuoteCheckText
import QuoteCheckExtraction

/// An article of a dataset, loaded once, with what span checks need: its length in scalars and
/// conversion between scalar offsets, byte offsets and line/column positions.
public struct DatasetArticle: Sendable {
    public let article: Article
    /// The file it was read from.
    public let path: String
    public let scalarCount: Int
    let scalars: ScalarIndex

    init(article: Article, path: String) {
        self.article = article
        self.path = path
        scalars = ScalarIndex(article.bytes)
        scalarCount = scalars.scalarOffset(article.bytes.count)
    }

    /// Byte offset where scalar `offset` starts (clamped to the text).
    public func byteOffset(ofScalar offset: Int) -> Int { scalars.byteOffset(ofScalar: min(max(offset, 0), scalarCount)) }

    /// Scalar offset of a byte offset.
    public func scalarOffset(ofByte offset: Int) -> Int { scalars.scalarOffset(offset) }

    /// The bytes between two scalar offsets (which must be in range).
    public func bytes(scalars range: Range<Int>) -> ArraySlice<UInt8> {
        article.bytes[byteOffset(ofScalar: range.lowerBound)..<byteOffset(ofScalar: range.upperBound)]
    }

    /// `FILE:LINE:COLUMN` of a scalar offset in the article file.
    public func location(ofScalar offset: Int) -> SourceLocation {
        let byte = byteOffset(ofScalar: offset)
        let (line, column) = UTF8Validation.position(of: byte, in: article.bytes)
        return SourceLocation(file: path, line: line, column: column)
    }
}

/// Loads the articles a dataset names from one folder, each once. Not thread-safe: load what a
/// run needs first, then share the loaded articles.
public final class ArticleStore {
    /// Why an article could not be used.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case missing(path: String)
        case unreadable(path: String)
        case invalidUTF8(path: String, line: Int, column: Int)
        /// An absolute name, one with a `..` component, or one whose real path (links
        /// followed) is not inside the folder.
        case outside(name: String)
        case tooLarge(path: String, limit: Int)

        public var description: String {
            switch self {
            case let .missing(path): return "no article file \(path)"
            case let .unreadable(path): return "cannot read the article file \(path)"
            case let .invalidUTF8(path, line, column): return "the article \(path) is not valid UTF-8 (at \(line):\(column))"
            case .outside: return "refused: the name leads outside the articles folder"
            case let .tooLarge(path, limit): return "the article \(path) is larger than --max-article-bytes (\(limit) bytes)"
            }
        }
    }

    public let directory: String
    private var loaded: [String: Result<DatasetArticle, Failure>] = [:]
    /// The folder's real path (links followed), which every article's must lie inside.
    private lazy var realDirectory: String? = Self.realPath(directory)

    /// The most bytes an article file may have.
    public let maxArticleBytes: Int

    public init(directory: String, maxArticleBytes: Int = InputReader.defaultMaxArticleBytes) {
        self.directory = directory
        self.maxArticleBytes = maxArticleBytes
    }

    /// The article named `name` (a file name relative to the folder, as in the `article` field).
    public func article(named name: String) -> Result<DatasetArticle, Failure> {
        if let known = loaded[name] { return known }
        let result = load(name)
        loaded[name] = result
        return result
    }

    private func load(_ name: String) -> Result<DatasetArticle, Failure> {
        // A dataset is data, not a list of files to open: its names stay inside the folder, so
        // that a hostile gold file cannot have another file's text printed in a report.
        if name.hasPrefix("/") || name.split(separator: "/").contains("..") { return .failure(.outside(name: name)) }
        let path = (directory as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard !name.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .failure(.missing(path: path))
        }
        guard let real = Self.realPath(path), let folder = realDirectory else { return .failure(.unreadable(path: path)) }
        guard real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else { return .failure(.outside(name: name)) }
        // The real path is read, so a link changed since the check above cannot lead elsewhere.
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.contents(of: real, limit: maxArticleBytes)
        } catch {
            return .failure(error == .tooLarge ? .tooLarge(path: path, limit: maxArticleBytes) : .unreadable(path: path))
        }
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            let (line, column) = UTF8Validation.position(of: bad, in: bytes)
            return .failure(.invalidUTF8(path: path, line: line, column: column))
        }
        return .success(DatasetArticle(article: Article(id: name, bytes: bytes, origin: SourceLocation(file: path, line: 1, column: 1)),
                                       path: path))
    }

    /// The absolute path with every link and `.`/`..` resolved, or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
