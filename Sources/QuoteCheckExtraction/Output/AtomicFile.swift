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
///
/// What the path names decides how: a symbolic link is followed, and the file it leads to is
/// replaced (the link stays a link); a FIFO or a device (`/dev/stdout`, `/dev/null`) is written
/// straight into, since renaming over it would put a regular file where the device was. The
/// temporary file is made exclusively under a fresh name (`mkstemp`), so no other file of that
/// name is truncated or followed, and gets the replaced file's mode and owner (or 0644 less the
/// umask for a new file) before it takes the target's place. It is removed when writing fails,
/// and when SIGINT or SIGTERM comes while it is written.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
        init(_ what: String, _ code: Int32) { description = "\(what): \(String(cString: strerror(code)))" }
    }

    /// Calls `body` with a function that appends to the new file, then puts the file in place.
    /// An error `body` throws leaves the target as it was and is rethrown.
    public static func write(to path: String, _ body: ((String) -> Void) throws -> Void) throws {
        let target = try resolveLinks(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(target, body)
            return
        }
        let (folder, name) = split(target)
        guard let (descriptor, temporary) = TemporaryFileGuard.make(template: "\(folder)/.\(name).XXXXXX") else {
            throw WriteError("cannot create a temporary file in \(folder)", errno)
        }
        defer { TemporaryFileGuard.disarm() }
        let sink = Sink(descriptor, temporary)
        do {
            try body(sink.append)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        var failure = sink.failure
        if failure == nil {
            // mkstemp makes the file 0600: give it what the file it replaces had, or what a
            // new file gets. The owner is kept when we may (as root); otherwise it is ours.
            if exists {
                _ = fchown(descriptor, info.st_uid, info.st_gid)
                if fchmod(descriptor, info.st_mode & 0o7777) != 0 { failure = WriteError("cannot set the mode of \(temporary)", errno) }
            } else if fchmod(descriptor, 0o644 & ~currentUmask()) != 0 {
                failure = WriteError("cannot set the mode of \(temporary)", errno)
            }
        }
        if close(descriptor) != 0, failure == nil { failure = WriteError("cannot write \(temporary)", errno) }
        if failure == nil, rename(temporary, target) != 0 { failure = WriteError("cannot rename \(temporary) to \(target)", errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Writes into an existing file that is not a regular one (a FIFO, a device): opened
    /// without O_CREAT, so nothing is made in its place.
    private static func writeInPlace(_ target: String, _ body: ((String) -> Void) throws -> Void) throws {
        let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError("cannot open \(target)", errno) }
        let sink = Sink(descriptor, target)
        do {
            try body(sink.append)
        } catch {
            close(descriptor)
            throw error
        }
        var failure = sink.failure
        if close(descriptor) != 0, failure == nil { failure = WriteError("cannot write \(target)", errno) }
        if let failure { throw failure }
    }

    /// The path with every symbolic link at its end followed (a missing target is fine: it
    /// is where the new file goes). The links in the folders above are left to the kernel.
    static func resolveLinks(_ path: String) throws -> String {
        var current = path
        // Linux gives up after 40 links (ELOOP); so does this.
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var destination = [CChar](repeating: 0, count: 4097)
            let length = readlink(current, &destination, destination.count - 1)
            guard length >= 0 else { throw WriteError("cannot read the link \(current)", errno) }
            let link = String(decoding: destination[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).folder + "/" + link
        }
        throw WriteError("cannot follow \(path)", ELOOP)
    }

    /// The folder holding a path ("." for a bare name) and its last component.
    private static func split(_ path: String) -> (folder: String, name: String) {
        let name = FileSystem.fileName(of: path)
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", name) }
        let folder = String(Substring(path.utf8[..<slash]))
        return (folder.isEmpty ? "/" : folder, name)
    }

    /// The process's umask, which can only be read by setting it (and setting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Appends pieces to an open file, keeping the first failure and ignoring the pieces after it.
    private final class Sink {
        let descriptor: Int32
        let name: String
        var failure: WriteError?

        init(_ descriptor: Int32, _ name: String) {
            self.descriptor = descriptor
            self.name = name
        }

        func append(_ piece: String) {
            guard failure == nil else { return }
            var piece = piece
            if let error = piece.withUTF8({ FileSystem.writeAll(descriptor, UnsafeRawBufferPointer($0)).error }) {
                failure = WriteError("cannot write \(name)", error)
            }
        }
    }
}
