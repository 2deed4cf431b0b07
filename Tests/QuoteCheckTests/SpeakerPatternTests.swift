import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction

/// The speaker patterns that failed on news the rules were never tuned on, each on a short
/// article written for it: a proper-noun fragment is no speaker, verbs that share a subject,
/// manner verbs, a verb no list holds after a quote, a quote whose clause names its speaker
/// without a cue, quantifiers as speakers, and the confidence each attribution carries.
@Suite struct SpeakerPatternTests {
    func record(_ text: String, quote: String) throws -> QuoteRecord {
        let records = Extractor(rules: TestSupport.rules).extract(Article(id: "test", text: text))
        return try #require(records.first { $0.text == quote }, "no quote '\(quote)'")
    }

    @Test("the tail of a place name is no speaker: a participle shares the subject of its clause")
    func placeNameIsNoSpeaker() throws {
        let text = """
        Mayor Dana Whitfield opened the ferry terminal on Monday.

        Speaking at a town hall in Salem, New Hampshire, Whitfield went after her rival, calling him “a total stiff.”
        """
        let found = try record(text, quote: "a total stiff.")
        #expect(found.speakers == ["Dana Whitfield"])
        #expect(found.cue == "calling")
    }

    @Test("an age before a name ('76-year-old Morton Blackwell') is part of the subject, and the appositive after it is not the speaker")
    func ageBeforeName() throws {
        let found = try record("""
        Conservatives lined up behind the senator on Tuesday.

        76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying he “has shown real courage.”
        """, quote: "has shown real courage.")
        #expect(found.speakers == ["Morton Blackwell"])
    }

    @Test("a capital that opens a sentence ('And Sanders …') makes no full name, so 'she' finds the woman named before")
    func sentenceOpenerIsNoFirstName() throws {
        let found = try record("""
        Senator Maria Delgado and Governor Tom Sanders traded blows on Monday.

        And Sanders kept up his attacks on the senator over her record.

        Two weeks after Delgado lost her cool on a rope line, jabbing her finger at an activist as she angrily said, “I am so sick of the Sanders campaign lying” about her record, Sanders went after her again.
        """, quote: "I am so sick of the Sanders campaign lying")
        #expect(found.speakers == ["Maria Delgado"])
    }

    @Test("a verb joined by 'but' shares the main clause's subject, not the agent of a fronted 'Asked by …'")
    func coordinatedVerbSkipsFrontedAgent() throws {
        let found = try record("""
        Mayor Ellen Park defended the transit budget on Thursday.

        Asked by Hollis if he regretted the vote, Park said that he did not, but was referring to “a different kind of budget.”
        """, quote: "a different kind of budget.")
        #expect(found.speakers == ["Ellen Park"])
    }

    @Test("a person named after a dash and before the quote's colon speaks, not the subject of the cue before the dash")
    func nameBeforeColonAfterDash() throws {
        let found = try record("""
        The county's polls closed early on Tuesday.

        Pollsters agree - Dana Wolfe: “Turnout decides everything in this race.”
        """, quote: "Turnout decides everything in this race.")
        #expect(found.speakers == ["Dana Wolfe"])
        #expect(found.speakerRule == "colon-subject/name")
    }

    @Test("a title whose person stands between commas ('The trade minister, Pavel Orlov, plays down …') is the subject 'he' looks to")
    func appositiveSubjectIsPronounAntecedent() throws {
        let found = try record("""
        Port talks stall.

        A survey by analyst Mira Holt found that dockers fear “a slow squeeze” on wages.

        The trade minister, Pavel Orlov, plays down such fears. The port may be small, he says.

        “Our answer is simple: we build,” he said.
        """, quote: "Our answer is simple: we build,")
        #expect(found.speakers == ["Pavel Orlov"])
    }

    @Test("a speech noun's owner speaks the clause after it, a short phrase between ('Ruiz's suggestion at a town hall that …')")
    func speechNounWithPhraseBeforeClause() throws {
        let found = try record("""
        The governor kept her seat.

        The governor won in 2018 partly because of Senator Ruiz's patronizing suggestion at a town hall that she was “nice enough.”
        """, quote: "nice enough.")
        #expect(found.speakers == ["Ruiz"])
    }

    @Test("the tail of a clause ('… a party that elevated his father …') is no group that speaks")
    func clauseTailIsNoGroup() throws {
        let found = try record("""
        The senator quit the race.

        In his tearful farewell to a Harbour Party that elevated his father and brother to the town hall, there were two words that a choked-up Tom Reyes could not bring himself to utter: “Dana Whitfield.”
        """, quote: "Dana Whitfield.")
        #expect(found.speakers.allSatisfy { !$0.contains("elevated") })
    }

    @Test("an adverb that opens a sentence is no first name ('Interestingly Hale stated' is Hale's)")
    func sentenceAdverbIsNoFirstName() throws {
        let found = try record("""
        Councillor Marta Hale opposed the plan from the start.

        Interestingly Hale stated that the council “must be careful not to overreach.”
        """, quote: "must be careful not to overreach.")
        #expect(found.speakers == ["Marta Hale"])
    }

