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
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
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
}
