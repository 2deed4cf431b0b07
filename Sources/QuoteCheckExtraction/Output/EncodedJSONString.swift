/// A string value encoded once as JSON, quotes and escapes included, to be copied into many
/// records: an article's id, its outlet, a rule name.
public struct EncodedJSONString: Sendable, Equatable {
    let bytes: [UInt8]

    public init(_ value: String) {
        var writer = JSONWriter(capacity: value.utf8.count + 2)
        writer.string(value)
        bytes = writer.bytes
    }
}
