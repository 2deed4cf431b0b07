import Foundation
import Synchronization
import QuoteCheckExtraction

/// Append-only byte storage for the quote records of a check run, so that memory holds what
/// grouping needs per quote and not the records themselves. The bytes go to an unlinked
/// temporary file (in `TMPDIR`), which the system removes when the run ends however it ends;
/// what is not yet written waits in a small tail buffer. When no temporary file can be made, or
/// writing one fails (disk full), the bytes stay in the tail: the run goes on in memory and
/// `warning` says why.
final class QuoteSpool: Sendable {
    private struct State {
        var descriptor: Int32
        /// False once a write failed: what is already in the file stays readable, the rest stays here.
        var writable = true
        /// Bytes `[0, written)` are in the file; the rest, up to `count`, in `tail`.
        var written = 0
        var tail: [UInt8] = []
        var warning: String?
    }

    private let state: Mutex<State>
    /// The tail is written out once it holds this many bytes.
    private let flushSize: Int

    /// A spool in a new temporary file, or in memory when `inMemory` is set or no file can be made.
    init(inMemory: Bool = false, flushSize: Int = 1 << 20) {
        self.flushSize = flushSize
        var state = State(descriptor: -1)
        if !inMemory {
            let folder = FileManager.default.temporaryDirectory.path
            var template = Array("\(folder)/quotecheck-spool-XXXXXX".utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if descriptor >= 0 {
                // Unlinked at once: nothing is left behind, even when the run is killed.
                template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
                state.descriptor = descriptor
            } else {
                state.warning = "cannot make a temporary file in \(folder) (\(String(cString: strerror(errno)))); quotes are kept in memory"
            }
        }
        self.state = Mutex(state)
    }

    deinit {
        state.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
    }

    /// Why the spool keeps its bytes in memory, when it does against the caller's wish.
    var warning: String? { state.withLock { $0.warning } }

    /// Bytes stored so far; the offset the next `append` gets.
    var count: Int { state.withLock { $0.written + $0.tail.count } }

    /// Stores `bytes` and returns the offset of their first byte.
    @discardableResult
    func append(_ bytes: [UInt8]) -> Int {
        state.withLock { state in
            let offset = state.written + state.tail.count
            state.tail += bytes
            if state.descriptor >= 0 && state.writable && state.tail.count >= flushSize { Self.flush(&state) }
            return offset
        }
    }

    /// The bytes stored in `range` (offsets from `append`).
    func read(_ range: Range<Int>) -> [UInt8] {
        state.withLock { state in
            var result = [UInt8](repeating: 0, count: range.count)
            var filled = 0
            if range.lowerBound < state.written {
                let fromFile = min(range.upperBound, state.written) - range.lowerBound
                result.withUnsafeMutableBytes { buffer in
                    while filled < fromFile {
                        let got = pread(state.descriptor, buffer.baseAddress! + filled, fromFile - filled, off_t(range.lowerBound + filled))
                        // The file was written by this process and is never truncated: a short or
                        // failed read is a broken system, not bad input.
                        precondition(got > 0, "quote spool: cannot read back \(fromFile) bytes: \(String(cString: strerror(errno)))")
                        filled += got
                    }
                }
            }
            if filled < range.count {
                let start = range.lowerBound + filled - state.written
                result.replaceSubrange(filled..., with: state.tail[start..<start + range.count - filled])
            }
            return result
        }
    }

    /// Writes the tail to the file; on failure keeps the unwritten bytes in memory for good.
    private static func flush(_ state: inout State) {
        let descriptor = state.descriptor
        let (done, failure) = state.tail.withUnsafeBytes { FileSystem.writeAll(descriptor, $0) }
        state.written += done
        state.tail.removeFirst(done)
        if let failure {
            state.warning = "cannot write the quote spool (\(String(cString: strerror(failure)))); the remaining quotes are kept in memory"
            state.writable = false
        }
    }
}
