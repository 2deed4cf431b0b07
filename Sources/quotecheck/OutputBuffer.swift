import Foundation

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
