import Foundation
import LibFuzzer
import QuoteCheckCore

/// What both fuzz targets need: the project's rules and libFuzzer's driver.
public enum FuzzSupport {
    /// The project's rules (`rules/` of the checkout this file is in, or $QUOTECHECK_RULES).
    public static func projectRules() -> RuleSet {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = ProcessInfo.processInfo.environment["QUOTECHECK_RULES"] ?? root.appendingPathComponent("rules").path
        do {
            return try RuleSet.load(directory: folder)
        } catch {
            fatalError("the rules do not load: \(error)")
        }
    }

    /// Hands the process to libFuzzer, which reads its own options from the command line and
    /// calls `test` with each input. Started from the target's own `main` because SwiftPM links
    /// an executable's entry point under the module's name, so libFuzzer's `main` never runs.
    public static func runDriver(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
