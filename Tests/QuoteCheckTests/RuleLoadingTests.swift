import Foundation
import Matcher
import QuoteCheckCore
import Testing
@testable import QuoteCheckText
@testable import QuoteCheckRules

/// Rule files are read strictly: every mistake stops loading with `file:line:column` and a reason.
@Suite("Rule loading")
struct RuleLoadingTests {
    /// Loads `yaml` as file `name` and returns the error it must raise.
    func loadError(_ yaml: String, name: String = "user/bad.yaml") throws -> RuleError {
        var rules = RuleSet()
        do {
            try rules.add(yaml: yaml, file: name)
        } catch {
            return error
        }
        throw RunnerError("\(name) loaded although it is malformed")
    }

    @Test("an unknown key is named with its line and column")
    func unknownKey() throws {
        let error = try loadError("""
            kind: boilerplate
            rules:
              - id: share-buttons
                patern: '^Share this'
                examples: {match: ["Share this"], nomatch: ["Shares fell"]}
            """)
        #expect(error.location == SourceLocation(file: "user/bad.yaml", line: 4, column: 5))
        #expect(error.message.contains("unknown key 'patern'"))
        #expect(error.description.hasPrefix("user/bad.yaml:4:5: error: "))
    }

    @Test("an unknown top-level key is refused too")
    func unknownTopLevelKey() throws {
        let error = try loadError("""
            kind: abbreviations
            wrods: [Mr, Dr]
            """)
        #expect(error.location.line == 2)
        #expect(error.location.column == 1)
        #expect(error.message.contains("unknown key 'wrods'"))
    }

    @Test("a class of state names needs two names, each with letters")
    func stateClasses() throws {
        let lone = try loadError("""
            kind: compare
            states:
              - [North Korea, Pyongyang]
              - [Singapore]
            """)
        #expect(lone.location.line == 4)
        #expect(lone.message.contains("needs two names or more"))
        let empty = try loadError("""
            kind: compare
            states:
              - [Japan, "..."]
            """)
        #expect(empty.message.contains("has no letters"))
    }

    @Test("a value of the wrong type is named where it stands")
    func wrongType() throws {
        let error = try loadError("""
            kind: kinds
            headline:
              title_max_words: thirty
            """)
        #expect(error.location == SourceLocation(file: "user/bad.yaml", line: 3, column: 20))
        #expect(error.message.contains("must be a whole number"))

        let boolError = try loadError("""
            kind: cues
            rules:
              - id: speech-verbs
                in_headlines: sometimes
                verbs: [say]
                examples:
                  - text: "“We will stay,” Lena Ortiz said."
                    speakers: [Lena Ortiz]
                    cue: said
            """)
        #expect(boolError.location.line == 4)
        #expect(boolError.message.contains("must be true or false"))
        var rules = RuleSet()
        try rules.add(yaml: "kind: kinds\nheadline:\n  title_max_words: 30\n", file: "user/good.yaml")
        #expect(rules.kinds.titleMaxWords == 30)

        let listError = try loadError("""
            kind: abbreviations
            words: Mr
            examples: []
            """)
        #expect(listError.location.line == 2)
        #expect(listError.message.contains("must be a list"))
    }

    @Test("a cue rule's object limit stands only where the headline reader honours it")
    func objectLimitNeedsHeadlinesOnly() throws {
        let error = try loadError("""
            kind: cues
            rules:
              - id: stance
                in_headlines: true
                object_within: 3
                verbs: [see]
                examples:
                  - text: "Bank chief sees 'narrowing path' for rates"
                    speakers: [Bank chief]
            """)
        #expect(error.location.line == 5)
        #expect(error.message.contains("'object_within' needs 'only_in_headlines: true'"))

        let stopError = try loadError("""
            kind: cues
            rules:
              - id: stance
                only_in_headlines: true
                not_after: [may]
                verbs: [see]
                examples:
                  - text: "Bank chief sees 'narrowing path' for rates"
                    speakers: [Bank chief]
            """)
        #expect(stopError.location.line == 5)
        #expect(stopError.message.contains("'not_after' needs 'object_within'"))
    }

