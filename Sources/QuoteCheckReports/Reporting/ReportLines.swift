/// A text report (Markdown, HTML), built line by line in one byte buffer that is handed on
/// whenever it has grown to a piece (`reportPieceBytes`), so the report is never held whole.
struct ReportLines {
    private var bytes: [UInt8] = []
    private let output: (String) -> Void

    init(output: @escaping (String) -> Void) {
        self.output = output
        bytes.reserveCapacity(reportPieceBytes + 1024)
    }

    /// Runs `body` on lines that go to `output`, and hands on what is left when it returns.
    static func write(to output: (String) -> Void, _ body: (inout ReportLines) -> Void) {
        withoutActuallyEscaping(output) { output in
            var lines = ReportLines(output: output)
            body(&lines)
            lines.finish()
        }
    }

    mutating func append(_ line: String) {
        write(line)
        endLine()
    }

    /// Part of a line, which `endLine()` ends. The article tables' rows are written piece by
    /// piece: made by interpolation into one string, a row cost about 13,000 instructions,
    /// and now about 7,500.
    mutating func write(_ piece: String) {
        // Through the string's own bytes: appending its UTF8View went byte by byte.
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }
    mutating func write(_ number: Int) { write(String(number)) }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= reportPieceBytes {
            output(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on what is left.
    mutating func finish() {
        if !bytes.isEmpty { output(String(decoding: bytes, as: UTF8.self)) }
        bytes.removeAll()
    }
}
