import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// The wire services' headline styles (issue 19), on headlines written for these tests: a feed's
/// headline given alone is a title; credits after a trailing colon, before a leading one, or
/// through a speech verb; kickers that are never speakers; labels that nobody is presented as
/// saying; nationality and title kept together when no name is given.
@Suite struct HeadlineStyleTests {
    func records(_ headline: String, outlet: String? = nil) -> [QuoteRecord] {
        Extractor(rules: TestSupport.rules).extract(Article(id: "h", text: headline, outlet: outlet))
    }

    func record(_ headline: String, quote: String) throws -> QuoteRecord {
        try #require(records(headline).first { $0.text == quote }, "no quote '\(quote)' in \(headline)")
    }

    @Test("a headline given alone is a title: its quotes are headline quotes", arguments: [
        "Harbor talks 'went nowhere': Chinese FM",
        "What is the 'green corridor' for grain ships?",
        "Dockers' 'historic' pay deal signed",
    ])
    func aloneIsTitle(headline: String) {
        let found = records(headline)
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.kind == .headline })
    }

    /// Found by the rules fuzzer (a rule example's text): a stance verb in a later part of a
    /// headline than its quote once read a range past the part's end and trapped. Also empty and
    /// unclosed quotes after a possessive, which the judging-word test reads.
    @Test("headlines that once trapped the sieve are read", arguments: [
        "Port 'calm' after storm: Lisbon minister offers aid",
        "“Not again,” Dana Pr - id: mutton: One mgre verb. rules: id:iet speech. 0 verbs[u m:tter, whice muttere`.„",
        "Mayor slams Porto's '",
        "Lisbon's ''",
    ])
    func onceTrapped(headline: String) {
        _ = records(headline)
        _ = records(headline, outlet: "BBC")
        _ = records(headline, outlet: "CGTN")
    }

    @Test("a sentence given alone is still a lede, not a title")
    func sentenceAloneIsText() throws {
        let found = try record("“We are not leaving,” the tenants told the council.", quote: "We are not leaving,")
        #expect(found.kind == .direct)
    }

    @Test("a trailing colon credit names the speaker", arguments: [
        ("Harbor talks 'went nowhere', rival ports 'bickering': Chinese FM", "went nowhere", ["Chinese FM"]),
        ("Harbor talks 'went nowhere', rival ports 'bickering': Chinese FM", "bickering", ["Chinese FM"]),
        ("Dam safety 'a grave concern': UN experts", "a grave concern", ["UN experts"]),
        ("Flood season 'nowhere near over':WMO", "nowhere near over", ["WMO"]),
        ("Grain prices to stay 'stubbornly high' into spring: Ana Duarte", "stubbornly high", ["Ana Duarte"]),
        ("Rail link 'on schedule': South Korean President", "on schedule", ["South Korean President"]),
        ("Half of drivers rate toll roads as 'poor:' pollster", "poor:", ["pollster"]),
        ("Ferry strike: 'I slept in my car for two nights' - passenger", "I slept in my car for two nights", ["passenger"]),
        ("Council has 'no plan at all' for the bypass - Ortega", "no plan at all", ["Ortega"]),
        ("Flood: Hull man says he is 'bailing out every hour'", "bailing out every hour", ["Hull man"]),
        ("Reports of secret talks 'totally false': Ministry of Defense", "totally false", ["Ministry of Defense"]),
    ])
    func trailingCredit(headline: String, quote: String, speakers: [String]) throws {
        #expect(try record(headline, quote: quote).speakers == speakers)
    }

    @Test("a document or press credit is the source as written; the press and an outlet relay a speech verb's subject")
    func anonymousAndOutletCredits() throws {
        #expect(try record("Grain exports to rise 'at least 10 percent': state media", quote: "at least 10 percent").speakers == ["state media"])
        #expect(try record("Dock wages 'lowest in a decade': survey", quote: "lowest in a decade").speakers == ["survey"])
        let reported = try record("Minister warns of 'consequences' for strikers: state media", quote: "consequences")
        #expect(reported.speakers == ["Minister"])
        #expect(reported.via == ["state media"])
        let relayed = try record("Ferry operator 'misled passengers', says minister: Reuters", quote: "misled passengers")
        #expect(relayed.speakers == ["minister"])
        #expect(relayed.via == ["Reuters"])
    }

    @Test("a kicker is never a speaker; the headline after it is read alone", arguments: [
        ("Port Focus: Dockers say wage deal 'historic'", "historic", ["Dockers"]),
        ("Explainer: What is the 'green corridor' for grain ships?", "green corridor", [String]()),
        ("Exclusive: Ferry safety 'a priority', says harbor chief", "a priority", ["harbor chief"]),
    ])
    func kickers(headline: String, quote: String, speakers: [String]) throws {
        #expect(try record(headline, quote: quote).speakers == speakers)
    }

    @Test("a leading credit speaks; a topic before the colon does not", arguments: [
        ("Envoy: 'Dialogue is the only way forward'", "Dialogue is the only way forward", ["Envoy"]),
        ("Harbor chief on floods: 'We were not ready'", "We were not ready", ["Harbor chief"]),
        ("Ukraine: Grain storage 'a global emergency'", "a global emergency", ["Ukraine"]),
        ("Harbor strike: 'We cannot feed our families'", "We cannot feed our families", [String]()),
        ("Heatwave: 'My garden has turned to dust'", "My garden has turned to dust", [String]()),
        ("Lisbon: Ferry captain says crew 'did everything right'", "did everything right", ["Ferry captain"]),
    ])
    func leadingCredits(headline: String, quote: String, speakers: [String]) throws {
        #expect(try record(headline, quote: quote).speakers == speakers)
    }

    @Test("a quoted label that nobody is presented as saying has no speaker, even under a credit", arguments: [
        "Minister vows zero tolerance for 'sea independence' scheme",
        "Opposition rallies against so-called 'harbor tax'",
        "Port authority criticizes 'Blue Lane' scheme",
        "Senior diplomat warns rivals against playing 'Strait card'",
        "'Night market' plan revives old town, says mayor",
    ])
    func labels(headline: String) throws {
        let found = records(headline)
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.speakers.isEmpty })
    }

    @Test("a quoted word of judgement before a noun is somebody's words", arguments: [
        ("Premier slams 'reckless and dangerous' claims over dam", "reckless and dangerous", ["Premier"]),
        ("Tehran rejects 'baseless' US accusations", "baseless", ["Tehran"]),
    ])
    func judgementIsSaid(headline: String, quote: String, speakers: [String]) throws {
        #expect(try record(headline, quote: quote).speakers == speakers)
    }

    @Test("nationality and title stay together when no name is given", arguments: [
        ("Chinese FM says rival 'playing with fire'", "playing with fire", "Chinese FM"),
        ("Japanese Defense Ministry calls drills 'provocative'", "provocative", "Japanese Defense Ministry"),
        ("White House says talks 'productive'", "productive", "White House"),
        ("Harbor mayor warns winter will be 'grim'", "grim", "Harbor mayor"),
    ])
    func nationalityAndTitle(headline: String, quote: String, speaker: String) throws {
        #expect(try record(headline, quote: quote).speakers == [speaker])
    }

    @Test("a subject with a quoted predicate and no speech verb is not credited in a headline alone")
    func quotedPredicateAlone() throws {
        #expect(try record("Port operator 'fully committed' to new terminal", quote: "fully committed").speakers.isEmpty)
    }

    @Test("a wire headline's past participle is passive: its subject is not the speaker")
    func passiveParticiple() throws {
        #expect(try record("Slow response by ferry crews called 'wrong decision'", quote: "wrong decision").speakers.isEmpty)
        #expect(try record("Minister slams ferry crews over 'wrong decision'", quote: "wrong decision").speakers == ["Minister"])
        // ("crews' 'wrong decision'" is a possessive's, and a headline alone credits nobody with one.)
        #expect(try record("Minister slams ferry crews' 'wrong decision'", quote: "wrong decision").speakers.isEmpty)
    }

    @Test("a quote that runs into a verb's subject is not the subject's words; a quote set off by a comma is")
    func quoteInsideSubject() throws {
        let text = "Ports reopen\n\nWhat the mayor's 'unscripted' harbor tours reveal about the city\n\nThe ports reopened on Monday."
        #expect(try record(text, quote: "unscripted").speakers.isEmpty)
        #expect(try record("'We are all here,' Harbor chief says in video", quote: "We are all here,").speakers == ["Harbor chief"])
        #expect(try record("Harbor reopening 'a great success', expert says", quote: "a great success").speakers == ["expert"])
    }

    @Test("a quote that opens the headline and runs into its verb is a thing named, not speech")
    func quotedSubject() throws {
        #expect(try record("'Dollar selling' does not mean capital flight: finance chief", quote: "Dollar selling").speakers.isEmpty)
        #expect(try record("'Outflow is over': finance chief", quote: "Outflow is over").speakers == ["finance chief"])
    }

    @Test("U.S.'s and a possessive after a name open no quote")
    func possessiveStyles() {
        let found = records("U.S.'s 'reckless' moves threaten region's peace: FM spokesperson")
        #expect(found.map(\.text) == ["reckless"])
        #expect(found.first?.speakers == ["FM spokesperson"])
    }

    @Test("two subjects joined by a comma, with a verb that agrees with both, both speak")
    func commaJoinedSubjects() throws {
        #expect(try record("Peru, Chile agree on 'lasting partnership' over fisheries", quote: "lasting partnership").speakers == ["Peru", "Chile"])
        #expect(try record("Dutch PM, Belgian premier agree to meet 'soon' on border tolls", quote: "soon").speakers == ["Dutch PM", "Belgian premier"])
        // A singular verb has one subject: the phrase before the comma is something else.
        #expect(try record("Floods, drought: minister vows 'no more delays' on dams", quote: "no more delays").speakers == ["minister"])
    }

    @Test("a leading credit with 'on' and a long topic still credits; 'hints' is a speech verb")
    func longTopicAfterCreditAndHints() throws {
        let article = """
        Ruiz on Hale Releasing His Harbour Board Speech Transcripts: ‘I Think He Will.’

        Senator Ana Ruiz said on Friday she thought Tom Hale would release the transcripts.
        """
        #expect(try record(article, quote: "I Think He Will.").speakers == ["Ana Ruiz"])
        let hints = """
        'Toll road people' his secret weapon, Hale hints

        Mayor Tom Hale on Tuesday seemed to say that “toll road people” would carry the vote.
        """
        #expect(try record(hints, quote: "Toll road people").speakers == ["Tom Hale"])
    }
}
