// libFuzzer target: arbitrary YAML as one rule file, loaded strictly on top of the project's
// rules, then its own examples run against the whole set (as `quotecheck rules test` would).
//
// A file that does not load must fail with a `RuleError` naming a place in it; it must never
// trap, hang or leak. A file that loads has its examples run: a failing example is fine (the
// text is arbitrary), a crash in running one is not.
import FuzzSupport
@testable import QuoteCheckCore
@testable import QuoteCheckRules

/// The project's rules, loaded once; every input starts from a copy.
private let base = FuzzSupport.projectRules()

@main
enum FuzzRules {
    static func main() { FuzzSupport.run(fuzzRules) }
}

/// One input; libFuzzer calls it over and over.
private func fuzzRules(_ bytes: [UInt8]) {
    // RuleSet.load reads files as UTF-8 and refuses what is not: the same here.
    guard let yaml = String(validating: bytes, as: UTF8.self) else { return }
    var rules = base
    let known = rules.examples.count
    do {
        try rules.add(yaml: yaml, file: "fuzz.yaml")
        try rules.finish()
    } catch {
        precondition(error.location.file == "fuzz.yaml",
                     "a rule error names another file: \(error)")
        _ = error.description
        return
    }
    for example in rules.examples[known...] { _ = example.check(rules) }
}
