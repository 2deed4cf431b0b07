#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// Reading a whole file: one read into uninitialised memory for a regular file, chunks for
/// anything the size does not describe (a pipe), nil for what cannot be read.
@Suite("File reading")
struct FileSystemTests {
    /// Bytes that are not all the same, so a chunk read out of place would show.
    private func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    }

    @Test("a regular file reads back exactly, empty or large", arguments: [0, 1, 7, 4096, 65_537, 300_001])
    func regularFile(size: Int) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = pattern(size)
        let path = try Fixtures.write(bytes, to: "file.txt", in: folder)
        #expect(FileSystem.contents(of: path) == bytes)
    }

    @Test("a pipe, whose size says nothing, is read to its end in chunks")
    func pipe() throws {
        #if os(Linux) || os(macOS)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe.txt").path
        try #require(mkfifo(path, 0o600) == 0)
        let bytes = pattern(200_000)
        // The writer blocks until the reader opens the pipe; it writes in pieces, as a producer would.
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            var offset = 0
            while offset < bytes.count {
                let piece = min(5_000, bytes.count - offset)
                let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, piece) }
                guard written > 0 else { break }
                offset += written
            }
            close(descriptor)
        }
        writer.start()
        #expect(FileSystem.contents(of: path) == bytes)
        #endif
    }

    @Test("a folder or a missing file gives nil")
    func unreadable() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileSystem.contents(of: folder.path) == nil)
        #expect(FileSystem.contents(of: folder.appendingPathComponent("missing.txt").path) == nil)
    }
}
