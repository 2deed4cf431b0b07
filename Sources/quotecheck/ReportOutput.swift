import ArgumentParser
import Foundation
import QuoteCheckCore

extension ReportFormat: ExpressibleByArgument {}
extension DatasetProblem.Severity: ExpressibleByArgument {}

/// Where `validate` and `eval` put their reports.
enum ReportOutput {
    /// Writes a rendered report to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Appends Markdown to the file GitHub Actions names in `$GITHUB_STEP_SUMMARY`, when set; a
    /// summary that cannot be written is reported but does not change the run's result.
    static func appendStepSummary(_ markdown: String) {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            Diagnostics.error("\(path):0:0: warning: cannot append to $GITHUB_STEP_SUMMARY")
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data((markdown + "\n").utf8))
        handle.closeFile()
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