    @Test("a quote whose cue names nobody the article can name ends the run: the next quote is not the earlier speaker's")
    func unnamedCueEndsContinuation() throws {
        let text = """
        Mayor Ellen Park spoke first. “We are ready,” Park said.

        “The budget is balanced,” the statement said. “Taxes will not rise.”
        """
        let found = try record(text, quote: "Taxes will not rise.")
        #expect(found.speakers.isEmpty)
    }

    @Test("a title joined to a name by 'and' ('Former prosecutor and Harbour Mayor Rita Vance') is one person, not two")
    func titleAndNameAreOnePerson() throws {
        let found = try record("""
        The port audit was released on Monday.

        Former prosecutor and Harbour Mayor Rita Vance, who backs the union, trashed the audit on the radio, calling it “a whitewash.”
        """, quote: "a whitewash.")
        #expect(found.speakers == ["Rita Vance"])
    }

    @Test("a participle that opens the sentence ('Concerning the treaty, …') is no subject")
    func openingParticipleIsNoSubject() throws {
        let found = try record("""
        Mayor Ellen Park and Governor Tom Reyes met on Friday.

        Concerning the harbour treaty, both agreed it was only “provisional.”
        """, quote: "provisional.")
        #expect(!found.speakers.contains("Concerning"))
    }

    @Test("the writer's own 'I said' keeps its cue, names nobody, and the quotes after it are not the earlier speaker's")
    func firstPersonNamesNobody() throws {
        let text = """
        Column.

        Mayor Ellen Park said the budget was “balanced.”

        “I doubt it,” I said. “Show me the books.”
        """
        let own = try record(text, quote: "I doubt it,")
        #expect(own.speakers.isEmpty)
        #expect(own.cue == "said")
        #expect(try record(text, quote: "Show me the books.").speakers.isEmpty)
    }

    @Test("a lone modifier or number word that opens a sentence ('Four hours earlier, …') names nobody")
    func loneModifierIsNoSpeaker() throws {
        let found = try record("""
        The ferry union won the vote by a wide margin on Tuesday.

        Four hours earlier, a memo from the port company was released stating that the loss was “long anticipated.”
        """, quote: "long anticipated.")
        #expect(!found.speakers.contains("Four"))
    }

    @Test("a speaker's name keeps the apostrophe the article prints, curly or straight")
    func apostropheAsPrinted() throws {
        let curly = try record("“We will rebuild the pier,” said Brett O’Donnell, the harbour master. O’Donnell added: “Soon.”",
                               quote: "Soon.")
        #expect(curly.speakers == ["Brett O’Donnell"])
        let straight = try record("“We will rebuild the pier,” said Brett O'Donnell, the harbour master.", quote: "We will rebuild the pier,")
        #expect(straight.speakers == ["Brett O'Donnell"])
    }

    @Test("a verb joined by 'and' shares the subject of the first verb, not the place before it")
    func coordinatedVerb() throws {
        let found = try record("Carson Bell took the stage Tuesday at the Grand Hotel in Baltimore and called the plan “rotten to the core.”",
                               quote: "rotten to the core.")
        #expect(found.speakers == ["Carson Bell"])
        let added = try record("In a jail interview, Lazar Petrov said he welcomed extradition to the United States and added, “I'll plead guilty, no problem.”",
                               quote: "I'll plead guilty, no problem.")
        #expect(added.speakers == ["Lazar Petrov"])
    }

    @Test("a participle after a reported clause goes to the main clause's speaker")
    func participleAfterReportedClause() throws {
        let found = try record("Senator Ida Cardin said Wednesday that opponents rejected her amendment, calling it an “area of contention.”",
                               quote: "area of contention.")
        #expect(found.speakers == ["Ida Cardin"])
    }

    @Test("a participle after “…,” X added goes to X, the frame's speaker, not the quoted clause's")
    func participleAfterQuoteFrame() throws {
        let text = """
        Harbour master Lena Ortiz met the inspectors on Friday.

        Ortiz cannot say that “the cranes are safe,” union leader Paul Brandt added, saying it should be “up to the inspectors to decide.”
        """
        let found = try record(text, quote: "up to the inspectors to decide.")
        #expect(found.speakers == ["Paul Brandt"])
        #expect(found.cue == "saying")
    }

    @Test("manner verbs attribute as 'said' does", arguments: [
        ("“Sit down and let me finish,” Councillor Rosa Lind snapped.", "Sit down and let me finish,", "Rosa Lind", "snapped"),
        ("“They are all here for the free coffee,” Ben Ortega shot back with a laugh.", "They are all here for the free coffee,", "Ben Ortega", "shot back"),
        ("Coach Ida Sorensen referred to the referee as “a disgrace” after the match.", "a disgrace", "Ida Sorensen", "referred to"),
    ])
    func mannerVerbs(text: String, quote: String, speaker: String, cue: String) throws {
        let found = try record(text, quote: quote)
        #expect(found.speakers == [speaker])
        #expect(found.cue == cue)
        #expect(found.confidence == .high)
    }

