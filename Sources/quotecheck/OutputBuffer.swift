#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckCore
import QuoteCheckExtraction

/// Buffered standard output: one system call per ~64 KiB instead of one per record. A write
/// larger than the buffer (a whole report) goes out as it is, without a copy.
///
/// A worker's records (`WrittenBytes`, one article's JSON Lines) are not copied either: they are
/// kept until 64 KiB are waiting and then written together with one `writev`. Copying them into
/// the buffer was a second pass over all of `extract`'s output, which runs to twice its input.
final class OutputBuffer {
    private static let size = 1 << 16
    /// Most pieces one `writev` takes (Linux's IOV_MAX is 1024).
    private static let maxPieces = 512
    private var buffer: [UInt8] = []
    /// Written records waiting for the next `writev`, in order, and their size in all.
    private var pieces: [WrittenBytes] = []
    private var piecesSize = 0

    init() { buffer.reserveCapacity(Self.size) }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        flushPieces()
        if bytes.count >= Self.size {
            flush()
            Self.writeOut(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.size { flush() }
    }

    func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0) } }

    func write(_ string: String) {
        var string = string
        string.withUTF8 { write($0) }
    }

    /// Writes `written` after everything before it, keeping it (not a copy) until it goes out.
    func write(_ written: WrittenBytes) {
        guard !written.buffer.isEmpty else { return }
        flushBuffer()
        pieces.append(written)
        piecesSize += written.buffer.count
        if piecesSize >= Self.size || pieces.count >= Self.maxPieces { flushPieces() }
    }

    func flush() {
        flushBuffer()
        flushPieces()
    }

    private func flushBuffer() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { Self.writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func flushPieces() {
        guard !pieces.isEmpty else { return }
        var vectors = pieces.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.buffer.baseAddress), iov_len: $0.buffer.count) }
        Self.writeAll(&vectors)
        pieces.removeAll(keepingCapacity: true)
        piecesSize = 0
    }

    private static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: bytes.count)]
        writeAll(&vectors)
    }

    /// Writes every byte of `vectors`, in order, to standard output.
    private static func writeAll(_ vectors: inout [iovec]) {
        var first = 0
        // A write may take less than all of it (a pipe, a signal): go on from where it stopped.
        while first < vectors.count {
            let written = vectors[first...].withUnsafeBufferPointer { writev(STDOUT_FILENO, $0.baseAddress, Int32($0.count)) }
            if written < 0 {
                if errno == EINTR { continue }
                // Standard output is gone (a closed pipe with SIGPIPE ignored, a full disk):
                // nothing more can be said there, so stop with a message rather than a crash.
                Diagnostics.error("quotecheck: cannot write to standard output: \(String(cString: strerror(errno)))")
                exit(2)
            }
            var rest = written
            while first < vectors.count && rest >= vectors[first].iov_len {
                rest -= vectors[first].iov_len
                first += 1
            }
            if rest > 0 {
                vectors[first].iov_base = vectors[first].iov_base! + rest
                vectors[first].iov_len -= rest
            }
        }
    }

    deinit { flush() }
}
