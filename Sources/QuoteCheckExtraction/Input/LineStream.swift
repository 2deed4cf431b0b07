#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckText

/// Hands out the lines of a file one at a time, without reading the whole file into memory.
protocol LineStream {
    /// The next line without its newline, or nil at the end.
    mutating func nextLine() -> [UInt8]?
    /// Whether the line just returned was longer than the stream's limit: it came back empty,
    /// its bytes skipped.
    var lastLineTooLong: Bool { get }
}

/// Lines of a file read in 1 MiB chunks, by `read` straight into the stream's own buffer: a
/// `FileHandle` read made a `Data` per chunk and a copy of it (a second pass over the input).
/// A read error ends the stream, as the end of the file does.
final class FileLineStream: LineStream {
    private static let chunk = 1 << 20
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes read and not yet handed out: `storage[start..<end]`.
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The longest line handed out; the bytes of a longer one are skipped as they are read, so
    /// a file without newlines (a device) cannot fill memory.
    private let maxLine: Int
    private(set) var lastLineTooLong = false

    /// The lines of the file at `path`, or nil when it cannot be opened.
    convenience init?(path: String, maxLine: Int = Int.max) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor, owns: true, alreadyRead: [], maxLine: maxLine)
    }

    /// Lines of an open descriptor (standard input), starting with bytes already read from it.
    convenience init(descriptor: Int32, alreadyRead: [UInt8], maxLine: Int = Int.max) {
        self.init(descriptor: descriptor, owns: false, alreadyRead: alreadyRead, maxLine: maxLine)
    }

    private init(descriptor: Int32, owns: Bool, alreadyRead: [UInt8], maxLine: Int) {
        self.descriptor = descriptor
        self.maxLine = maxLine
        ownsDescriptor = owns
        // Two chunks: after the unfinished line moves to the front, a whole chunk still fits.
        capacity = max(2 * Self.chunk, alreadyRead.count * 2)
        storage = .allocate(capacity: capacity)
        alreadyRead.withUnsafeBufferPointer { read in
            if let base = read.baseAddress { storage.initialize(from: base, count: read.count) }
        }
        end = alreadyRead.count
    }

    deinit {
        storage.deallocate()
        if ownsDescriptor { close(descriptor) }
    }

    func nextLine() -> [UInt8]? {
        var skipping = false
        lastLineTooLong = false
        while true {
            if start < end, let found = memchr(storage + start, 0x0A, end - start) {
                let newline = storage.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let count = newline - start
                start = newline + 1
                if skipping || count > maxLine {
                    lastLineTooLong = true
                    return []
                }
                return Array(UnsafeBufferPointer(start: storage + start - count - 1, count: count))
            }
            if atEnd {
                if skipping || end - start > maxLine {
                    start = end
                    lastLineTooLong = true
                    return []
                }
                guard start < end else { return nil }
                let line = Array(UnsafeBufferPointer(start: storage + start, count: end - start))
                start = end
                return line
            }
            if end - start > maxLine {
                // Past the limit with no newline yet: drop what is held and read on to the
                // line's end, holding at most a chunk at a time.
                skipping = true
                start = end
            }
            fill()
        }
    }

    /// Moves the unfinished line to the front and reads the next chunk after it.
    private func fill() {
        if start > 0 {
            memmove(storage, storage + start, end - start)
            end -= start
            start = 0
        }
        if capacity - end < Self.chunk {
            // An unfinished line longer than a chunk: room for it and a whole chunk more.
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, end + Self.chunk))
            grown.moveInitialize(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = max(capacity * 2, end + Self.chunk)
        }
        while true {
            let got = read(descriptor, storage + end, capacity - end)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { atEnd = true } else { end += got }
            return
        }
    }
}
