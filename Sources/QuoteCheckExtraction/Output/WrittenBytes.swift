/// Bytes a `JSONWriter` wrote, owned from then on by this object, which frees them: one
/// worker's records passed to the ordered output without a copy.
// Unchecked: the memory is this object's alone and never written after `init`.
public final class WrittenBytes: @unchecked Sendable {
    public let buffer: UnsafeBufferPointer<UInt8>

    /// Takes over `base`, allocated with `UnsafeMutablePointer.allocate`.
    init(taking base: UnsafeMutablePointer<UInt8>, count: Int) {
        buffer = UnsafeBufferPointer(start: base, count: count)
    }

    deinit { UnsafeMutablePointer(mutating: buffer.baseAddress)?.deallocate() }
}