    @Test("a person and a verb no list holds, right after speech, attribute it (low confidence)")
    func unlistedVerbAfterQuote() throws {
        let text = """
        Talks between the port authority and the union dragged on past midnight.

        “People are tired of waiting for an answer,” Rhoda Vance surmised.
        """
        let found = try record(text, quote: "People are tired of waiting for an answer,")
        #expect(found.speakers == ["Rhoda Vance"])
        #expect(found.cue == "surmised")
        #expect(found.confidence == .low)
    }

    @Test("no cue, but the clause's subject is a person: that person, not the previous speaker")
    func clauseSubjectBeatsContinuation() throws {
        let text = """
        “We saved the company,” said Tom Arden, the board chair.

        On the campaign trail, Fiorella Diaz routinely casts herself as a “change warrior” for the firm.
        """
        let found = try record(text, quote: "change warrior")
        #expect(found.speakers == ["Fiorella Diaz"])
        #expect(found.cue == nil)
        #expect(found.confidence == .low)
    }

    @Test("a quote with no cue and no subject of its own still continues the last speaker")
    func continuationStays() throws {
        let text = """
        “We saved the company,” said Tom Arden, the board chair.

        “And we will save it again.”
        """
        let found = try record(text, quote: "And we will save it again.")
        #expect(found.speakers == ["Tom Arden"])
        #expect(found.confidence == .medium)
    }

    @Test("a quantifier standing alone is a speaker kept as written")
    func quantifierSubject() throws {
        let text = """
        Readers wrote in by the hundred after the column ran.

        Another said he hoped with his “whole heart” that the mayor would win.
        """
        #expect(try record(text, quote: "whole heart").speakers == ["Another"])
    }

    @Test("a cue word after an article or a possessive is a noun, not the cue")
    func cueWordAsNoun() throws {
        let text = """
        Governor Ana Ruiz met the press on Friday.

        Critics seized on Ruiz's remarks, and Senator Paul Okoro called them “a new low.”
        """
        let found = try record(text, quote: "a new low.")
        #expect(found.speakers == ["Paul Okoro"])
    }

    @Test("a line of its own with a dash and a name credits the quotes above it")
    func dashCreditLine() throws {
        let text = """
        The fact check looked at three claims from the debate.

        "Almost all new income is going to the top one percent."

        - Ada Brennan.

        The figure is out of date.
        """
        let found = try record(text, quote: "Almost all new income is going to the top one percent.")
        #expect(found.speakers == ["Ada Brennan"])
        #expect(found.speakerRule?.hasPrefix("dash-credit") == true)
    }

    @Test("a surname that is also a function word is a name where the article gives it in full")
    func functionWordSurname() throws {
        let text = """
        The columnist George Will turned on the front-runner this week.

        "This might hasten the eclipse of the outsiders," Will wrote.
        """
        #expect(try record(text, quote: "This might hasten the eclipse of the outsiders,").speakers == ["George Will"])
    }

    @Test("'she' goes to the last woman who spoke, past a man who spoke after her")
    func pronounGender() throws {
        let text = """
        “The port will not close,” said Harbour Master Rhoda Vance.

        Her deputy, Tom Arden, told reporters the cranes were safe. “We checked every one,” Mr. Arden said.

        “We will reopen on Monday,” she said.
        """
        #expect(try record(text, quote: "We will reopen on Monday,").speakers == ["Rhoda Vance"])
    }

    @Test("'she' after a sentence whose subject is a woman goes to her, not to the last woman quoted")
    func pronounFollowsSubject() throws {
        let text = """
        “Membership has fallen for six years,” said Lesley Dutton, who runs a club in Naples.

        Michelle Tanzer, a lawyer who advises resort owners, has helped clubs add pools and gyms. The golf business, she said, is “doing much better than it has since 2009.”
        """
        #expect(try record(text, quote: "doing much better than it has since 2009.").speakers == ["Michelle Tanzer"])
    }

    @Test("a surname that is also a linking word ('From') is a name before its cue")
    func linkingWordSurname() throws {
        let text = """
        Al From, who founded the council in 1985, still advises the party.

        Voters saw it as "the party of big government," From said.
        """
        #expect(try record(text, quote: "the party of big government,").speakers == ["Al From"])
    }

    @Test("an age and a home town set off by commas stand between a name and its cue")
    func ageAndHomeTownAppositive() throws {
        let text = "Cory Dale, 22, of Flint, Mich., said he still hoped for a convention “surprise,” because he could never vote for the favourite."
        #expect(try record(text, quote: "surprise,").speakers == ["Cory Dale"])
    }

    @Test("a time phrase stands between a subject and its cue")
    func timePhraseBeforeCue() throws {
        let text = "The clinic has become such a fixture that Mayor Ana Ruiz during a Sunday visit thanked the nurses “for their courage” and promised more staff."
        #expect(try record(text, quote: "for their courage").speakers == ["Ana Ruiz"])
    }

    @Test("a question, then a name with an appositive and the cue: one sentence")
    func questionThenAppositiveCue() throws {
        let text = """
        Two volunteers sit by the door with a list of numbers.

        “Are you voting on Saturday?” Eva Marsh, a retired teacher from the east side, asked pleasantly into the phone.
        """
        #expect(try record(text, quote: "Are you voting on Saturday?").speakers == ["Eva Marsh"])
    }