    @Test("a pattern that does not compile stops loading with PCRE2's reason")
    func patternDoesNotCompile() throws {
        let error = try loadError("""
            kind: apostrophes
            rules:
              - id: broken
                pattern: '(?<=\\p{L})[’'
                examples: {match: ["Xi’s"], nomatch: ["‘no’"]}
            """)
        #expect(error.location == SourceLocation(file: "user/bad.yaml", line: 4, column: 14))
        #expect(error.message.contains("does not compile"))
        #expect(error.message.contains("missing terminating ]"))
    }

    @Test("apostrophe rules apply at their marks only, asked together or one by one, with the same answers")
    func apostropheRulesByMark() throws {
        var rules = RuleSet()
        try rules.add(yaml: """
            kind: apostrophes
            rules:
              - id: doubled-before-digit
                marks: ["''"]
                pattern: '''''(?=\\d)'
                examples: {match: ["it''9"], nomatch: ["it''s"]}
              - id: elision
                marks: ["'"]
                pattern: '(?<=\\p{L})''(?=\\p{L})'
                examples: {match: ["don't"], nomatch: ["say 'no'"]}
              - id: same-letter-around
                marks: ["’"]
                pattern: '(?<=(\\p{L}))’(?=\\1)'
                examples: {match: ["a’a"], nomatch: ["a’b"]}
              - id: before-x
                pattern: '.(?=x)'
                examples: {match: ["say ‘x"], nomatch: ["say ‘no"]}
            """, file: "user/apostrophes.yaml")
        let cases: [(text: String, mark: Int, apostrophe: Bool)] = [
            ("it''9", 2, true),      // the two-byte mark: its own rule, and the one-byte mark's
            ("it'9", 2, false),      // the one-byte mark alone: not the two-byte mark's rule
            ("don't", 3, true),
            ("say 'no", 4, false),
            ("say 'x", 4, true),     // a rule without marks applies at every mark
            ("a’a", 1, true),        // a backreference keeps its group number
            ("a’b", 1, false),
            ("say ‘no", 4, false),   // a mark no rule lists: only the rules without marks
            ("say ‘x", 4, true),
        ]
        let scratch = MatchScratch()
        for (text, mark, expected) in cases {
            let bytes = Array(text.utf8)
            let offset = text.unicodeScalars.prefix(mark).reduce(0) { $0 + String($1).utf8.count }
            let answer = bytes.withUnsafeBufferPointer { rules.apostrophes.isApostrophe(at: offset, in: $0, scratch: scratch) }
            #expect(answer == expected, "\(text) at \(mark)")
        }
    }

    @Test("a credit rule's 'lines' takes exactly one of first or last, a positive number")
    func creditLines() throws {
        func credit(_ lines: String) -> String {
            """
            kind: outlets
            credits:
              - id: tag-credit
                pattern: '\\[(?<outlet>[A-Z]+)\\]\\z'
                lines: \(lines)
                examples: {match: ["Story. [AP]"], nomatch: ["[AP] story."]}
            """
        }
        let both = try loadError(credit("{first: 2, last: 1}"))
        #expect(both.location.line == 5)
        #expect(both.message.contains("exactly one of 'first' or 'last'"))
        let zero = try loadError(credit("{last: 0}"))
        #expect(zero.location == SourceLocation(file: "user/bad.yaml", line: 5, column: 19))
        #expect(zero.message.contains("positive number of lines"))
        let unknown = try loadError(credit("{middle: 3}"))
        #expect(unknown.message.contains("unknown key 'middle' in 'lines'"))
        var rules = RuleSet()
        try rules.add(yaml: credit("{last: 1}"), file: "user/good.yaml")
        #expect(rules.outlets.creditRules.map(\.lines) == [.last(1)])
    }

