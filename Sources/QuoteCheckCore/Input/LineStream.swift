import Foundation

/// Hands out the lines of a file one at a time, without reading the whole file into memory.
protocol LineStream {
    /// The next line without its newline, or nil at the end.
    mutating func nextLine() -> [UInt8]?
}

/// Lines of a file read in 1 MiB chunks.
struct FileLineStream: LineStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    /// Lines of an open handle (standard input), starting with bytes already read from it.
    init(handle: FileHandle, alreadyRead: [UInt8]) {
        self.handle = handle
        buffer = alreadyRead
    }

    mutating func nextLine() -> [UInt8]? {
        while true {
            if let newline = Self.newline(in: buffer, from: position) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// The offset of the first newline at or after `start`. `memchr` compares many bytes at
    /// once; a slice's `firstIndex(of:)` went byte by byte, a tenth of a JSON Lines run.
    private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
