import QuoteCheckRules
import QuoteCheckExtraction

/// The spool's encoding of a quote record (and of a title's context): every field in declaration order, integers as
/// zig-zag LEB128, strings as a length and their UTF-8 bytes, optionals and booleans as a byte.
/// Private to one run (written and read by the same binary), so it has no version.
enum RecordCoding {
    static func encode(_ record: QuoteRecord, into out: inout [UInt8]) {
        string(record.article, &out)
        int(record.start, &out)
        int(record.end, &out)
        string(record.text, &out)
        string(record.kind.rawValue, &out)
        strings(record.speakers, &out)
        optional(record.cue, &out)
        strings(record.via, &out)
        optional(record.outlet, &out)
        int(record.line, &out)
        int(record.column, &out)
        out.append((record.unclosed ? 1 : 0) | (record.continued ? 2 : 0))
        optional(record.speakerRule, &out)
        optional(record.cueRule, &out)
        int(record.byteRange.lowerBound, &out)
        int(record.byteRange.upperBound, &out)
        range(record.speakerByteRange, &out)
        range(record.cueByteRange, &out)
        encode(record.context, into: &out)
    }

    /// A mention's context: a flag byte, then its fields in declaration order.
    static func encode(_ context: MentionContext?, into out: inout [UInt8]) {
        guard let context else { out.append(0); return }
        out.append(1 | (context.clippedBefore ? 2 : 0) | (context.clippedAfter ? 4 : 0))
        string(context.text, &out)
        int(context.start, &out)
        int(context.end, &out)
        range(context.speakerWords, &out)
        range(context.cueWords, &out)
    }

    /// The context encoded at the start of `bytes`.
    static func decodeContext(_ bytes: [UInt8]) -> MentionContext? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return reader.context()
        }
    }

    /// The record encoded at the start of `bytes`.
    static func decode(_ bytes: [UInt8]) -> QuoteRecord {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            let article = reader.string(), start = reader.int(), end = reader.int(), text = reader.string()
            // Written by this run from a QuoteKind: a name it does not know is a broken spool.
            let kind = QuoteKind(rawValue: reader.string())!
            let speakers = reader.strings(), cue = reader.optional(), via = reader.strings(), outlet = reader.optional()
            let line = reader.int(), column = reader.int(), flags = reader.byte()
            let speakerRule = reader.optional(), cueRule = reader.optional()
            let lower = reader.int(), upper = reader.int()
            let speakerBytes = reader.range(), cueBytes = reader.range(), context = reader.context()
            return QuoteRecord(article: article, start: start, end: end, text: text, kind: kind, speakers: speakers,
                               cue: cue, via: via, outlet: outlet, line: line, column: column,
                               unclosed: flags & 1 != 0, continued: flags & 2 != 0,
                               speakerRule: speakerRule, cueRule: cueRule, byteRange: lower..<upper,
                               speakerByteRange: speakerBytes, cueByteRange: cueBytes, context: context)
        }
    }

    private static func int(_ value: Int, _ out: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    private static func string(_ value: String, _ out: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count, &out)
            out.append(contentsOf: utf8)
        }
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        guard let value else { out.append(0); return }
        out.append(1)
        string(value, &out)
    }

    private static func range(_ value: Range<Int>?, _ out: inout [UInt8]) {
        guard let value else { out.append(0); return }
        out.append(1)
        int(value.lowerBound, &out)
        int(value.upperBound, &out)
    }

    private static func strings(_ values: [String], _ out: inout [UInt8]) {
        int(values.count, &out)
        for value in values { string(value, &out) }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func int() -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = byte()
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { break }
                shift += 7
            }
            return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
        }

        mutating func string() -> String {
            let count = int()
            defer { offset += count }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        }

        mutating func optional() -> String? { byte() == 0 ? nil : string() }

        mutating func strings() -> [String] { (0..<int()).map { _ in string() } }

        mutating func range() -> Range<Int>? {
            guard byte() != 0 else { return nil }
            let lower = int()
            return lower..<int()
        }

        mutating func context() -> MentionContext? {
            let flags = byte()
            guard flags != 0 else { return nil }
            let text = string(), start = int(), end = int(), speakerWords = range(), cueWords = range()
            return MentionContext(text: text, start: start, end: end, speakerWords: speakerWords, cueWords: cueWords,
                                  clippedBefore: flags & 2 != 0, clippedAfter: flags & 4 != 0)
        }
    }
}
