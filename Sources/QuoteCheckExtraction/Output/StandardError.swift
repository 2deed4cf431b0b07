#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QuoteCheckText

/// Lines for standard error, where a person reads them: every error and warning quotecheck
/// writes goes through here, and so through `TerminalText`, so that a file name or a quote
/// quoted in a message cannot act on the terminal.
public enum StandardError {
    /// Writes `message` and a line break. Not `FileHandle`, whose write traps when standard error
    /// cannot be written: a message that cannot be shown is dropped, and the exit status still tells.
    public static func write(line message: String) {
        var line = TerminalText.escape(message) + "\n"
        _ = line.withUTF8 { FileSystem.writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }
}