    @Test("a line window is the first or last non-blank lines' bytes, blank lines skipped")
    func lineWindowRanges() {
        let text = "\nHeadline\n\n  \nFirst para.\nSecond para.\n\nLast para. – AP\n\n"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let lines = Lines.ranges(in: buffer)
            func window(_ window: LineWindow) -> String {
                let range = window.range(over: lines) { lines[$0].allSatisfy { buffer[$0] == 0x20 } }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
            }
            #expect(window(.all) == text)
            #expect(window(.first(1)) == "\nHeadline")
            #expect(window(.first(2)) == "\nHeadline\n\n  \nFirst para.")
            #expect(window(.first(9)) == text)
            #expect(window(.last(1)) == "Last para. – AP\n\n")
            #expect(window(.last(2)) == "Second para.\n\nLast para. – AP\n\n")
            #expect(window(.last(9)) == text)
        }
        #expect(LineWindow.last(1).range(over: [0..<0]) { _ in true } == 0..<0)
    }

    @Test("an unknown rule kind lists the known ones")
    func unknownKind() throws {
        let error = try loadError("""
            kind: quotes
            marks: []
            """)
        #expect(error.location == SourceLocation(file: "user/bad.yaml", line: 1, column: 7))
        #expect(error.message.contains("unknown rule kind 'quotes'"))
        #expect(error.message.contains("marks"))
    }

    @Test("an unknown value inside a rule (a mark family) is refused")
    func unknownMarkFamily() throws {
        let error = try loadError("""
            kind: marks
            marks:
              - id: angle
                mark: "‹"
                family: angular
                role: open
                examples: [{text: "‹x›", quotes: [x]}]
            """)
        #expect(error.location.line == 5)
        #expect(error.message.contains("'family' must be one of"))
    }

    @Test("invalid YAML is reported with the parser's position")
    func invalidYAML() throws {
        let error = try loadError("""
            kind: boilerplate
            rules:
              - id: x
                pattern: [unclosed
                examples: {}
            """)
        #expect(error.location.file == "user/bad.yaml")
        #expect(error.location.line >= 4)
        #expect(error.message.hasPrefix("not valid YAML"))
    }

    @Test("a rule without examples is refused")
    func missingExamples() throws {
        let error = try loadError("""
            kind: boilerplate
            rules:
              - id: no-examples
                pattern: '^x$'
            """)
        #expect(error.location.line == 3)
        #expect(error.message.contains("needs the key 'examples'"))
    }

    @Test("a file without a kind, and an empty file, are refused")
    func missingKind() throws {
        #expect(try loadError("rules: []\n").message.contains("needs the key 'kind'"))
        #expect(try loadError("").message.contains("empty"))
    }

    @Test("loading a folder names the offending file's path and stops")
    func folderNamesTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.rulesFolder) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Fixtures.rulesFolder + "/" + name,
                                             toPath: folder.appendingPathComponent(name).path)
        }
        try Fixtures.write("kind: boilerplate\nrules:\n  - id: x\n    pattern: 'a'\n    colour: red\n",
                           to: "zz-user.yaml", in: folder)
        #expect {
            try RuleSet.load(directory: folder.path)
        } throws: { error in
            guard let error = error as? RuleError else { return false }
            return error.location.file.hasSuffix("zz-user.yaml") && error.location.line == 5
                && error.description.contains("zz-user.yaml:5:5: error: unknown key 'colour'")
        }
    }

    @Test("a folder with no marks file is refused")
    func noMarks() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.rulesFolder + "/boilerplate.yaml",
                                         toPath: folder.appendingPathComponent("boilerplate.yaml").path)
        #expect(throws: RuleError.self) { try RuleSet.load(directory: folder.path) }
        #expect(throws: RuleError.self) { try RuleSet.load(directory: folder.appendingPathComponent("missing").path) }
    }

    @Test("a file added to loaded rules splits its spellings and titles by the apostrophes already named, and a later apostrophe splits them again")
    func addedFilesSplitByApostrophes() throws {
        var rules = try Fixtures.rules()
        try rules.add(yaml: "kind: compare\nequivalents:\n  - [\"jail´s\", \"gaols\"]\n", file: "user/spell.yaml")
        // "´" joins no word yet: the canonical spelling is two words, "jail" and "s", and no
        // one word folds into it.
        #expect(rules.compare.equivalents.canonical(word: "gaols") == "gaols")
        try rules.add(yaml: "kind: apostrophes\nin_word:\n  marks: [\"´\"]\n  examples: [\"jail´s\"]\n", file: "user/marks.yaml")
        #expect(rules.compare.equivalents.canonical(word: "gaols") == "jail's")
    }
}
