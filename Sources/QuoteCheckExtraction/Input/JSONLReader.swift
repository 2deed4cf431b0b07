import QuoteCheckText

/// Reads articles from JSON Lines: one `{"id", "text", "title"?, "outlet"?, "date"?, "url"?}` per
/// line. A `title` (feeds give one beside the text) is read as the article's first line: the
/// article is the title, a blank line and the text, and offsets count from the title's start,
/// as in a `.txt` file whose first line is its title.
/// A line that does not parse, or lacks a field, is reported at its line and at the column of
/// the fault (the syntax error, or the field's value) and skipped.
///
/// A line longer than `maxLine` bytes (the article size limit) is an error at its line; the
/// stream skips its bytes rather than holding them.
struct JSONLReader {
    let name: String
    var maxLine = Int.max

    func read<S: LineStream>(stream: S, _ body: (PendingItem) -> Bool) -> Bool {
        var stream = stream
        var lineNumber = 0
        while let line = stream.nextLine() {
            lineNumber += 1
            if stream.lastLineTooLong {
                let error = InputError(SourceLocation(file: name, line: lineNumber, column: 1),
                                       "the line is larger than --max-article-bytes (\(maxLine) bytes)")
                if !body(PendingItem(.ready(.failure(error)))) { return false }
                continue
            }
            if line.allSatisfy(UTF8Scan.isSpaceByte) { continue }
            if !body(PendingItem(.jsonLine(line, file: name, line: lineNumber))) { return false }
        }
        return true
    }

    func parse(_ line: [UInt8], lineNumber: Int) -> InputReader.Item {
        func at(_ offset: Int) -> SourceLocation {
            SourceLocation(file: name, line: lineNumber, column: UTF8Validation.position(of: offset, in: line).column)
        }
        if let bad = UTF8Validation.firstInvalidOffset(line) {
            return .failure(InputError(at(bad), "invalid UTF-8 at byte offset \(bad) of the line"))
        }
        let json: LocatedJSON
        do {
            json = try LocatedJSON.parse(line, keepingBytesOf: ["text"])
        } catch {
            return .failure(InputError(at(error.offset), "not valid JSON: \(error.message)"))
        }
        guard case .object = json.value else {
            return .failure(InputError(at(json.offset), "expected a JSON object, found \(json.typeName)"))
        }
        guard let idField = json["id"] else {
            return .failure(InputError(at(json.offset), "missing \"id\" (a string)"))
        }
        let id: String
        switch idField.value {
        case let .string(text): id = text
        case let .integer(number): id = String(number)
        default: return .failure(InputError(at(idField.offset), "\"id\" must be a string or an integer, found \(idField.typeName)"))
        }
        guard let textField = json["text"] else {
            return .failure(InputError(at(json.offset), "missing \"text\" (a string)"))
        }
        guard case let .stringBytes(text) = textField.value else {
            return .failure(InputError(at(textField.offset), "\"text\" must be a string, found \(textField.typeName)"))
        }
        var bytes = text
        if let titleField = json["title"] {
            switch titleField.value {
            case let .string(title) where !title.isEmpty: bytes = Array(title.utf8) + [0x0A, 0x0A] + text
            case .string, .null: break
            default: return .failure(InputError(at(titleField.offset), "\"title\" must be a string or null, found \(titleField.typeName)"))
            }
        }
        var optional: [String: String] = [:]
        for key in ["outlet", "date", "url"] {
            guard let field = json[key] else { continue }
            switch field.value {
            case let .string(value): optional[key] = value
            case .null: break
            default: return .failure(InputError(at(field.offset), "\"\(key)\" must be a string or null, found \(field.typeName)"))
            }
        }
        return .article(Article(id: id, bytes: bytes, outlet: optional["outlet"], date: optional["date"],
                                url: optional["url"], origin: at(json.offset)))
    }
}