    @Test("a cue that opens its sentence names the speaker after it ('Said Voss, …')")
    func invertedCueOpensSentence() throws {
        let text = """
        Inspectors found no fault with the dam, and the board's chairman, Harlan Voss, welcomed the report.

        Said Voss, “We have nothing to hide and never had.”
        """
        let found = try record(text, quote: "We have nothing to hide and never had.")
        #expect(found.speakers == ["Harlan Voss"])
        #expect(found.cue == "Said")
    }

    @Test("a quote inside a person's possessive noun phrase is that person's words", arguments: [
        ("Donors worried about Senator Lena Ward's pledge to stay “neutral” in the primary.", "neutral", "Lena Ward"),
        ("Governor Paul Rand's “47 percent” remark was nearly as dismissive.", "47 percent", "Paul Rand"),
        ("Critics doubted Mayor Joe Kettle's lofty promise of a “revolution” at city hall.", "revolution", "Joe Kettle"),
        // the noun is a cue word, but no cue of the sentence names a source
        ("While Senator Ben Hale's clarion call for a “revolution” draws crowds, his rival's plans draw yawns.", "revolution", "Ben Hale"),
        ("The rabbis' worries go beyond Governor Ada Quint's controversial pledge to be “neutral” in the talks.", "neutral", "Ada Quint"),
    ])
    func possessiveNounPhrase(text: String, quote: String, speaker: String) throws {
        let found = try record(text, quote: quote)
        #expect(found.speakers == [speaker])
    }

    @Test("a possessive is no speaker where a cue or a verb stands between it and the quote, or the sentence has a cue")
    func possessiveWithVerbOrCueIsNotTaken() throws {
        #expect(try record("Senator Lena Ward's aide Tom Ruiz called the plan “a disaster.”", quote: "a disaster.").speakers == ["Tom Ruiz"])
        #expect(try record("Critics of Senator Lena Ward's plan backed the “bold” parts of it.", quote: "bold").speakers != ["Lena Ward"])
        #expect(try record("Judge Ada Holm said Senator Lena Ward's “judgment” is in question.", quote: "judgment").speakers == ["Ada Holm"])
    }

    @Test("a name, 'of the' and an institution: the person, not the institution")
    func nameOfTheInstitution() throws {
        let text = "“Big tax cuts do not work in an age of heavy debt,” Mara Quist of the American Policy Institute wrote recently."
        #expect(try record(text, quote: "Big tax cuts do not work in an age of heavy debt,").speakers == ["Mara Quist"])
    }

    @Test("a cue that ends in a colon introduces the next quote, not the one before it")
    func colonCueIntroducesNextQuote() throws {
        let text = """
        Rana Alawi and her husband, Omar Zahid, fled Kabul last spring.

        “We are refugees,” Ms. Alawi said. “We are not terrorists.” Mr. Zahid said: “The attack is the work of terrorists.”
        """
        #expect(try record(text, quote: "We are not terrorists.").speakers == ["Rana Alawi"])
        #expect(try record(text, quote: "The attack is the work of terrorists.").speakers == ["Omar Zahid"])
    }

    @Test("a cue reporting a clause whose own cue is nearer the quote: the outer speaker's words")
    func outerSpeakerOfReportedClause() throws {
        let text = "Governor Ray Dunn said network executives were calling “every 15 minutes” before the debate."
        #expect(try record(text, quote: "every 15 minutes").speakers == ["Ray Dunn"])
        let earlierClause = "While not everything Ron Tramp says is true, Professor Kay Jamison said Tramp is “telling his supporters what they want.”"
        #expect(try record(earlierClause, quote: "telling his supporters what they want.").speakers == ["Kay Jamison"])
        let chained = "Mayor Lise Ortner said the council told voters that taxes would “never rise.”"
        #expect(try record(chained, quote: "never rise.").speakers == ["Lise Ortner"])
        // Two clauses side by side: each cue keeps its own quote.
        let sideBySide = "Senator Ames Colby called the statement “outlandish,” while Ivo Brandt said the plan “cannot work.”"
        #expect(try record(sideBySide, quote: "cannot work.").speakers == ["Ivo Brandt"])
    }

    @Test("a cue word right after a verb cue is its object, not a second cue")
    func cueWordAfterVerbCueIsANoun() throws {
        let text = "The candidate spent the week uttering charges that the columnist Rush Lamb, for one, called “party lingo.”"
        #expect(try record(text, quote: "party lingo.").speakers == ["Rush Lamb"])
    }

    @Test("the clause subject of a quote without cues: a verb after a name is no modifier, a parenthesis is passed")
    func clauseSubjectPastVerbAndParenthesis() throws {
        let text = """
        Rep. Tomas Greer questioned the clerk for an hour.

        Moreover, as part of the exchange, Greer referenced an inspector general's report that "less than one percent of the files" were kept.

        Greer (who is not known for kind words) read the ruling twice and found both parts of it "sound."
        """
        for quote in ["less than one percent of the files", "sound."] {
            let found = try record(text, quote: quote)
            #expect(found.speakers == ["Tomas Greer"])
            #expect(found.speakerRule?.hasPrefix("clause-subject") == true, "\(quote): \(found.speakerRule ?? "no rule")")
        }
    }

