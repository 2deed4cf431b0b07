import Foundation
import QuoteCheckCore
import Testing
@testable import QuoteCheckRules

/// Every example of every rule file under `rules/` holds: one test case per rule file, generated
/// from the folder's listing, so a new rule file is tested without touching this suite.
@Suite("Rule examples")
struct RuleExampleTests {
    /// The rule files of the project, by name.
    static let ruleFiles: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.rulesFolder))
        .map { $0.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted() } ?? []

    @Test("rules/ holds rule files")
    func rulesFolderIsNotEmpty() {
        #expect(!Self.ruleFiles.isEmpty, "no .yaml files in \(Fixtures.rulesFolder)")
    }

    @Test("every example of the rule file holds", arguments: ruleFiles)
    func examplesHold(file: String) throws {
        let rules = try Fixtures.rules()
        let examples = rules.examples.filter { URL(fileURLWithPath: $0.location.file).lastPathComponent == file }
        #expect(!examples.isEmpty, "\(file) carries no examples")
        for example in examples {
            if let failure = example.check(rules) {
                Issue.record("\(example.location): \(example.ruleID): \(failure)")
            }
        }
    }

    @Test("RuleSet.runExamples reports no failure for rules/")
    func runExamplesIsClean() throws {
        let rules = try Fixtures.rules()
        #expect(rules.examples.count > 20)
        #expect(rules.runExamples() == [])
    }
}
