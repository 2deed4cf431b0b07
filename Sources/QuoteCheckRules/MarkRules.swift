import QuoteCheckText

/// Which characters (or short sequences) are quote marks, their family and their usual role.
///
/// Marks of one family pair with each other: a “ may be closed by ” or, in German text, “ after „.
/// Direction comes from the role where the role is fixed and from the context (letters and spaces
/// around the mark) where it is `either`, as for straight marks.
public struct MarkRules: Sendable {
    /// A quote mark.
    public struct Mark: Sendable {
        public let id: String
        public let bytes: [UInt8]
        public let family: Family
        public let role: Role
    }

    /// Marks of one family open and close each other; different families nest.
    public enum Family: String, Sendable, CaseIterable { case double, single, guillemet, singleGuillemet = "single-guillemet" }
    /// Which way a mark usually faces.
    public enum Role: String, Sendable, CaseIterable { case open, close, either }

    /// A mark as the finder tests it: its bytes as one little-endian word (a mark is at most two
    /// characters, so at most eight bytes), their number, family and role. It holds no
    /// references, so finding a mark copies nothing that is counted.
    public struct Candidate: Sendable, Equatable {
        public let head: UInt64
        public let length: Int
        public let family: Family
        public let role: Role

        /// True when the mark's bytes are `word`'s first bytes (the eight bytes at an offset,
        /// loaded little-endian) and fit in the `room` of them that belong to the line.
        @inline(__always)
        package func stands(in word: UInt64, room: Int) -> Bool {
            length <= room && word & ByteWord.mask(length) == head
        }
    }

    public private(set) var marks: [Mark] = []
    /// Every mark as a candidate, grouped by first byte, longest first within a group: the
    /// marks that start with byte `b` are `candidates[candidateStart[b]..<candidateStart[b + 1]]`.
    public private(set) var candidates: [Candidate] = []
    public private(set) var candidateStart: [Int] = Array(repeating: 0, count: 257)
    /// For each byte, 1 when some mark starts with it: lets the finder pass over the bytes between
    /// marks with one table load each.
    public private(set) var startsMark: [UInt8] = Array(repeating: 0, count: 256)

    /// Dashes that set off a credit or an introduction ("“…” ― Rita Vance", "WASHINGTON (AP) —
    /// “…”"), besides a plain hyphen standing alone.
    public private(set) var dashes = ScalarSet()
    /// Brackets around a sentence's end: a sentence may close inside one ("(He was not.)") and
    /// the next open with one.
    public private(set) var bracketOpeners = ScalarSet()
    public private(set) var bracketClosers = ScalarSet()

    /// The last character of each mark that can close a quote (`close` and `either` marks).
    /// (Kept, not computed when asked: the layout of every article asks.)
    public private(set) var quoteClosers = ScalarSet()
    /// The first character of each mark that can open a quote (`open` and `either` marks).
    public private(set) var quoteOpeners = ScalarSet()
    /// What may follow a sentence's stop inside the sentence: closing quote marks and brackets.
    public var sentenceClosers: ScalarSet { quoteClosers.union(bracketClosers) }
    /// What may open a sentence besides a capital or a digit: opening quote marks and brackets.
    public var sentenceOpeners: ScalarSet { quoteOpeners.union(bracketOpeners) }

    static let keys: Set<String> = ["marks", "dashes", "brackets"]