    @Test("a participle after a quote that ends in a comma shares the clause's subject; it is never inverted")
    func participleAfterQuotedComma() throws {
        let text = "Mayor Dana Whitfield has delivered a defense of “river town values,” saying the city embodied the “grit and heart of the valley.”"
        #expect(try record(text, quote: "river town values,").speakers == ["Dana Whitfield"])
        #expect(try record(text, quote: "grit and heart of the valley.").speakers == ["Dana Whitfield"])
    }

    @Test("after a full stop, a name and a cue that opens a reported clause start a new sentence")
    func reportedClauseAfterFullStop() throws {
        let text = """
        “It is a sad day,” Senator Ted Ruiz told reporters in Laramie. “This is what a culture of insults brings.” Governor Jon Kasik said he would have fired the aide.
        """
        #expect(try record(text, quote: "This is what a culture of insults brings.").speakers == ["Ted Ruiz"])
    }

    @Test("a name with an abbreviated party and state, then the cue, after an exclamation")
    func exclamationThenNameWithStateAndCue() throws {
        let text = """
        The museum waived its fee during the convention, according to spokesman Todd Mesa.

        "Perpetual motion!" Rep. Glen Tomson, R-Pa., said of the week.
        """
        #expect(try record(text, quote: "Perpetual motion!").speakers == ["Glen Tomson"])
    }

    @Test("an inverted cue at the end of the sentence, or opening a lead-in with a colon")
    func invertedCueClosingTheSentence() throws {
        let text = """
        Former governor Mara Kunin watched the race closely.

        "This will be a challenge" for the front-runner, said Kunin.

        Stated Kunin:

        "She can never be as far left as her rival."
        """
        #expect(try record(text, quote: "This will be a challenge").speakers == ["Mara Kunin"])
        #expect(try record(text, quote: "She can never be as far left as her rival.").speakers == ["Mara Kunin"])
    }

    @Test("a clause subject after the clause's small opening words; a parenthesis before an appositive")
    func subjectAfterOpeningWordsAndParenthesis() throws {
        let text = """
        Senator Rita Vale tweeted about the flood twice.

        And then Vale went fully on the attack, saying, "Will the governor finally admit the levees failed?"

        But Sen. Oren Durkin (D-Ill.), noting the size of the crowd, said, "Let me tell you, she has a following."

        The clinic has become such a fixture that Mayor Ana Ruiz during a Sunday thanked the nurses “for their courage.”
        """
        #expect(try record(text, quote: "Will the governor finally admit the levees failed?").speakers == ["Rita Vale"])
        #expect(try record(text, quote: "Let me tell you, she has a following.").speakers == ["Oren Durkin"])
        #expect(try record(text, quote: "for their courage.").speakers == ["Ana Ruiz"])
    }

    @Test("a headline without a cue: its subject acts on the quote a few words later, or owns it")
    func headlineSubject() throws {
        let glad = """
        Ruiz 'glad to finish' feud with Kasik

        Sen. Ted Ruiz continued his attacks on Jon Kasik on Saturday.
        """
        let found = try record(glad, quote: "glad to finish")
        #expect(found.speakers == ["Ted Ruiz"])
        #expect(found.confidence == .low)
        let owned = """
        Pence blames media for Kasik's 'mayor founded the gang' flap

        Gov. Mike Pence on Thursday blamed the media for an uproar over Jon Kasik's claim that the "mayor founded the gang."
        """
        #expect(try record(owned, quote: "mayor founded the gang").speakers == ["Jon Kasik"])
        // A subject the article never names as a person is no speaker.
        let label = """
        Storm 'worst in decades' hits the coast

        The storm flooded three towns overnight.
        """
        #expect(try record(label, quote: "worst in decades").speakers.isEmpty)
    }

    @Test("a first line of a few words with a full stop and no comma is the title; its subject is the headline's speaker")
    func stoppedTitle() throws {
        let text = """
        Judge Holm blocks state's 'river rights' law.

        Judge Ada Holm late Thursday issued an injunction against the bill, a "river rights" law, she wrote.
        """
        let found = try record(text, quote: "river rights")
        #expect(found.kind == .headline)
        #expect(found.speakers == ["Ada Holm"])
        // A label the body never quotes is nobody's words.
        let unquoted = try record("Judge Holm blocks state's 'river rights' law.\n\nJudge Ada Holm issued an injunction.", quote: "river rights")
        #expect(unquoted.speakers.isEmpty)
    }

    @Test("a relative clause between a subject and 'and' + verb does not lend its words as the subject")
    func relativeClauseBeforeCoordinatedVerb() throws {
        let text = "Priebus, who has been in daily contact with the campaign for months, arrived at a breakfast and acknowledged that he had only “read the passages quickly.”"
        #expect(try record(text, quote: "read the passages quickly.").speakers == ["Priebus"])
    }

