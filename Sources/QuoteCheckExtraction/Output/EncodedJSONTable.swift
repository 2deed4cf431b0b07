/// Strings encoded once as JSON (quotes and escapes included), all in one block of memory, each
/// read back as bytes that stay valid while the table lives. A record's rule names come from
/// here: an `EncodedJSONString` per name cost a retain and a release at every record.
final class EncodedJSONTable: @unchecked Sendable {
    // Unchecked: the memory is written once, in `init`, and only read after.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let ranges: [Range<Int>]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for string in strings {
            let encoded = EncodedJSONString(string).bytes
            ranges.append(bytes.count..<bytes.count + encoded.count)
            bytes += encoded
        }
        storage = .allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        self.ranges = ranges
    }

    deinit { storage.deallocate() }

    /// The encoded string at `index` (in the order given to `init`).
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage[ranges[index]])
    }
}
