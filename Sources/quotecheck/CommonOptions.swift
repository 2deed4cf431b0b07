import ArgumentParser
import Foundation
import QuoteCheckCore

/// Options every pipeline command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of rule files (default: $QUOTECHECK_RULES, ./rules, or beside the binary).")
    var rules: String?

    @Option(name: .long, help: "Articles processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Loads the rules or exits with status 2 and the rule error.
    func loadRules() throws -> RuleSet {
        guard let folder = RulesLocator.locate(explicit: rules) else {
            throw ValidationError("no rules folder found; pass --rules DIR or set QUOTECHECK_RULES")
        }
        do {
            return try RuleSet.load(directory: folder)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writes to standard error and standard output without going through `print`'s locking per call.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Buffered standard output: one write per ~64 KiB instead of one per record. A write larger
/// than the buffer (a whole report) goes out as it is, without a copy.
final class OutputBuffer {
    private static let size = 1 << 16
    private var buffer: [UInt8] = []
    init() { buffer.reserveCapacity(Self.size) }
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
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
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { Self.writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }
    private static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
    deinit { flush() }
}
