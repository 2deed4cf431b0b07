import Foundation
import LibFuzzer
import QuoteCheckCore
@testable import QuoteCheckRules

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
    public static func run(_ test: @escaping ([UInt8]) -> Void) -> Never {
        currentTest = test
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}

/// The target's test, set once before the driver starts (libFuzzer runs inputs on one thread).
nonisolated(unsafe) private var currentTest: ([UInt8]) -> Void = { _ in }

/// One input, as libFuzzer hands it over. Exported under the name that libFuzzer's own `main`
/// (linked in by the sanitizer, never run) refers to. Returns 0: the input may join the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    currentTest(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
