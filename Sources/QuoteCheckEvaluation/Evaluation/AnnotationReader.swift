import Foundation
import QuoteCheckText
import QuoteCheckExtraction

/// Reads an annotated dataset (JSON Lines in the seed schema) into records, reporting every
/// problem with its line and column and keeping every record that can still be used.
public enum AnnotationReader {
    /// How much of the seed schema a file must have.
    public enum Schema: Sendable {
        /// All nine seed fields, with their types: what `validate` demands of a gold file.
        case seed
        /// Only what the scorer needs (`article`, `start`, `end`); the scored fields are checked
        /// when present and may be `null`, as the reference scorer allows.
        case spans
    }

    /// The records of one file and the problems found reading it.
    public struct File: Sendable {
        public let path: String
        public var records: [QuoteAnnotation]
        public var problems: [DatasetProblem]
    }

    /// A file that cannot be read at all (a usage or input error, not a finding).
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path):0:0: error: \(reason)" }
    }

    /// Reads `path`; throws only when the file cannot be opened.
    public static func read(path: String, schema: Schema) throws(Unreadable) -> File {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(path: path, reason: isDirectory.boolValue ? "is a folder, not a JSON Lines file" : "cannot read the file")
        }
        return read(bytes: [UInt8](data), path: path, schema: schema)
    }

    /// Reads JSON Lines held in memory, named `path` in messages.
    public static func read(bytes: [UInt8], path: String, schema: Schema) -> File {
        var file = File(path: path, records: [], problems: [])
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = Array(bytes[lineStart..<newline])
            if line.last == 0x0D { line.removeLast() }
            lineStart = newline + 1
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
                file.problems.append(DatasetProblem(SourceLocation(file: path, line: 1, column: 1), .error, .syntax,
                                                    "the file starts with a byte-order mark, which JSON does not allow"))
                line.removeFirst(3)
            }
            if let record = readLine(line, number: lineNumber, path: path, schema: schema, problems: &file.problems) {
                file.records.append(record)
            }
        }
        return file
    }

    /// One line: nil when it is blank or unusable (its problems are in `problems`).
    static func readLine(_ line: [UInt8], number: Int, path: String, schema: Schema,
                         problems: inout [DatasetProblem]) -> QuoteAnnotation? {
        let at = { (offset: Int) in SourceLocation(file: path, line: number, column: column(of: offset, in: line)) }
        if let bad = UTF8Validation.firstInvalidOffset(line) {
            problems.append(DatasetProblem(at(bad), .error, .syntax, "invalid UTF-8"))
            return nil
        }
        if String(decoding: line, as: UTF8.self).unicodeScalars.allSatisfy(PythonText.isSpace) { return nil }
        let json: LocatedJSON
        do {
            json = try LocatedJSON.parse(line)
        } catch {
            problems.append(DatasetProblem(at(error.offset), .error, .syntax, "not valid JSON: \(error.message)"))
            return nil
        }
        guard case let .object(members) = json.value else {
            problems.append(DatasetProblem(at(json.offset), .error, .syntax, "expected a JSON object, found \(json.typeName)"))
            return nil
        }
        var seen: Set<String> = []
        for member in members where !seen.insert(member.key).inserted {
            problems.append(DatasetProblem(at(member.keyOffset), .warning, .field,
                                           "\"\(member.key)\" appears more than once; the last one counts"))
        }
        var fields = FieldReader(json: json, schema: schema, at: at)
        let article = fields.string("article", required: true, nullable: false)
        let start = fields.integer("start")
        let end = fields.integer("end")
        let text = fields.string("text", required: schema == .seed, nullable: false, scored: false)
        let kind = fields.string("kind", required: schema == .seed, nullable: schema == .spans)
        let speakers = fields.strings("speakers")
        let cue = fields.string("cue", required: schema == .seed, nullable: true)
        let via = fields.strings("via")
        let outlet = fields.string("outlet", required: schema == .seed, nullable: true)
        problems += fields.problems
        guard let article, let start, let end else { return nil }
        var columns: [String: Int] = [:]
        var scalarColumns = ColumnCounter(line: line)
        for member in members { columns[member.key] = scalarColumns.column(of: member.value.offset) }
        // What the scorer reads is refused here when its span cannot be one (offsets at the edge
        // of Int overflowed the overlap's arithmetic). `validate` checks ranges itself, with
        // the article's length, and says more.
        if schema == .spans {
            let location = { (field: String) in SourceLocation(file: path, line: number, column: columns[field] ?? 1) }
            if start < 0 {
                problems.append(DatasetProblem(location("start"), .error, .range, "start \(start) is negative; the record is left out"))
                return nil
            }
            if end < start {
                problems.append(DatasetProblem(location("end"), .error, .range, "end \(end) is before start \(start); the record is left out"))
                return nil
            }
        }
        return QuoteAnnotation(article: article, start: start, end: end, text: text, kind: kind,
                               speakers: speakers ?? [], cue: cue, via: via ?? [], outlet: outlet,
                               location: SourceLocation(file: path, line: number, column: 1), columns: columns)
    }

    /// 1-based column, in Unicode scalars, of a byte offset in a line.
    static func column(of offset: Int, in line: [UInt8]) -> Int {
        var column = 1
        for index in 0..<min(offset, line.count) where line[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}

/// Columns of increasing byte offsets in one line, counted in one pass.
private struct ColumnCounter {
    let line: [UInt8]
    var offset = 0
    var column = 1

    init(line: [UInt8]) { self.line = line }

    mutating func column(of target: Int) -> Int {
        if target < offset { return AnnotationReader.column(of: target, in: line) }
        while offset < min(target, line.count) {
            if line[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return column
    }
}

/// Reads typed fields of one record, collecting a problem for each missing or mistyped one.
private struct FieldReader {
    let json: LocatedJSON
    let schema: AnnotationReader.Schema
    let at: (Int) -> SourceLocation
    var problems: [DatasetProblem] = []

    init(json: LocatedJSON, schema: AnnotationReader.Schema, at: @escaping (Int) -> SourceLocation) {
        self.json = json
        self.schema = schema
        self.at = at
    }

    private mutating func wrongType(_ name: String, _ value: LocatedJSON, _ expected: String) {
        problems.append(DatasetProblem(at(value.offset), .error, .field, "\"\(name)\" must be \(expected), found \(value.typeName)"))
    }

    private mutating func missing(_ name: String, _ expected: String) {
        problems.append(DatasetProblem(at(json.offset), .error, .field, "missing \"\(name)\" (\(expected))"))
    }

    mutating func integer(_ name: String) -> Int? {
        guard let value = json[name] else { missing(name, "an integer"); return nil }
        guard case let .integer(number) = value.value else { wrongType(name, value, "an integer"); return nil }
        return number
    }

    /// A string field. `scored: false` fields are not checked in the `spans` schema, where the
    /// scorer ignores them.
    mutating func string(_ name: String, required: Bool, nullable: Bool, scored: Bool = true) -> String? {
        let expected = nullable ? "a string or null" : "a string"
        guard let value = json[name] else {
            if required { missing(name, expected) }
            return nil
        }
        switch value.value {
        case let .string(text): return text
        case .null where nullable: return nil
        default:
            if scored || schema == .seed { wrongType(name, value, expected) }
            return nil
        }
    }

    /// An array of strings; in the `spans` schema it may be absent or null (read as empty).
    mutating func strings(_ name: String) -> [String]? {
        let expected = schema == .seed ? "an array of strings" : "an array of strings or null"
        guard let value = json[name] else {
            if schema == .seed { missing(name, expected) }
            return nil
        }
        if case .null = value.value, schema == .spans { return nil }
        guard case let .array(items) = value.value else { wrongType(name, value, expected); return nil }
        var out: [String] = []
        for item in items {
            guard case let .string(text) = item.value else {
                problems.append(DatasetProblem(at(item.offset), .error, .field,
                                               "\"\(name)\" must hold strings only, found \(item.typeName)"))
                return nil
            }
            out.append(text)
        }
        return out
    }
}
