#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import QuoteCheckCore
import QuoteCheckRules
import QuoteCheckExtraction
import QuoteCheckReports

/// `validate` and `eval` take their format as an argument, from the formats they can write
/// (`check` reads its own: it offers `html`, not `text`).
extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let format = ReportFormat(rawValue: argument), ReportFormat.datasetFormats.contains(format) else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { datasetFormats.map(\.rawValue) }
}
extension Severity: ExpressibleByArgument {}

/// Where `validate` and `eval` put their reports.
enum ReportOutput {
    /// Writes a rendered report to standard output; one that cannot be written (a full disk,
    /// a closed pipe) stops the run with a message and status 2, as `extract` and `check` do.
    static func write(_ text: String) {
        let output = OutputBuffer()
        output.write(text)
        output.flush()
    }

    /// Appends Markdown to the file GitHub Actions names in `$GITHUB_STEP_SUMMARY`, when set; a
    /// summary that cannot be written is reported but does not change the run's result.
    static func appendStepSummary(_ markdown: String) {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        // POSIX calls, not FileHandle: its write traps on an error (a full disk) instead of
        // reporting it.
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            Diagnostics.error("\(path):0:0: warning: cannot append to $GITHUB_STEP_SUMMARY: \(String(cString: strerror(errno)))")
            return
        }
        var text = markdown + "\n"
        let error = text.withUTF8 { FileSystem.writeAll(descriptor, UnsafeRawBufferPointer($0)).error }
        if close(descriptor) != 0 || error != nil {
            Diagnostics.error("\(path):0:0: warning: cannot append to $GITHUB_STEP_SUMMARY: \(String(cString: strerror(error ?? errno)))")
        }
    }

    /// Fails with status 2 unless `path` is a folder.
    static func requireFolder(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Diagnostics.error("\(path):0:0: error: \(option) must name a folder of article files")
            throw ExitCode(2)
        }
    }
}
