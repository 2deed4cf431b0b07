/// One result slot per item of a parallel loop, each written by exactly one worker and read
/// when all are done. The storage is allocated once, before the workers start, so that no
/// worker touches a shared array's buffer (an array's copy-on-write check is a read and write of
/// its header, which two threads must not make at once).
final class ParallelSlots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Called by the one worker that owns `index`.
    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    /// Called once every worker is done.
    func take() -> [Value] { buffer.map { $0! } }
}