    @Test("a name right before a colon introduces the quote after it")
    func nameBeforeColon() throws {
        let text = """
        The race has tightened in the south.

        The demographic picture matters too - Philippa Baum: “Two weeks ago, his strongest territory had the lowest turnout.”
        """
        #expect(try record(text, quote: "Two weeks ago, his strongest territory had the lowest turnout.").speakers == ["Philippa Baum"])
        let object = "Senate leader Mitch Connell delivered a blunt message to Ron Tramp: “It's time to quit attacking people.”"
        #expect(try record(object, quote: "It's time to quit attacking people.").speakers == ["Mitch Connell"])
    }

    @Test("the speaker carried into the next paragraph is the outer cue's, not that of the clause it reports")
    func continuationFromOuterCue() throws {
        let text = """
        Defence Secretary Ash Carver said that for decades some critics had been predicting a withdrawal from the region.

        “That is because this region remains the most consequential for our security.”
        """
        #expect(try record(text, quote: "That is because this region remains the most consequential for our security.").speakers == ["Ash Carver"])
    }

    @Test("a dateline is no subject; a parenthesis before the comma of a cue is passed")
    func datelineAndParenthesisBeforeComma() throws {
        let text = """
        Lisbon (AFP) – Minister Ana Duarte has taken a swipe at her rival's stance on fishing, saying that “bombastic comments” do more harm than good.

        On Tuesday in Porto, after winning the vote, Gov. Rui Matos (R-PO), said, “We are getting ready to rent a covered wagon.”
        """
        #expect(try record(text, quote: "bombastic comments").speakers == ["Ana Duarte"])
        #expect(try record(text, quote: "We are getting ready to rent a covered wagon.").speakers == ["Rui Matos"])
    }

    @Test("a perfect participle after a comma shares the clause's subject, not the appositive's name")
    func perfectParticiple() throws {
        let text = """
        Republicans are circulating talking points.

        For instance: That Senator Lena Ward also misjudged President Omar Basri, having referred to him as a "reformer." They are also focused on the drawdown.
        """
        #expect(try record(text, quote: "reformer.").speakers == ["Lena Ward"])
    }

    @Test("a cue in the passive names its speaker after 'by'")
    func passiveAgent() throws {
        let text = """
        Senator Ted Ruiz and Inspector Omar Basri testified on Monday.

        While the panel has faced criticism for its long inquiry — often labeled as a “witch hunt” by Democrats — it seems the chair is right.

        From her failure to secure the dam, to being “extremely careless” with files – as described by Inspector Omar Basri – many doubt her.

        The phrase “tax reform” was uttered once, by Senator Ted Ruiz.
        """
        #expect(try record(text, quote: "witch hunt").speakers == ["Democrats"])
        #expect(try record(text, quote: "extremely careless").speakers == ["Omar Basri"])
        #expect(try record(text, quote: "tax reform").speakers == ["Ted Ruiz"])
    }
}

extension SpeakerPatternTests {
    @Test("a relative clause between the subject and its cue is passed, with the commas inside it")
    func relativeClauseBeforeCue() throws {
        let text = """
        Senator Nina Hale, whose home town, Port Ellis, is projected to be underwater within decades as the sea level rises, argues that the plan will “wreck the economy.”

        Mr. Tom Brandt, whose latest venture, Lattice, helps farmers find buyers, said the mayor was ''a start-up kind of guy.''

        The port authority, which runs the docks, said the strike was “over for now.”
        """
        #expect(try record(text, quote: "wreck the economy.").speakers == ["Nina Hale"])
        #expect(try record(text, quote: "a start-up kind of guy.").speakers == ["Tom Brandt"])
        #expect(try record(text, quote: "over for now.").speakers == ["authority"])
    }
}

extension SpeakerPatternTests {
    @Test("'in an interview' right after a verb cue is that verb's: it takes the verb's subject, not the sentence's")
    func sourcePhraseAfterVerbCue() throws {
        let text = """
        Dashing into a closed-door lunch, Senator Ana Ruiz called over her shoulder, ''His comments are not helping.'' But Ms. Ruiz also said in an interview that in her state, ''there is a huge degree of pessimism.''

        Hurrying to the airport, Governor Tom Brandt told reporters on Monday in a statement that the bridge was “safe to cross.”
        """
        #expect(try record(text, quote: "there is a huge degree of pessimism.").speakers == ["Ana Ruiz"])
        #expect(try record(text, quote: "safe to cross.").speakers == ["Tom Brandt"])
    }

    @Test("a capitalised word joined to a lower-case one ('Harlan-style', 'Obama-era') is an adjective, never a speaker")
    func hyphenatedAdjectiveIsNoName() throws {
        let found = try record("Governor Ruth Vance offered a Harlan-style retort on his favourite network, tweeting at him, “you are a quitter and a bore.”",
                               quote: "you are a quitter and a bore.")
        #expect(found.speakers == ["Ruth Vance"])
        let based = try record("“We will appeal,” said Los Angeles-based attorney Edgar Marten.", quote: "We will appeal,")
        #expect(based.speakers == ["Edgar Marten"])
    }

