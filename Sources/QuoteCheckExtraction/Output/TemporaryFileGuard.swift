#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a temporary file when the process is interrupted (SIGINT, SIGTERM) while it is
/// being written, then lets the signal do what it would have done.
///
/// A signal handler may call only async-signal-safe functions and must not touch Swift objects
/// (no allocation, no reference counting), so the path lives in a fixed C buffer, written
/// before the handler can need it: the first byte is set last, and the handler does nothing
/// while it is 0, so a half-copied path is never unlinked.
enum TemporaryFileGuard {
    /// Room for the longest path Linux takes (PATH_MAX) and its terminating 0.
    static let capacity = 4097
    /// The path of the file to remove, or a 0 first byte. Allocated once, never freed.
    nonisolated(unsafe) static let buffer: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    private static let signals = [SIGINT, SIGTERM]

    /// Makes a file from `template` (ending in XXXXXX) as `mkstemp` does (a new name, created
    /// exclusively, mode 0600) and arms the handlers for it. Returns the descriptor and path,
    /// or the `errno` of the failure. Call `disarm` once the file is renamed or removed.
    static func make(template: String) -> (descriptor: Int32, path: String)? {
        let bytes = Array(template.utf8)
        guard bytes.count < capacity, !bytes.isEmpty else {
            // Too long for the buffer: made all the same, just not removed on a signal.
            var copy = bytes.map { CChar(bitPattern: $0) } + [0]
            let descriptor = mkstemp(&copy)
            return descriptor < 0 ? nil : (descriptor, copy.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        }
        let buffer = Self.buffer
        buffer[0] = 0
        for index in 1..<bytes.count { buffer[index] = CChar(bitPattern: bytes[index]) }
        buffer[bytes.count] = 0
        install()
        // The handler may now read the buffer: `mkstemp` fills in the name in place, and a
        // signal before it has made the file only unlinks a name that does not exist.
        buffer[0] = CChar(bitPattern: bytes[0])
        let descriptor = mkstemp(buffer)
        guard descriptor >= 0 else {
            disarm()
            return nil
        }
        return (descriptor, String(cString: buffer))
    }

    /// The file is renamed or removed: the handlers no longer remove anything and are put back.
    static func disarm() {
        buffer[0] = 0
        restore()
    }

    nonisolated(unsafe) private static var previous: [sigaction] = []

    private static func install() {
        guard previous.isEmpty else { return }
        for signal in signals {
            var action = Self.action(handle)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
    }

    /// A signal action that runs `handler` with no signals masked (async-signal-safe: it only
    /// fills a struct on the stack).
    private static func action(_ handler: (@convention(c) (Int32) -> Void)?) -> sigaction {
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        return action
    }

    private static func restore() {
        guard !previous.isEmpty else { return }
        for (signal, old) in zip(signals, previous) {
            var old = old
            sigaction(signal, &old, nil)
        }
        previous = []
    }

    /// Unlinks the file named in the buffer, then raises the signal again with its default
    /// action (blocked until the handler returns), so the process ends as it would have.
    private static let handle: @convention(c) (Int32) -> Void = { signal in
        let buffer = TemporaryFileGuard.buffer
        if buffer[0] != 0 { unlink(buffer) }
        var action = TemporaryFileGuard.action(SIG_DFL)
        sigaction(signal, &action, nil)
        raise(signal)
    }
}
