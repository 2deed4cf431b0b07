import Testing
@testable import QuoteCheckCrossCheck

/// Stories carried by several wires in the agencies' house styles (Tests/Fixtures/wire-stories.jsonl,
/// written for the project): datelines and "Enditem", a byline line, a closing "(CGTN)" or
/// "(END)", an acronym spelt out in one wire and not in another ("the JCS", "Joint Chiefs"), one
/// office written several ways ("State Councilor and Foreign Minister", "top diplomat"; "Vice"
/// and "Deputy Foreign Minister"; "Premier" and "Prime Minister"), a state named by its capital
/// in one wire and as "the North" in another, a Japanese name with the family name first in one
/// outlet ("Kishida Fumio"), a given name hyphenated in one wire, a vice minister written "Senior
/// Vice" in one wire and promoted to minister in another, and quotes relayed "according
/// to" a statement or state media, "quoted as saying by" it, or as "KCNA quoted a spokesperson …
/// as saying"; and three Western stories (an EU summit, a court ruling, a storm) where outlets
/// trim a quote and give the rest in their own words ("…," Kessler added, saying …), name a
/// judge by her court ("U.S. District Judge") and change a number written as a word; lines a
/// ministry gives in one wire and its spokeswoman in another ("foreign ministry spokeswoman Mao
/// Ning told …"), as do a police bureau and its spokesman, one of them credited in another to
/// another country's ministry spokesman; a minister's line in two translations; the WHO chief
/// as "WHO Director-General Tedros Adhanom Ghebreyesus" in one wire and "Tedros" in another;
/// and a football manager's line cut at its "and" by one outlet. Every
/// finding the check raised on them has been read as an editor would; these are the ones that
/// stand, and no other may come back.
@Suite struct WireStoriesTests {
    static let input = TestSupport.path("Tests/Fixtures/wire-stories.jsonl")

    @Test func onlyTheFindingsAnEditorKeepsAreRaised() {
        let (analyses, errors) = TestSupport.analyse([Self.input])
        #expect(errors.isEmpty)
        #expect(analyses.count == 61)
        let report = TestSupport.checker.check(analyses, inputErrors: errors)
        let found = report.findings.map { finding in
            "\(finding.check.rawValue):\(finding.severity.rawValue) " + finding.evidence.map(\.article).joined(separator: " ")
        }
        #expect(found == [
            // China Daily gives the spokesperson's line to the foreign minister, in other words.
            "speaker-conflict:error xinhua-diaoyu cd-diaoyu",
            // Kyodo gives the Chinese ministry's line to Japan's foreign ministry spokesman.
            "speaker-conflict:error xinhua-islands kyodo-islands",
            // The local paper has Gulf Power's crews from "four" states, where AP and CNN say "six".
            "wording-drift:error ap-storm local-storm",
            // AFP makes Kyodo's vice foreign minister the foreign minister.
            "role-conflict:error kyodo-maritime-talks afp-maritime-talks",
            // The BBC ends the JCS's sentence at "posture," without the words Yonhap carries.
            "truncated-quote:warning yonhap-launch bbc-launch",
            // AP drops "concerned" from the spokesperson's "all parties concerned".
            "wording-drift:warning xinhua-mfa ap-mfa",
            // AP's de Groot says "a compromise that nobody loves but that everybody can live with".
            "wording-drift:warning reuters-price-cap ap-price-cap",
            // Reuters ends Berg's sentence at "the second half," where AP goes on.
            "truncated-quote:warning ap-match reuters-match",
        ], "\(report.findings.map(\.message))")
    }
}
