#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see the old content or the new, never a half-written one:
/// the text goes to a temporary file beside the target, piece by piece as it is made, and the
/// file is then renamed over the target.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
        init(_ what: String, _ code: Int32) { description = "\(what): \(String(cString: strerror(code)))" }
    }

    /// Calls `body` with a function that appends to the new file, then puts the file in place.
    public static func write(to path: String, _ body: ((String) -> Void) -> Void) throws {
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw WriteError("cannot create \(temporary)", errno) }
        var failure: WriteError?
        body { piece in
            guard failure == nil else { return }
            var piece = piece
            if let error = piece.withUTF8({ FileSystem.writeAll(descriptor, UnsafeRawBufferPointer($0)).error }) {
                failure = WriteError("cannot write \(temporary)", error)
            }
        }
        if close(descriptor) != 0, failure == nil { failure = WriteError("cannot write \(temporary)", errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = WriteError("cannot rename \(temporary) to \(path)", errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}
