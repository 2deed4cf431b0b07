import Foundation

/// Reads articles from JSON Lines: one `{"id", "text", "outlet"?, "date"?, "url"?}` per line.
/// A line that does not parse, or lacks a field, is reported with its line (and, for JSON
/// syntax errors, the column) and skipped.
struct JSONLReader {
    let name: String

    func read<S: LineStream>(stream: S, _ body: (PendingItem) -> Bool) -> Bool {
        var stream = stream
        var lineNumber = 0
        while let line = stream.nextLine() {
            lineNumber += 1
            if line.allSatisfy(UTF8Scan.isSpaceByte) { continue }
            if !body(PendingItem(.jsonLine(line, file: name, line: lineNumber))) { return false }
        }
        return true
    }

    func parse(_ line: [UInt8], lineNumber: Int) -> InputReader.Item {
        let here = SourceLocation(file: name, line: lineNumber, column: 1)
        if let bad = UTF8Validation.firstInvalidOffset(line) {
            let (_, column) = UTF8Validation.position(of: bad, in: line)
            return .failure(InputError(SourceLocation(file: name, line: lineNumber, column: column),
                                       "invalid UTF-8 at byte offset \(bad) of the line"))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(InputError(here, "not valid JSON: \(Self.reason(error))"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(InputError(here, "expected a JSON object"))
        }
        guard let id = fields["id"] as? String ?? (fields["id"] as? NSNumber)?.stringValue else {
            return .failure(InputError(here, "missing \"id\" (a string)"))
        }
        guard let text = fields["text"] as? String else {
            return .failure(InputError(here, "missing \"text\" (a string)"))
        }
        for key in ["outlet", "date", "url"] where fields[key] != nil && !(fields[key] is String) && !(fields[key] is NSNull) {
            return .failure(InputError(here, "\"\(key)\" must be a string"))
        }
        return .article(Article(id: id, bytes: Array(text.utf8), outlet: fields["outlet"] as? String,
                                date: fields["date"] as? String, url: fields["url"] as? String, origin: here))
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
