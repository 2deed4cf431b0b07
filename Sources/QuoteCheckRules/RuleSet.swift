import Foundation
import Matcher
import QuoteCheckText

/// Everything quotecheck knows about news writing, loaded from the YAML files of a rules folder.
///
/// Each file declares one `kind` from a closed set; files of the same kind add up. Loading is
/// strict and stops at the first problem with `file:line:column`.
public struct RuleSet: Sendable {
    public internal(set) var marks = MarkRules()
    public internal(set) var apostrophes = ApostropheRules()
    public internal(set) var boilerplate = BoilerplateRules()
    public internal(set) var kinds = KindRules()
    public internal(set) var abbreviations = AbbreviationRules()
    public internal(set) var cues = CueRules()
    public internal(set) var speakers = SpeakerRules()

    /// The same rules with one step taken out of the body sieve (a sieve example shows that its
    /// step decides by giving another answer without it).
    public func withoutSieveStep(_ step: SieveStepName) -> RuleSet {
        var copy = self
        copy.speakers.removeSieveStep(step)
        return copy
    }

    /// The set with one limit at its tightest: a most at its least value, a least past any
    /// word's length.
    public func tightening(_ limit: RuleLimitName) -> RuleSet {
        var copy = self
        switch limit.kind {
        case "speakers": copy.speakers.limits = speakers.limits.tightened(limit.key)
        case "headlines": copy.headlines.limits = headlines.limits.tightened(limit.key)
        default: break
        }
        return copy
    }
    public internal(set) var outlets = OutletRules()
    public internal(set) var compare = CompareRules()
    public internal(set) var checks = CheckRules()
    public internal(set) var roles = RoleRules()
    public internal(set) var dates = DateRules()
    public internal(set) var occasions = OccasionRules()
    public internal(set) var headlines = HeadlineRules()
    /// Every example of every rule, in file order.
    public internal(set) var examples: [RuleExample] = []
    /// The files the set was read from.
    public internal(set) var files: [String] = []

    public init() {}

    /// Reads one file's entries into the part of the set its kind names.
    private mutating func read(kind: String, _ file: RuleMapping) throws(RuleError) {
        switch kind {
        case "marks": try marks.read(file, into: &examples)
        case "apostrophes": try apostrophes.read(file, into: &examples)
        case "boilerplate": try boilerplate.read(file, into: &examples)
        case "kinds": try kinds.read(file, into: &examples)
        case "abbreviations": try abbreviations.read(file, into: &examples)
        case "cues": try cues.read(file, into: &examples)
        case "speakers": try speakers.read(file, into: &examples)
        case "outlets": try outlets.read(file, into: &examples)
        case "compare": try compare.read(file, into: &examples)
        case "checks": try checks.read(file, into: &examples)
        case "roles": try roles.read(file, into: &examples)
        case "dates": try dates.read(file, into: &examples)
        case "occasions": try occasions.read(file, into: &examples)
        case "headlines": try headlines.read(file, into: &examples)
        default: preconditionFailure("kind \(kind) is listed in RuleSet.keys but has no reader")
        }
    }

    /// Keys every file kind allows, besides its own.
    static let commonKeys: Set<String> = ["kind", "description"]

    /// Loads every `.yaml`/`.yml` file of `directory`, in name order.
    public static func load(directory: String) throws(RuleError) -> RuleSet {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleError(SourceLocation(file: directory, line: 0, column: 0), "no rules folder here")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            throw RuleError(SourceLocation(file: directory, line: 0, column: 0), "cannot list the folder: \(error)")
        }
        var rules = RuleSet()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = manager.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RuleError(SourceLocation(file: path, line: 0, column: 0), "cannot read the file as UTF-8")
            }
            try rules.add(yaml: text, file: path)
        }
        try rules.finish()
        return rules
    }

    /// Adds one file's rules.
    public mutating func add(yaml: String, file: String) throws(RuleError) {
        let root = try RuleNode.parse(yaml, file: file)
        guard case .mapping = root.node else { throw root.fail("a rule file must be a mapping with a 'kind'") }
        let kindNode = try root.mapping(allowed: Set(RuleSet.allKeys), what: "a rule file")["kind"]
        guard let kindNode else { throw root.fail("a rule file needs the key 'kind'") }
        let kind = try kindNode.string("'kind'")
        guard let keys = RuleSet.keys[kind] else {
            throw kindNode.fail("unknown rule kind '\(kind)' (known: \(RuleSet.keys.keys.sorted().joined(separator: ", ")))")
        }
        let mapping = try root.mapping(allowed: keys.union(RuleSet.commonKeys), required: ["kind"],
                                       what: "a '\(kind)' rule file")
        try read(kind: kind, mapping)
        files.append(file)
        // Titles and spelling classes are split as article text is, by the apostrophes the
        // rules name: again when a file adds some of them, or more apostrophes (only then: the
        // roles' titles are many, and splitting them after every file cost 2 % of `extract`).
        if kind == "compare" || kind == "apostrophes" { compare.finish(apostrophes: apostrophes.inWord) }
        if kind == "roles" || kind == "apostrophes" { roles.finish(apostrophes: apostrophes.inWord) }
    }

    /// Checks that the parts which must exist do, once every file is in.
    mutating func finish() throws(RuleError) {
        try marks.validate(files: files)
        try speakers.limits.validate(kind: "speakers", files: files)
        try headlines.limits.validate(kind: "headlines", files: files)
    }

    /// The one sentence splitter, with the rules' abbreviations and the marks around a
    /// sentence's end.
    public var sentenceSplitter: SentenceSplitter {
        SentenceSplitter(abbreviations: abbreviations.words, closers: marks.sentenceClosers, openers: marks.sentenceOpeners)
    }

    /// Each kind's own top-level keys.
    static let keys: [String: Set<String>] = [
        "marks": MarkRules.keys,
        "apostrophes": ApostropheRules.keys,
        "boilerplate": BoilerplateRules.keys,
        "kinds": KindRules.keys,
        "abbreviations": AbbreviationRules.keys,
        "cues": CueRules.keys,
        "speakers": SpeakerRules.keys,
        "outlets": OutletRules.keys,
        "compare": CompareRules.keys,
        "checks": CheckRules.keys,
        "roles": RoleRules.keys,
        "dates": DateRules.keys,
        "occasions": OccasionRules.keys,
        "headlines": HeadlineRules.keys,
    ]
    static var allKeys: [String] { Array(keys.values.reduce(commonKeys) { $0.union($1) }) }
}
