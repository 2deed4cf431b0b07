// libFuzzer target: arbitrary YAML as one rule file, loaded strictly on top of the project's
// rules, then its own examples run against the whole set (as `quotecheck rules test` would).
//
// A file that does not load must fail with a `RuleError` naming a place in it; it must never
// trap, hang or leak. A file that loads has its examples run: a failing example is fine (the
// text is arbitrary), a crash in running one is not.
import FuzzSupport
@testable import QuoteCheckCore

/// The project's rules, loaded once; every input starts from a copy.
private let base = FuzzSupport.projectRules()

@main
enum FuzzRules {
    static func main() { FuzzSupport.runDriver(fuzzRules) }
}

/// One input; libFuzzer calls it over and over. Returns 0 (the input may join the corpus).
/// Exported under the name libFuzzer's own `main` (linked in, unused) refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // RuleSet.load reads files as UTF-8 and refuses what is not: the same here.
    guard let yaml = String(validating: bytes, as: UTF8.self) else { return 0 }
    var rules = base
    let known = rules.examples.count
    do {
        try rules.add(yaml: yaml, file: "fuzz.yaml")
        try rules.finish()
    } catch {
        precondition(error.location.file == "fuzz.yaml",
                     "a rule error names another file: \(error)")
        _ = error.description
        return 0
    }
    for example in rules.examples[known...] { _ = example.check(rules) }
    return 0
}
