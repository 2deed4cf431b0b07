#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls input reading (and the check's spool and reports) need, made
/// straight to POSIX: Foundation's
/// `FileManager.contents`, directory enumerator and `NSString` path methods cost more than
/// finding its quotes does (measured: about a tenth of the instructions of `extract` on news articles).
public enum FileSystem {
    /// Writes all of `bytes` to `descriptor`, going on after an interrupted call. Returns how
    /// many bytes were written and, if a write failed, its `errno`.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> (written: Int, error: Int32?) {
        guard let base = bytes.baseAddress else { return (0, nil) }
        var done = 0
        while done < bytes.count {
            let wrote = write(descriptor, base + done, bytes.count - done)
            if wrote < 0 {
                if errno == EINTR { continue }
                return (done, errno)
            }
            done += wrote
        }
        return (done, nil)
    }

    /// Why a file was not read.
    package enum ReadFailure: Error {
        /// It cannot be opened or read, or is a folder.
        case unreadable
        /// It holds more bytes than the limit; reading stopped there.
        case tooLarge
    }

    /// The whole file, or nil when it cannot be opened or read.
    package static func contents(of path: String) -> [UInt8]? {
        try? contents(of: path, limit: Int.max)
    }

    /// The whole file, unless it holds more than `limit` bytes: an endless device
    /// (`/dev/zero`) or a runaway file stops the read there instead of filling memory.
    package static func contents(of path: String, limit: Int) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable }
        defer { close(descriptor) }
        return try contents(of: descriptor, limit: limit)
    }

    /// Everything left to read from an open descriptor (a file, standard input), within `limit`.
    package static func contents(of descriptor: Int32, limit: Int) throws(ReadFailure) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { throw .unreadable }
        // A read of a regular file returns less than asked for only at its end, so one read
        // of a byte more than its size usually ends the file without a second read (a system
        // call per article) to see nothing left. Other files (pipes, devices) read until empty.
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        if isRegular && Int(info.st_size) > limit { throw .tooLarge }
        // The size is a hint: a file that grows or shrinks while read is read to its end. The
        // first read goes straight into the array's uninitialised memory: zeroing it first
        // cost as much as a second pass over every article.
        var ended = false, failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(Int(info.st_size), 0), limit) + 1) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let asked = buffer.count - initialized
                let got = read(descriptor, buffer.baseAddress! + initialized, asked)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                initialized += got
                if got == 0 || (isRegular && got < asked) {
                    ended = true
                    return
                }
            }
        }
        // More than the size said (a pipe, a device, a file still growing): read on in chunks.
        var chunk = [UInt8]()
        while !ended && !failed {
            if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                failed = true
            } else if got == 0 {
                ended = true
            } else {
                bytes.append(contentsOf: chunk[..<got])
                // Checked per chunk, not per byte: at most a chunk past the limit is held.
                if bytes.count > limit { throw .tooLarge }
            }
        }
        if failed { throw .unreadable }
        if bytes.count > limit { throw .tooLarge }
        return bytes
    }

    /// The last component of a path ("a/b/c.txt" gives "c.txt").
    static func fileName(of path: String) -> String {
        // On UTF-8 bytes: walking Characters here cost more than reading the article.
        let bytes = path.utf8
        var end = bytes.endIndex
        while bytes.distance(from: bytes.startIndex, to: end) > 1, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
            end = bytes.index(before: end)
        }
        let trimmed = bytes[..<end]
        guard trimmed.count > 1, let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) else {
            return String(Substring(trimmed))
        }
        return String(Substring(trimmed[trimmed.index(after: slash)...]))
    }

    /// Calls `body` with the path, name and type (`S_IFREG`, `S_IFIFO`, ...) of every file below
    /// `folder` (hidden ones too), descending into real folders but not into symbolic links to
    /// folders, so that a link cycle cannot make the walk endless. A link's type is its
    /// target's; 0 when that cannot be known (a broken link). The type comes from the folder
    /// entry: only links, and file systems that do not say, cost a `stat`.
    static func walk(_ folder: String, _ body: (_ path: String, _ name: String, _ type: mode_t) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var type: mode_t
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = S_IFREG
            case Int32(DT_DIR): type = S_IFDIR
            case Int32(DT_LNK): type = S_IFLNK
            case Int32(DT_FIFO): type = S_IFIFO
            case Int32(DT_CHR): type = S_IFCHR
            case Int32(DT_BLK): type = S_IFBLK
            case Int32(DT_SOCK): type = S_IFSOCK
            default:
                var info = stat()
                type = lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
            }
            if type == S_IFDIR {
                walk(path, body)
                continue
            }
            if type == S_IFLNK {
                var info = stat()
                type = stat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
            }
            body(path, name, type)
        }
    }

    /// What a file of a type other than regular is, for messages.
    static func describe(type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFREG: return "a regular file"
        default: return "not a regular file"
        }
    }
}