    @Test("a quote in the clause of someone's claim, remark or assertion is the possessor's, whoever the sentence's cue names")
    func possessedSpeechNoun() throws {
        let claim = try record("Senator Paul Okoro blamed reporters for making an issue of Tom Brandt's claim that the mayor “sold the harbour,” saying the remark was a joke.",
                               quote: "sold the harbour,")
        #expect(claim.speakers == ["Tom Brandt"])
        let assertion = try record("In a statement, council leader Ana Ruiz called Rosa Fox's assertion of a “right to silence” over the files troubling.",
                                   quote: "right to silence")
        #expect(assertion.speakers == ["Rosa Fox"])
        let explosive = try record("But Rosa Fox's most explosive claim is that the committee is a “witch hunt” run by the mayor.", quote: "witch hunt")
        #expect(explosive.speakers == ["Rosa Fox"])
        // A cue inside the noun's clause names the words' speaker itself.
        let relayed = try record("Ana Ruiz mocked Rosa Fox's claim that the auditor said the books were “spotless.”", quote: "spotless.")
        #expect(relayed.speakers != ["Rosa Fox"])
        // A speech noun with its agent, right before the quote, is what the quote describes.
        let described = try record("Mayor Ana Ruiz said Thursday that the comment by Dr. Ivo Lind “was unkind and untrue.”",
                                   quote: "was unkind and untrue.")
        #expect(described.speakers == ["Ana Ruiz"])
    }

    @Test("a sentence without a quote hands on its main clause's speaker, not that of a cue inside a clause it reports")
    func continuationFromMainClause() throws {
        let text = """
        Like many volunteers, Rosa Diaz said she was angered by the networks declaring the race over before the polls closed. Doing so “looked like an attempt to rig it.”
        """
        let found = try record(text, quote: "looked like an attempt to rig it.")
        #expect(found.speakers == ["Rosa Diaz"])
    }

    @Test("a cue inside a time or condition clause of a reported clause is not the quote's: the outer speaker's is")
    func cueInsideSubordinateClause() throws {
        let when = try record("Governor Ana Ruiz said that when Mayor Tom Hale railed against the port authority, “he was speaking for all of us.”",
                              quote: "he was speaking for all of us.")
        #expect(when.speakers == ["Ana Ruiz"])
        let once = try record("By contrast, Senator Ivo Lind said that once the council goes on recess, “I intend to help wherever I can.”",
                              quote: "I intend to help wherever I can.")
        #expect(once.speakers == ["Ivo Lind"])
        // A quote inside the subordinate clause stays its cue's.
        let inside = try record("Ana Ruiz said that when Tom Hale called the plan “a disgrace” she left the room.", quote: "a disgrace")
        #expect(inside.speakers == ["Tom Hale"])
    }

    @Test("a verb after 'after' or 'when' and its subject is not a clause the verb before it reports")
    func temporalClauseIsNotReported() throws {
        let found = try record("“It is misleading to call that a rescue,” Dan Pell tweeted after Ana Ruiz argued for the second time that “if everyone had voted as he did, the mill would have closed.”",
                               quote: "if everyone had voted as he did, the mill would have closed.")
        #expect(found.speakers == ["Ana Ruiz"])
    }

    @Test("the subject of a verb in the passive with no agent is not its speaker")
    func passiveWithoutAgent() throws {
        let found = try record("The new party was branded “a home for the homeless” in a leaflet, Ada Moss wrote.",
                               quote: "a home for the homeless")
        #expect(found.speakers == ["Ada Moss"])
    }

    @Test("a participle after a prepositional phrase shares the subject of the verb before it")
    func participleAfterPrepositionalObject() throws {
        let letter = try record("Mayor Greg Stanton wrote a letter to Attorney General Lena Ortiz asking the state to investigate the “fiasco.”",
                                quote: "fiasco.")
        #expect(letter.speakers == ["Greg Stanton"])
        let online = try record("Ana Ruiz responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
                                quote: "Yes, I will. That was a poor choice of words.")
        #expect(online.speakers == ["Ana Ruiz"])
        // After "with", the object is the participle's own subject.
        let absolute = try record("Council members were irritated by the plan, with Senator Ivo Lind calling it a “Chinese menu.”",
                                  quote: "Chinese menu.")
        #expect(absolute.speakers == ["Ivo Lind"])
    }

    @Test("a name followed by more than one affiliation is the speaker, not the last institution")
    func nameWithNestedAffiliation() throws {
        let found = try record("As Archbishop Levon Maris of the Armenian Patriarchate of Jerusalem told reporters, “We have suffered the same fate.”",
                               quote: "We have suffered the same fate.")
        #expect(found.speakers == ["Levon Maris"])
    }

    @Test("a quote inside its sentence that ends with a full stop ends the sentence: a name and cue after it start the next")
    func partialQuoteEndsSentence() throws {
        let text = "Early in the race, Tom Hale attacked Ana Ruiz, calling her, among other things, “a failed candidate.” Ruiz fired back in March, attacking Hale for “the greed and the showing off.”"
        #expect(try record(text, quote: "the greed and the showing off.").speakers == ["Ana Ruiz"])
        #expect(try record(text, quote: "a failed candidate.").speakers == ["Tom Hale"])
        let question = "Ana Ruiz responds to Tom Hale with, “Why now? That was on my way to the port?” Hale then writes back, “You look tired.”"
        #expect(try record(question, quote: "Why now? That was on my way to the port?").speakers == ["Ana Ruiz"])
        #expect(try record("“Why not?” Ana Ruiz asked.", quote: "Why not?").speakers == ["Ana Ruiz"])
        // A quote that opens its sentence still takes the cue after it.
        #expect(try record("“We will win.” Ana Ruiz said on Monday.", quote: "We will win.").speakers == ["Ana Ruiz"])
    }