    /// A list of single characters under `key` (empty when the key is absent).
    static func scalars(_ mapping: RuleMapping, _ key: String) throws(RuleError) -> [Unicode.Scalar] {
        guard let node = mapping[key] else { return [] }
        var scalars: [Unicode.Scalar] = []
        for item in try node.list("'\(key)'") {
            let text = try item.string("each of '\(key)'")
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
                throw item.fail("each of '\(key)' must be one character, not '\(text)'")
            }
            scalars.append(scalar)
        }
        return scalars
    }

    mutating func read(_ file: RuleMapping, into examples: inout [RuleExample]) throws(RuleError) {
        dashes = dashes.union(ScalarSet(try Self.scalars(file, "dashes")))
        if let node = file["brackets"] {
            let entry = try node.mapping(allowed: ["open", "close"], what: "'brackets'")
            bracketOpeners = bracketOpeners.union(ScalarSet(try Self.scalars(entry, "open")))
            bracketClosers = bracketClosers.union(ScalarSet(try Self.scalars(entry, "close")))
        }
        for item in try file.list("marks") {
            let entry = try item.mapping(allowed: ["id", "mark", "family", "role", "examples", "description"],
                                         required: ["id", "mark", "family", "role", "examples"], what: "a mark")
            let id = try entry.string("id")!
            let text = try entry.string("mark")!
            guard !text.isEmpty, text.unicodeScalars.count <= 2 else {
                throw entry.required("mark").fail("'mark' must be one or two characters")
            }
            guard let family = Family(rawValue: try entry.string("family")!) else {
                throw entry.required("family").fail("'family' must be one of \(Family.allCases.map(\.rawValue))")
            }
            guard let role = Role(rawValue: try entry.string("role")!) else {
                throw entry.required("role").fail("'role' must be one of \(Role.allCases.map(\.rawValue))")
            }
            let mark = Mark(id: id, bytes: Array(text.utf8), family: family, role: role)
            marks.append(mark)
            startsMark[Int(mark.bytes[0])] = 1
            examples += try FinderExample.read(entry.required("examples"), ruleID: id)
        }
        buildCandidates()
        quoteClosers = ScalarSet(marks.filter { $0.role != .open }.compactMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.last })
        quoteOpeners = ScalarSet(marks.filter { $0.role != .close }.compactMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.first })
    }

    private mutating func buildCandidates() {
        // Stable: marks of one length keep their file order.
        let sorted = marks.enumerated().sorted { a, b in
            (a.element.bytes[0], b.element.bytes.count, a.offset) < (b.element.bytes[0], a.element.bytes.count, b.offset)
        }.map(\.element)
        candidates = sorted.map { mark in
            Candidate(head: ByteWord.of(mark.bytes), length: mark.bytes.count, family: mark.family, role: mark.role)
        }
        var start = 0
        for byte in 0..<256 {
            candidateStart[byte] = start
            while start < sorted.count, Int(sorted[start].bytes[0]) == byte { start += 1 }
        }
        candidateStart[256] = start
    }

    func validate(files: [String]) throws(RuleError) {
        if marks.isEmpty {
            throw RuleError(SourceLocation(file: files.first ?? "rules", line: 1, column: 1),
                            "the rules define no quote marks (a file of kind 'marks' is needed)")
        }
    }
}

/// Reads the examples that run the quote finder over a text and compare the quoted texts it finds.
enum FinderExample {
    static func read(_ node: RuleNode, ruleID: String) throws(RuleError) -> [RuleExample] {
        var examples: [RuleExample] = []
        for item in try node.list("'examples'") {
            let entry = try item.mapping(allowed: ["text", "quotes", "kinds"], required: ["text", "quotes"],
                                         what: "an example")
            let text = try entry.string("text")!
            let quotes = try entry.strings("quotes")
            let kinds = try entry.strings("kinds")
            if !kinds.isEmpty && kinds.count != quotes.count {
                throw entry.required("kinds").fail("'kinds' must list one kind per quote")
            }
            for kind in kinds where QuoteKind(rawValue: kind) == nil {
                throw entry.required("kinds").fail("unknown kind '\(kind)'")
            }
            examples.append(RuleExample(ruleID: ruleID, location: item.location, summary: text,
                                        test: RuleExample.QuotesCase(text: text, quotes: quotes, kinds: kinds)))
        }
        if examples.isEmpty { throw node.fail("a rule needs at least one example") }
        return examples
    }
}
