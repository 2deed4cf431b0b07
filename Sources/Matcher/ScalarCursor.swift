/// Converts UTF-8 byte offsets into Unicode scalar offsets in one forward pass, for callers that
/// ask in text order: the extractor asks three times a quote, in order. Counting on from the
/// last answer reads each byte once and builds nothing, where `ScalarIndex` first walks the whole
/// text to lay its checkpoints. Asking behind the last answer is allowed; it counts again from
/// the start.
public struct ScalarCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalars = 0

    /// A cursor at the start of `bytes`, which must be valid UTF-8 and outlive the cursor.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The number of scalars that start before `byteOffset`.
    public mutating func scalarOffset(_ byteOffset: Int) -> Int {
        let target = min(max(byteOffset, 0), bytes.count)
        if target < byte { byte = 0; scalars = 0 }
        scalars += ScalarIndex.countScalars(bytes, from: byte, to: target)
        byte = target
        return scalars
    }
}