    @Test("someone's conclusion that something was “…” is theirs")
    func conclusionIsSpeech() throws {
        let found = try record("The mayor was battered by the fallout from Inspector Ida Moss's conclusion that the audit was “deeply flawed.”",
                               quote: "deeply flawed.")
        #expect(found.speakers == ["Ida Moss"])
    }

    @Test("a paragraph about the last speaker, without a quote, keeps them the speaker of a bare quote after it")
    func narrativeAboutSpeakerKeepsContinuation() throws {
        let text = """
        “It will be close in the west,” Dana Voss said. “But the east is ours.”

        Voss is upbeat about the senator's chances in November, in part because she sees him as a uniter.

        “Not only can he win, he has the best chance of anyone.”
        """
        #expect(try record(text, quote: "Not only can he win, he has the best chance of anyone.").speakers == ["Dana Voss"])
    }

    @Test("a missing space after a full stop still ends the sentence and the cue: 'said.Trump claimed'")
    func missingSpaceAfterStop() throws {
        let text = "“The neighbours have complete control over the river,” Ada Moss said.Moss claimed that she learned this from farmers."
        #expect(try record(text, quote: "The neighbours have complete control over the river,").speakers == ["Ada Moss"])
    }

    @Test("'is quoted as saying' after a quote takes the subject before it")
    func quotedAsSayingAfterQuote() throws {
        let text = "“Our method succeeds where others fail,” pollster Ivo Brand is quoted as saying."
        #expect(try record(text, quote: "Our method succeeds where others fail,").speakers == ["Ivo Brand"])
    }

    @Test("coordinated and listed speakers are all the speakers, before the cue or after it")
    func listedSpeakers() throws {
        let before = try record("Sens. Ann Cole, Ben Dorsey, Carl Eng and Dina Fox said the bill was “dead on arrival.”", quote: "dead on arrival.")
        #expect(before.speakers == ["Ann Cole", "Ben Dorsey", "Carl Eng", "Dina Fox"])
        let after = try record("“Our simple advice is not to use them,” wrote Ana Ruiz, Tom Hale and Ida Moss.", quote: "Our simple advice is not to use them,")
        #expect(after.speakers == ["Ana Ruiz", "Tom Hale", "Ida Moss"])
        // A time or place set off by a comma is no speaker.
        let time = try record("On Monday, Tom Hale and Ida Moss said the plan was “a mess.”", quote: "a mess.")
        #expect(time.speakers == ["Tom Hale", "Ida Moss"])
        let yesterday = try record("Yesterday, Tom Hale and Ida Moss said the plan was “a mess.”", quote: "a mess.")
        #expect(yesterday.speakers == ["Tom Hale", "Ida Moss"])
        // An appositive is no list.
        let appositive = try record("Hugh Hill, a doctor in Leeds, said the wait was “far too long.”", quote: "far too long.")
        #expect(appositive.speakers == ["Hugh Hill"])
    }

    @Test("a quote that goes on with a lower-case relative word after a dash is no name's introduction")
    func dashBeforeRelativeClause() throws {
        let found = try record("Ana Ruiz said she had just bought a golf club in Jupiter, Fla. — “which is a phenomenal area.”",
                               quote: "which is a phenomenal area.")
        #expect(found.speakers == ["Ana Ruiz"])
    }

    @Test("after a quote that ends its sentence, a capitalised clause opener or determiner starts the next sentence")
    func clauseOpenerAfterQuoteStartsSentence() throws {
        let text = "“There is not much research into backing out coal,” Ivo Lind said. “They are just throwing money at it.” While environmentalists welcomed the plan, they warned of delays."
        #expect(try record(text, quote: "They are just throwing money at it.").speakers == ["Ivo Lind"])
        let question = "Ana Ruiz, exasperated, famously responded: “What difference does it make?” Her critics cited it for years."
        #expect(try record(question, quote: "What difference does it make?").speakers == ["Ana Ruiz"])
        // An acronym is a name, not the pronoun it spells: "…!” US Senator Jeff Sessions said".
        #expect(try record("“The great state is proud to cast its votes!” US Senator Ada Moss said as she opened the roll call.",
                           quote: "The great state is proud to cast its votes!").speakers == ["Ada Moss"])
    }

    @Test("a relative 'who' before a cue stands for the name before its comma")
    func relativeWhoSubject() throws {
        let text = "The test began, as such things do, with Senator Ana Ruiz, who proclaimed in July that the new tenants “cannot come into this town” but others could."
        #expect(try record(text, quote: "cannot come into this town").speakers == ["Ana Ruiz"])
    }
}
