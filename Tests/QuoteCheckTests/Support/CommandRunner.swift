import Foundation

/// Runs the built `quotecheck` binary, for behaviour only the command line has: exit statuses
/// and what goes to standard error.
struct CommandRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary beside the test bundle (the same build), or in `.build/debug`.
    static var binary: URL? {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("quotecheck"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/quotecheck"),
        ]
        // On macOS the test bundle is a folder: Foo.xctest/Contents/MacOS/Foo.
        if let bundle = testBinary.pathComponents.firstIndex(where: { $0.hasSuffix(".xctest") }) {
            let products = NSURL.fileURL(withPathComponents: Array(testBinary.pathComponents[..<bundle]))
            if let products { candidates.insert(products.appendingPathComponent("quotecheck"), at: 0) }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `quotecheck arguments…` in the package root with `stdin` as standard input and
    /// `environment` added to this process's.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        guard let binary else {
            throw RunnerError("the quotecheck binary was not found next to the tests or in .build/debug; run `swift build` first")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = Fixtures.packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

struct RunnerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
