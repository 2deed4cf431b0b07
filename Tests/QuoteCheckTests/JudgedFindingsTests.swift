import Foundation
import Testing
@testable import QuoteCheckCore

/// The PolNeAR article folders of `../shared/corpus`.
enum PolnearArticles {
    static let train = TestPaths.sharedCorpus + "/polnear/train/articles"
    static let dev = TestPaths.sharedCorpus + "/polnear/dev/articles"
    static var present: Bool { FileManager.default.fileExists(atPath: train) && FileManager.default.fileExists(atPath: dev) }
}

/// The findings `check` raises over PolNeAR train + dev, held against an editor's verdicts
/// (`Tests/Fixtures/judged-findings.jsonl`, one line per finding judged by reading both
/// articles: keyed by check and the mentions' article, start and end; the verdict, the stage
/// at fault and the severities at which it is right). A finding judged wrong must not come
/// back, and a finding nobody has judged fails the test until someone reads the articles and
/// adds a verdict. Skipped, saying so, where ../shared/corpus is absent.
@Suite("Judged findings on PolNeAR train + dev",
       .enabled(if: PolnearArticles.present, "../shared/corpus/polnear is absent: skipped"))
struct JudgedFindingsTests {
    static let train = PolnearArticles.train
    static let dev = PolnearArticles.dev

    struct Verdict: Decodable {
        let check: String
        let mentions: [[Mention]]
        let verdict: String
        let stage: String?
        let correct_at: [String]
        let note: String

        enum Mention: Decodable {
            case text(String), number(Int)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
            }
            var description: String {
                switch self {
                case .text(let text): text
                case .number(let number): String(number)
                }
            }
        }

        var key: String { Self.key(check, mentions.map { $0.map(\.description).joined(separator: ":") }) }
        static func key(_ check: String, _ mentions: [String]) -> String { check + "|" + mentions.sorted().joined(separator: "|") }
    }

    /// The verdicts of one fixture file of `Tests/Fixtures`, by key.
    static func verdicts(_ fixture: String = "judged-findings.jsonl") throws -> [String: Verdict] {
        let path = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/" + fixture).path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var byKey: [String: Verdict] = [:]
        for line in lines {
            let verdict = try JSONDecoder().decode(Verdict.self, from: Data(line.utf8))
            byKey[verdict.key] = verdict
        }
        return byKey
    }

    /// `check` over `paths` held against the verdicts of `fixture`: how many findings are judged
    /// correct at their severity, the ones judged wrong that came back, and the ones nobody judged.
    static func hold(_ paths: [String], against fixture: String) throws -> (correct: Int, wrong: [String], unjudged: [String]) {
        let verdicts = try verdicts(fixture)
        let outcome = try CommandRunner.run(["check"] + paths + ["--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        var correct = 0, wrong: [String] = [], unjudged: [String] = []
        for finding in findings {
            let check = finding["check"] as? String ?? "", severity = finding["severity"] as? String ?? ""
            let mentions = (finding["mentions"] as? [[String: Any]] ?? []).map { mention in
                let article = (mention["article"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
                return "\(article):\(mention["start"] as? Int ?? -1):\(mention["end"] as? Int ?? -1)"
            }
            let summary = "\(check) [\(severity)] \(mentions.joined(separator: ", "))"
            guard let verdict = verdicts[Verdict.key(check, mentions)] else {
                unjudged.append(summary)
                continue
            }
            if verdict.verdict == "debatable" { continue }
            if verdict.correct_at.contains(severity) {
                correct += 1
            } else {
                wrong.append("\(summary): \(verdict.verdict) (stage \(verdict.stage ?? "-")): \(verdict.note)")
            }
        }
        return (correct, wrong, unjudged)
    }

    @Test("no finding judged wrong comes back, and every finding has been judged")
    func findingsHoldAgainstVerdicts() throws {
        let (correct, wrong, unjudged) = try Self.hold([Self.train, Self.dev], against: "judged-findings.jsonl")
        #expect(wrong.isEmpty, "findings judged wrong came back:\n\(wrong.joined(separator: "\n"))")
        #expect(unjudged.isEmpty, "findings nobody has judged (read both articles, add a verdict):\n\(unjudged.joined(separator: "\n"))")
        // The check must keep finding what is true.
        #expect(correct >= 2, "only \(correct) findings judged correct remain")
    }
}

/// The agency headlines of `../shared/corpus`.
enum AgencyHeadlines {
    static let path = TestPaths.sharedCorpus + "/agency-headlines/headlines.jsonl"
    static var present: Bool { FileManager.default.fileExists(atPath: path) }
}

/// The same over the agencies' 34,837 headlines (`judged-agency-findings.jsonl`): every
/// finding `check` raised there was read and judged (five name-spelling findings were false:
/// two subvariants, two pairs of rockets, a demonym, two provinces). Skipped, saying so, where
/// ../shared/corpus is absent.
@Suite("Judged findings on the agency headlines",
       .enabled(if: AgencyHeadlines.present, "../shared/corpus/agency-headlines is absent: skipped"))
struct JudgedAgencyFindingsTests {
    static let headlines = AgencyHeadlines.path

    @Test("no finding judged wrong comes back, every finding has been judged, and the true ones stay")
    func findingsHoldAgainstVerdicts() throws {
        let (correct, wrong, unjudged) = try JudgedFindingsTests.hold([Self.headlines], against: "judged-agency-findings.jsonl")
        #expect(wrong.isEmpty, "findings judged wrong came back:\n\(wrong.joined(separator: "\n"))")
        #expect(unjudged.isEmpty, "findings nobody has judged (read the headlines, add a verdict):\n\(unjudged.joined(separator: "\n"))")
        #expect(correct >= 6, "only \(correct) findings judged correct remain")
    }
}
