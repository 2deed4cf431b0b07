import Foundation
import QuoteCheckCore
import Testing
@testable import QuoteCheckText
@testable import QuoteCheckExtraction

/// Reading articles: text files, folders, JSON Lines; bad input is reported and skipped.
@Suite("Input")
struct InputReaderTests {
    func read(_ paths: [String]) -> [InputReader.Item] {
        var items: [InputReader.Item] = []
        InputReader(paths: paths).forEach { items.append($0); return true }
        return items
    }

    @Test("invalid UTF-8 in a .txt file is reported with file, line, column and byte offset; other files still read")
    func invalidUTF8() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = "A fine first line.\nThe “second” line é"
        let bad = try Fixtures.write(Array(prefix.utf8) + [0xFF, 0x41] + Array(" ends here.\n".utf8), to: "b-bad.txt", in: folder)
        let good = try Fixtures.write("“Fine,” she said.", to: "a-good.txt", in: folder)
        let items = read([bad, good])
        #expect(items.count == 2)
        guard case let .failure(error) = items[0] else { Issue.record("invalid UTF-8 was accepted"); return }
        let column = "The “second” line é".unicodeScalars.count + 1
        #expect(error.location == SourceLocation(file: bad, line: 2, column: column))
        #expect(error.message.contains("byte offset \(prefix.utf8.count)"))
        #expect(error.description.hasPrefix("\(bad):2:\(column): error: invalid UTF-8"))
        guard case let .article(article) = items[1] else { Issue.record("the good file was not read"); return }
        #expect(article.id == "a-good.txt")
        #expect(article.text == "“Fine,” she said.")
    }

    @Test("a truncated multi-byte sequence at the end of a file is invalid too")
    func truncatedAtEnd() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Fixtures.write(Array("He paid €".utf8.dropLast()), to: "cut.txt", in: folder)
        guard case let .failure(error) = read([path]).first else { Issue.record("accepted"); return }
        #expect(error.location.line == 1)
        #expect(error.location.column == 9)
        #expect(error.message.contains("byte offset 8"))
    }

    @Test("a broken JSONL line is reported with its line number and the other lines still yield articles")
    func brokenJSONLLine() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": "one", "text": "“First,” he said.", "outlet": "AP", "date": "2025-01-02", "url": "https://example.com/1"}"#,
            #"{"id": "two", "text": "unterminated}"#,
            "",
            #"{"id": "three", "text": "‘Third,’ she said."}"#,
            #"{"text": "no id"}"#,
            #"["not", "an", "object"]"#,
            #"{"id": "six", "text": "x", "outlet": 7}"#,
            #"{"id": 7, "text": "Numeric ids are read as text."}"#,
        ]
        var bytes = Array(lines.joined(separator: "\n").utf8)
        bytes += Array("\n{\"id\": \"bad-utf8\", \"text\": \"a".utf8) + [0xC3] + Array("\"}\n".utf8)
        let path = try Fixtures.write(bytes, to: "articles.jsonl", in: folder)
        let items = read([path])
        var articles: [Article] = []
        var errors: [InputError] = []
        for item in items {
            switch item {
            case .article(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(articles.map(\.id) == ["one", "three", "7"])
        #expect(articles.first?.outlet == "AP")
        #expect(articles.first?.date == "2025-01-02")
        #expect(articles.first?.url == "https://example.com/1")
        #expect(articles.map(\.origin.line) == [1, 4, 8])
        #expect(errors.map(\.location.line) == [2, 5, 6, 7, 9])
        // Columns point at the fault: the unterminated string, the object lacking "id", the
        // array, the outlet's value, the bad byte.
        #expect(errors.map(\.location.column) == [23, 1, 1, 38, 30])
        #expect(errors.allSatisfy { $0.location.file == path })
        #expect(errors[0].message.contains("not valid JSON"))
        #expect(errors[1].message.contains("\"id\""))
        #expect(errors[2].message.contains("JSON object"))
        #expect(errors[3].message.contains("\"outlet\" must be a string or null, found an integer"))
        #expect(errors[4].message.contains("invalid UTF-8"))
    }

    @Test("JSONL fields of the wrong type are named at their value's column, in scalars")
    func jsonlFieldColumns() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": true, "text": "x"}"#,
            #"  {"id": "é", "text": ["not", "text"]}"#,
            #"{"id": "ü", "date": 2024, "text": "Fine."}"#,
            #"{"id": "e", "text": "ends “mid"#,
            #"{"id": 1.5, "text": "y"}"#,
            #"{"id": "ascii", "text": "“Escaped,” she said.", "outlet": null}"#,
        ]
        let path = try Fixtures.write(lines.joined(separator: "\n"), to: "fields.jsonl", in: folder)
        var errors: [InputError] = [], articles: [Article] = []
        for item in read([path]) {
            switch item {
            case .article(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(errors.map(\.location.column) == [8, 23, 21, 21, 8])
        #expect(errors.map(\.message) == [
            "\"id\" must be a string or an integer, found a boolean",
            "\"text\" must be a string, found an array",
            "\"date\" must be a string or null, found an integer",
            "not valid JSON: unterminated string",
            "\"id\" must be a string or an integer, found a number with a fraction or exponent",
        ])
        #expect(articles.map(\.text) == ["“Escaped,” she said."])
        #expect(articles.first?.outlet == nil)
    }

    @Test("folders are read recursively, .txt files only, in sorted path order")
    func foldersSorted() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a/z.txt", "a/c.txt", "a/deeper/m.txt", "notes.md", "gold.jsonl", "C.txt"] {
            try Fixtures.write("Text of \(name).", to: name, in: folder)
        }
        let ids = read([folder.path]).compactMap { item -> String? in
            if case let .article(article) = item { return article.origin.file } else { return nil }
        }
        let relative = ids.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(relative == ["C.txt", "a/c.txt", "a/deeper/m.txt", "a/z.txt", "b.txt"])
    }

    @Test("an article's id is its file's name, non-ASCII names and a folder given with a trailing slash too")
    func idIsFileName() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["Zürich/Ärzte sagen.txt", "plain.txt"] { try Fixtures.write("Text.", to: name, in: folder) }
        let ids = read([folder.path + "/"]).compactMap { item -> String? in
            if case let .article(article) = item { return article.id } else { return nil }
        }
        // Sorted by path bytes: "Zürich/…" comes before "plain.txt".
        #expect(ids == ["Ärzte sagen.txt", "plain.txt"])
    }

    @Test("a folder walk takes hidden files, skips a folder named like a .txt file once, and does not follow folder links")
    func folderWalkEdges() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [".hidden.txt", "odd.txt/inner.txt", "real/r.txt"] {
            try Fixtures.write("Text of \(name).", to: name, in: folder)
        }
        // A link back to the folder itself: following it would never end.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/real/loop", withDestinationPath: folder.path)
        let items = read([folder.path + "/"])
        let files = items.compactMap { item -> String? in
            if case let .article(article) = item { return article.origin.file } else { return nil }
        }
        #expect(files.map { String($0.dropFirst(folder.path.count + 1)) } == [".hidden.txt", "odd.txt/inner.txt", "real/r.txt"])
        let ids = items.compactMap { item -> String? in
            if case let .article(article) = item { return article.id } else { return nil }
        }
        #expect(ids == [".hidden.txt", "inner.txt", "r.txt"])
    }

    @Test("a missing path is an error naming it, and reading goes on")
    func missingPath() throws {
        let items = read(["/nonexistent/quotecheck/article.txt", Fixtures.exampleArticlesFolder + "/city-budget-gap.txt"])
        #expect(items.count == 2)
        if case let .failure(error) = items[0] {
            #expect(error.location.file == "/nonexistent/quotecheck/article.txt")
            #expect(error.message.contains("no such file"))
        } else {
            Issue.record("a missing file was not reported")
        }
        if case .article = items[1] {} else { Issue.record("the file after the missing one was not read") }
    }

    @Test("the example folder reads every example article, in name order")
    func exampleFolder() {
        let ids = read([Fixtures.exampleArticlesFolder]).compactMap { item -> String? in
            if case let .article(article) = item { return article.id } else { return nil }
        }
        #expect(ids == ExampleArticleTests.articleNames)
    }
}

extension InputReaderTests {
    @Test("a JSONL title is read as the article's first line; its quotes are headline quotes")
    func jsonlTitle() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": "t", "title": "Harbor talks 'went nowhere': Chinese FM", "text": "The talks ended on Monday, the minister said, calling them “a waste of time.”"}"#,
            #"{"id": "bad", "title": 3, "text": "x"}"#,
        ]
        let path = try Fixtures.write(Array(lines.joined(separator: "\n").utf8), to: "feed.jsonl", in: folder)
        var articles: [Article] = []
        var errors: [InputError] = []
        for item in read([path]) {
            switch item {
            case let .article(article): articles.append(article)
            case let .failure(error): errors.append(error)
            }
        }
        let article = try #require(articles.first)
        #expect(article.text.hasPrefix("Harbor talks 'went nowhere': Chinese FM\n\nThe talks ended"))
        let records = Extractor(rules: TestSupport.rules).extract(article)
        let title = try #require(records.first { $0.text == "went nowhere" })
        #expect(title.kind == .headline)
        #expect(title.speakers == ["Chinese FM"])
        #expect(title.start == 14)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("\"title\" must be a string") == true)
    }
}
