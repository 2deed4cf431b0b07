import QuoteCheckText
import QuoteCheckRules

/// Turns a source phrase into canonical speakers: a pronoun or "the two" into the people it
/// refers to, a titled name into the full name, a surname into the full name met earlier, an
/// outlet into its registry name (also an intermediary), "China’s account" into China speaking
/// through its account, and a group ("US officials") as written.
struct SpeakerResolver: Sendable {
    let outlets: OutletRules
    let pairPhrases: [[UInt64]]
    /// Outlet names and aliases, by their first word.
    let outletNames: OutletNames
    /// rules/speakers.yaml `any_body_words`: "the group" refers back to any body named just before.
    private let anyBodyWords: Set<String>
    /// The rules' grammar words: names and phrases split at `linking`.
    private let grammar: GrammarWordSets
    /// The most capitalised words after an institution's "of" (rules `limits.institution_words`).
    private let institutionWords: Int
    /// What word endings tell on words long enough to trust them.
    private let shapes: WordShapes
    /// rules/speakers.yaml `group_nouns`, as listed: "leaders" and "ministers" name groups even
    /// where they are titles' plurals ("European leaders"), unless a title opens the office
    /// ("foreign ministers").
    private let listedGroupNouns: WordHashSet
    /// "the North" of North Korea: a state's short form, named in full where the article writes the state.
    private let stateShortForms: StateShortForms

    init(rules: RuleSet, grammar: GrammarWordSets) {
        outlets = rules.outlets
        self.grammar = grammar
        institutionWords = rules.speakers.limits.institutionWords
        shapes = WordShapes(endings: rules.speakers.endings)
        pairPhrases = rules.speakers.pairPhrases.map { $0.map { WordHash.hash($0) } }
        outletNames = OutletNames(rules.outlets)
        anyBodyWords = rules.speakers.anyBodyWords
        listedGroupNouns = WordHashSet(words: rules.speakers.groupNouns)
        stateShortForms = StateShortForms(rules.compare)
    }

    struct Context {
        /// The paragraph's tokens, which the ranges to resolve index.
        var tokens: Tokens
        let bytes: UnsafeBufferPointer<UInt8>
        let registry: PersonRegistry
        var salience: Salience
        /// The person who is the subject of the sentence being read (with the byte where the
        /// subject stands) and of the sentence before: "he" and "she" look to them first.
        var subject: (person: NameID, position: Int)? = nil
        var previousSubject: NameID? = nil
        /// Whether `previousSubject` is the subject of the sentence just before (a sentence with
        /// no person for subject keeps an older one).
        var previousSubjectIsLast = false
        /// The body last named as a sentence's subject or a cue's source ("Senate Majority Fund,
        /// a super PAC, announced …"): whom "the group" or "the fund" after it stands for.
        var organisation: (name: NameID, position: Int)? = nil
        /// Where the sentence being read starts (bytes): a possessive looks to who is named in it.
        var sentenceStart = 0
        /// Where the sentence before it starts (bytes; the paragraph's tokens bound the search).
        var previousSentenceStart = 0
        /// The article's names, which resolving adds to.
        let names: NameTable

        /// A new sentence: its subject is not known yet, and the one before's moves back a
        /// place (an older one stays, no longer the last).
        mutating func notePreviousSubject() {
            if let current = subject { previousSubject = current.person }
            previousSubjectIsLast = subject != nil
            subject = nil
        }
    }

    func resolve(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard !range.isEmpty else { return nil }
        let first = tokens[range.lowerBound]
        if range.count == 1 && first.classes.contains(.singularPronoun) {
            return person(referredToBy: range.lowerBound, context)
        }
        // "“…,” I said": the writer, whom the article does not name. A source that names nobody
        // keeps the cue and ends the run of continuations.
        if range.count == 1 && first.classes.contains(.firstPersonPronoun) {
            return ResolvedSource(isPerson: true, how: .pronoun)
        }
        // A possessive pronoun alone names the owner of what follows it ("his comment that …").
        if range.count == 1 && first.classes.contains(.possessivePronoun) {
            return owner(ofPossessive: range.lowerBound, context)
        }
        if range.count == 1 && first.classes.contains(.pluralPronoun) {
            return group(referredToBy: context)
        }
        if pairPhrases.contains(where: { phrase in
            phrase.count == range.count && zip(phrase, range).allSatisfy { $0 == tokens[$1].hash }
        }) {
            guard let pair = context.salience.lastTwoPeople(context.names) else { return nil }
            return ResolvedSource(speakers: pair, isPerson: true, how: .pair)
        }
        if range.count == 1 && first.classes.contains(.quantifierSubject) {
            return ResolvedSource(speakers: context.names.list(context.names.name(Self.text(first, context.bytes))), isPerson: false, how: .group)
        }
        if let person = roleReference(range, context) { return person }
        if let body = organisationReference(range, context) { return body }
        var lower = range.lowerBound
        while lower < range.upperBound - 1, tokens[lower].classes.contains(.determiner), tokens[lower].isWord { lower += 1 }
        let core = lower..<range.upperBound
        // "Her statement said …", "his remarks calling the plan “a disaster”": a possessive
        // pronoun before a noun of speech gives the words to whom it refers, as "Lopez's
        // statement" gives them to Lopez. ("her" alone is no owner: "told her".)
        if lower > range.lowerBound, tokens[lower - 1].classes.contains(.possessivePronoun),
           core.allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized || $0 == core.lowerBound }),
           !tokens[core.upperBound - 1].classes.isDisjoint(with: [.documentNoun, .nominalCue]) {
            let owner = owner(ofPossessive: lower - 1, context)
            // A document stays the words' intermediary, as "Lopez's statement" does.
            if let owner, tokens[core.upperBound - 1].classes.contains(.documentNoun) {
                return speaking(owner, through: core, context)
            }
            return owner
        }
        if let outlet = outlet(in: core, tokens) {
            // Lists never change once made, so one serves as both.
            let named = context.names.list(context.names.name(outlet))
            return ResolvedSource(speakers: named, via: named, isIntermediary: true, how: .outlet)
        }
        if let document = document(core, context) { return document }
        if let shared = sharedHead(core, context) { return shared }
        if let split = coordinated(core, tokens), split.count > 1 {
            let parts = split.compactMap { name($0, context) }
            guard parts.count == split.count else { return nil }
            return ResolvedSource(speakers: context.names.list(parts.flatMap { context.names.names(in: $0.speakers) }),
                          isPerson: parts.allSatisfy(\.isPerson), how: .names)
        }
        // (The first link, which a group's affiliation and a name's both stand behind.)
        let link = core.first(where: { AffiliatedPeople.isLink($0, in: tokens, grammar: grammar) })
        if let link, let group = groupWithAffiliation(core, link: link, context) { return group }
        let last = tokens[core.upperBound - 1]
        // A name and its affiliation ("Robert Antonacci of the New York delegation") are the
        // name's: the words after the link do not make the phrase a group. The name ends right
        // before the link ("One of the university's top executives", "Small groups of
        // protesters" are groups).
        let affiliated = link.map { link in
            link > core.lowerBound && tokens[link - 1].capitalized
                && tokens[link - 1].classes.isDisjoint(with: [.title, .nationality, .quantifierSubject, .modifier, .pairWord, .determiner])
        } ?? false
        // (A lower-case title after a place or nationality is one too: "London mayor".)
        if !affiliated, last.isWord && !last.capitalized && (!last.classes.isDisjoint(with: [.groupNoun, .personNoun, .organisationWord]) || shapes.looksPlural(last)
            || (last.classes.contains(.title) && core.dropLast().contains { tokens[$0].isWord && tokens[$0].capitalized })) {
            // A determiner after a word that is none, no link and no "and" ("elevated his father")
            // means the words are a clause's tail, not one noun phrase: nobody is named.
            if core.dropFirst().contains(where: { tokens[$0].isWord && tokens[$0].classes.contains(.determiner)
                && !tokens[$0 - 1].classes.contains(.determiner)
                && !(tokens[$0 - 1].isWord && (AffiliatedPeople.isLink($0 - 1, in: tokens, grammar: grammar) || grammar[.listJoiners].contains(tokens[$0 - 1].hash))) }) {
                return nil
            }
            return group(core, context)
        }
        return name(core, context)
    }

    /// The person "he", "she" or "his" stands for: the subject of this sentence, before the
    /// pronoun, then of the sentence before ("Tanzer … has helped clubs adapt to what she said");
    /// else who spoke last, else the last person named, of the pronoun's gender where it has one.
    private func person(referredToBy index: Int, _ context: Context) -> ResolvedSource? {
        let pronoun = context.tokens[index]
        let gender = context.registry.genderLexicon?.pronoun(pronoun.hash)
        let fits = { (person: NameID) in gender == nil || context.registry.gender(of: person).map { $0 == gender } ?? true }
        // (A subject noted at the pronoun itself is what the pronoun was read as.)
        let bySubject = context.subject.flatMap { $0.position <= pronoun.range.lowerBound && fits($0.person) ? $0.person : nil }
        // A sentence whose subject is of the other gender looks to the people it names before
        // the pronoun, before the sentence before; so does one that opens with the pronoun after
        // a sentence whose subject is of the other gender ("Clinton sharpened her knife to bloody
        // Sanders. He has attacked …", within the paragraph). (A subject before the sentence's
        // start is the sentence before's.)
        let floor: Int? = if let subject = context.subject {
            subject.position < pronoun.range.lowerBound
                ? (subject.position < context.sentenceStart ? context.previousSentenceStart : context.sentenceStart) : nil
        } else {
            context.previousSubject.flatMap { fits($0) ? nil : context.previousSentenceStart }
        }
        if bySubject == nil, let gender, let floor, let named = person(namedBefore: index, gender: gender, passing: true, from: floor, context) {
            return named
        }
        guard let person = bySubject ?? context.previousSubject.flatMap({ fits($0) ? $0 : nil }) ?? context.salience.lastPerson(context.names, gender: gender, registry: context.registry)
            ?? context.registry.lastMention(before: pronoun.range.lowerBound, gender: gender)
        else { return nil }
        return ResolvedSource(speakers: context.names.list(person), isPerson: true, how: .pronoun)
    }

    /// The person the sentence names last before `index`, when of `gender`, read as a name from
    /// the nearest run of capitalised words. With `passing`, runs that name nobody of that
    /// gender are passed over and a person must be known to have it ("Clinton … portraying
    /// Sanders as hypocritical because he …").
    private func person(namedBefore index: Int, gender: Gender, passing: Bool = false, from floor: Int? = nil,
                        _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        let floor = floor ?? context.sentenceStart
        var end = index
        while true {
            while end > 0, tokens[end - 1].range.lowerBound >= floor,
                  !(tokens[end - 1].isWord && tokens[end - 1].capitalized && tokens[end - 1].classes.isDisjoint(with: [.determiner, .functionWord])) {
                end -= 1
            }
            guard end > 0, tokens[end - 1].range.lowerBound >= floor else { return nil }
            var start = end - 1
            while start > 0, tokens[start - 1].range.lowerBound >= floor, tokens[start - 1].isWord, tokens[start - 1].capitalized {
                start -= 1
            }
            // "a Clinton supporter", "the Trump campaign": a name before a noun modifies it and
            // mentions nobody.
            let modifier = end < tokens.count && tokens[end].isWord && !tokens[end].capitalized
                && !tokens[end].classes.isDisjoint(with: [.personNoun, .groupNoun, .organisationWord])
            if !modifier, let source = name(start..<end, context), source.isPerson, source.speakers.count == 1,
               let person = context.names.first(of: source.speakers),
               let known = context.registry.gender(of: person).map({ $0 == gender }) ?? (passing ? nil : true), known {
                var named = source
                named.how = .pronoun
                return named
            }
            guard passing || modifier else { return nil }
            end = start
        }
    }

    /// Whom "his", "her" or "their" at `index` stands for. The person the sentence names
    /// before the possessive comes first: "When Mr. Ortiz defended his remarks calling …, Mr.
    /// Reyes differed" are Ortiz's remarks.
    private func owner(ofPossessive index: Int, _ context: Context) -> ResolvedSource? {
        guard let gender = context.registry.genderLexicon?.pronoun(context.tokens[index].hash) else {
            return group(referredToBy: context)
        }
        return person(namedBefore: index, gender: gender, context) ?? person(referredToBy: index, context)
    }

    /// Whom "they" or "their" stands for: the last group, or several people, who spoke.
    private func group(referredToBy context: Context) -> ResolvedSource? {
        guard var source = context.salience.lastPlural else { return nil }
        source.how = .pronoun
        return source
    }

    /// The phrase as written, a group.
    private func group(_ range: Range<Int>, _ context: Context) -> ResolvedSource {
        let bytes = context.tokens[range.lowerBound].range.lowerBound..<context.tokens[range.upperBound - 1].range.upperBound
        let text = context.names.name(UnsafeBufferPointer(rebasing: context.bytes[bytes]))
        return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group)
    }

    /// A group and whom it works for or belongs to (behind the phrase's first `link`), named ("Attorneys for Park", "Supporters of
    /// Sanders", "Officials at the Port Authority", "Members of Congress"): the whole phrase is
    /// the speaker, a group; the group noun alone would say less, and the name alone would say
    /// Park spoke. The head is a plural noun right before the link, after nothing but
    /// determiners and modifiers; the link is lower-case (not a Title Case headline's "From"),
    /// and a capitalised word follows it, the phrase ending on a word (not "Carson's").
    private func groupWithAffiliation(_ core: Range<Int>, link: Int, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard link > core.lowerBound, link + 1 < core.upperBound, !tokens[link].capitalized,
              tokens[core.upperBound - 1].kind == .word else { return nil }
        let head = tokens[link - 1]
        guard head.isWord, head.classes.contains(.groupNoun) || shapes.looksPluralAnyCase(head),
              head.classes.isDisjoint(with: [.title, .nationality, .organisationWord]),
              (core.lowerBound..<link - 1).allSatisfy({ !tokens[$0].capitalized && tokens[$0].isWord
                  && !tokens[$0].classes.isDisjoint(with: [.determiner, .modifier]) }),
              ((link + 1)..<core.upperBound).contains(where: { tokens[$0].isWord && tokens[$0].capitalized
                  && !tokens[$0].classes.contains(.determiner) }) else { return nil }
        // A capitalised head stands at the sentence's start ("Attorneys for …"), or it would be a name.
        guard !head.capitalized || link - 1 == core.lowerBound else { return nil }
        return group(core, context)
    }

    /// An outlet that a phrase names, as a recipient ("told public broadcaster VTV", "told
    /// Xinhua"): a registered outlet, or a name beside an outlet word (broadcaster, newspaper).
    func recipientOutlet(_ range: Range<Int>, _ context: Context) -> NameID? {
        let tokens = context.tokens
        if let known = outlet(in: range, tokens) { return context.names.name(known) }
        guard range.contains(where: { tokens[$0].classes.contains(.outletDescriptor) }),
              let last = range.last(where: { tokens[$0].isWord && tokens[$0].capitalized }) else { return nil }
        var lower = last
        while lower > range.lowerBound, tokens[lower - 1].isWord, tokens[lower - 1].capitalized,
              tokens[lower - 1].classes.isDisjoint(with: [.nationality, .determiner]) { lower -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: context.bytes[tokens[lower].range.lowerBound..<tokens[last].range.upperBound]), as: UTF8.self)
        return context.names.name(outlets.canonical(text) ?? text)
    }

    /// A name: titles and nationality words dropped, a single name completed from the registry.
    private func name(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        // The name is the last run of capitalised words ("Clinton spokesman Jesse Lehrich" → Jesse
        // Lehrich), less the titles and nationality words that open it ("U.S. Defense Secretary Leon
        // Panetta" → Leon Panetta).
        // "Cameron Easley for Morning Consult": the name stands before the linking word, unless
        // only titles do ("Secretary of State John Kerry").
        var range = range
        let link = range.first(where: { AffiliatedPeople.isLink($0, in: tokens, grammar: grammar) })
        // An institution named with "of": "Ministry of Defense", "Bank of Korea", "Joint Chiefs
        // of Staff" (a few capitalised words after it, and the phrase ends there).
        if let link, link > range.lowerBound, tokens[link - 1].capitalized,
           !tokens[link - 1].classes.isDisjoint(with: [.organisationWord, .groupNoun]),
           range.upperBound - link - 1 >= 1, range.upperBound - link - 1 <= institutionWords,
           ((link + 1)..<range.upperBound).allSatisfy({ tokens[$0].isWord && (tokens[$0].capitalized || tokens[$0].classes.contains(.determiner)) }) {
            var lower = link - 1
            while lower > range.lowerBound, tokens[lower - 1].isWord, tokens[lower - 1].capitalized { lower -= 1 }
            let text = context.names.join((lower..<range.upperBound).lazy.map { tokens[$0].range }, in: context.bytes)
            return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group)
        }
        if let link, let role = role(range, link: link, context) { return role }
        // (Not when a person's name, a known first name and a surname, ends the phrase: in "Former
        // Security of State Hillary Clinton" the word before the link is a title mistyped.)
        let endsInPersonName = range.count >= 2 && tokens[range.upperBound - 1].isWord && tokens[range.upperBound - 1].capitalized
            && tokens[range.upperBound - 2].isWord && tokens[range.upperBound - 2].capitalized
            && context.registry.genderLexicon?.firstName(tokens[range.upperBound - 2].hash) != nil
        // (But a person's name before the link is the speaker whatever follows: "Colin Abernathy
        // of the St. Louis Courier", where "Louis Courier" reads as a name too.)
        let opensWithPersonName = link.map { link in
            (range.lowerBound..<max(range.lowerBound, link - 1)).contains { index in
                tokens[index].isWord && tokens[index].capitalized && tokens[index + 1].isWord && tokens[index + 1].capitalized
                    && context.registry.genderLexicon?.firstName(tokens[index].hash) != nil
            }
        } ?? false
        if let link, !endsInPersonName || opensWithPersonName,
           (range.lowerBound..<link).contains(where: { tokens[$0].capitalized && tokens[$0].classes.isDisjoint(with: [.title, .nationality]) }) {
            range = range.lowerBound..<link
        }
        let notName: WordClass = [.determiner, .functionWord]
        // (An acronym is a name even when it spells a function word: WHO.)
        guard let last = range.last(where: { tokens[$0].isWord && tokens[$0].capitalized
                                        && (tokens[$0].acronym || tokens[$0].classes.isDisjoint(with: notName)) })
        else { return nil }
        var lower = last
        while lower > range.lowerBound, tokens[lower - 1].isWord,
              tokens[lower - 1].capitalized || tokens[lower - 1].classes.contains(.nameParticle) { lower -= 1 }
        // "Suddenly I", "Interestingly Blocher": an adverb opening the sentence is no first name.
        if lower < last, lower == 0 || tokens[lower - 1].kind != .word, shapes.looksLikeAdverb(tokens[lower]),
           context.registry.genderLexicon?.firstName(tokens[lower].hash) == nil {
            lower += 1
        }
        // No personal name, only a title or an institution: the phrase keeps its nationality and
        // title ("Chinese FM", "South Korean President", "White House", "Japanese Defense
        // Ministry"); stripped, it would say "FM" of China's and Japan's ministers alike.
        let strip = PersonRegistry.descriptive
        let surnameLast = context.registry.isSurname(last, from: lower, tokens: tokens)
        if last > lower, !surnameLast, !tokens[last].classes.isDisjoint(with: [.title, .organisationWord]) {
            while lower < last, tokens[lower].classes.contains(.determiner) { lower += 1 }
            let text = context.names.join((lower...last).lazy.map { tokens[$0].range }, in: context.bytes)
            return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group)
        }
        // Drop what precedes the last title or descriptive word ("Harbour Master Joan Whitcombe").
        let lastStrip = (lower..<last).last(where: { !tokens[$0].classes.isDisjoint(with: strip) })
        if let lastStrip { lower = lastStrip + 1 }
        // A particle opens a surname ("de Groot said", "van Dijk"), but one spelt as an
        // abbreviated title ("Del. Stacey Plaskett", rules abbreviations) is no part of the name.
        while lower < last, tokens[lower].capitalized, tokens[lower].classes.contains(.nameParticle),
              context.bytes[tokens[lower].range.upperBound - 1] == UInt8(ascii: ".") { lower += 1 }
        // "Article 33", "Section 230": a law or a text named with its number, no person.
        // (Not a date's: "Nov. 8", "November 8".)
        if last + 1 < range.upperBound, tokens[last + 1].looksLikeNumber, context.bytes[tokens[last].range.upperBound - 1] != UInt8(ascii: "."),
           !tokens[last].classes.contains(.timeWord) {
            let text = context.names.join((lower...last + 1).lazy.map { tokens[$0].range }, in: context.bytes)
            return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .name)
        }
        let parts = lower...last
        let names = context.names
        let text = { names.list(names.join(parts.lazy.map { tokens[$0].range }, in: context.bytes)) }
        if parts.count == 1 {
            let hash = tokens[last].hash
            // "the JCS said", where the article spelt out the Joint Chiefs of Staff (JCS).
            if tokens[last].acronym, let full = context.registry.expansion(ofAcronym: hash) {
                return ResolvedSource(speakers: names.list(full), isPerson: false, how: .group)
            }
            // "Mrs. Clinton": the honorific's gender picks among the people of one surname.
            let honorific = last > 0 && tokens[last - 1].isWord ? context.registry.genderLexicon?.honorific(tokens[last - 1].hash) : nil
            if let full = context.registry.fullName(for: hash, before: tokens[last].range.lowerBound, gender: honorific) {
                return ResolvedSource(speakers: names.list(full), isPerson: true, how: .surname)
            }
            // "the North said", in an article about North Korea.
            if last > 0, tokens[last - 1].isWord, grammar[.definiteArticles].contains(tokens[last - 1].hash),
               let state = stateShortForms.state(shortForm: hash, in: context.bytes) {
                return ResolvedSource(speakers: names.list(names.name(state)), isPerson: false, how: .name)
            }
            let known = context.registry.isKnownPerson(hash)
            // A lone word the article never gives as a person's name is no speaker when it is the
            // tail of a longer proper noun ("New Hampshire", "United States": the word stripped
            // before it is capitalised and no title) or reads as an adverb that opens a sentence
            // ("Hastily").
            if !known, let lastStrip, lastStrip + 1 == last, tokens[lastStrip].capitalized,
               !tokens[lastStrip].classes.contains(.title) {
                return nil
            }
            if !known, shapes.looksLikeAdverb(tokens[last]) { return nil }
            // ("Recalling his …", "Appearing on …": a participle that opens the sentence, its
            // object or preposition after it; "Beijing vows" is a subject and its verb.)
            if !known, last == 0 || tokens[last - 1].kind != .word, shapes.looksLikeOpeningParticiple(tokens[last]),
               last + 1 < tokens.count, tokens[last + 1].isWord,
               !tokens[last + 1].classes.isDisjoint(with: [.functionWord, .determiner, .possessivePronoun]) { return nil }
            // A lone modifier ("Two weeks after …", "Security of State …", "Former") names
            // nobody; a group or an institution that is also one ("Police") still does.
            if !known, tokens[last].classes.contains(.modifier),
               tokens[last].classes.isDisjoint(with: [.groupNoun, .personNoun, .organisationWord, .title]) { return nil }
            return ResolvedSource(speakers: text(), isPerson: known, how: .name)
        }
        let hasOrganisation = parts.contains { tokens[$0].classes.contains(.organisationWord) && !($0 == last && surnameLast) }
        // "Vargas Llosa said", "Bhutto Zardari said": a surname of two words or more, where the
        // article gave the full name ("Mario Vargas Llosa"). (A name that opens with a first
        // name is full already: "Marco Rubio" is not the "Bush Hits Marco Rubio" of a subhead.)
        // (A particle in lower case opens a surname, never a first name: "de Blasio", "al Ashry".)
        let opensWithParticle = !tokens[parts.lowerBound].capitalized && tokens[parts.lowerBound].classes.contains(.nameParticle)
        if !hasOrganisation, opensWithParticle || context.registry.genderLexicon?.firstName(tokens[parts.lowerBound].hash) == nil,
           context.registry.isKnownPerson(tokens[last].hash) {
            let written = names.join(parts.lazy.map { tokens[$0].range }, in: context.bytes)
            if let full = context.registry.fullName(endingWith: written, last: tokens[last].hash,
                                                    before: tokens[last].range.lowerBound, names: names) {
                return ResolvedSource(speakers: names.list(full), isPerson: true, how: .surname)
            }
            return ResolvedSource(speakers: names.list(written), isPerson: true, how: .name)
        }
        return ResolvedSource(speakers: text(), isPerson: !hasOrganisation, how: .name)
    }

    /// "the mayor", "the former secretary", "the Vermont senator": "the", a role word last, and
    /// only modifiers between (no person's name), refer back to the person the article last
    /// named with that role before ("Mayor Ann Ruiz"); with nobody so named, the phrase is read
    /// as before.
    private func roleReference(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard range.count >= 2, tokens[range.lowerBound].isWord, grammar[.definiteArticles].contains(tokens[range.lowerBound].hash) else { return nil }
        let head = tokens[range.upperBound - 1]
        let registry = context.registry
        let between = (range.lowerBound + 1)..<(range.upperBound - 1)
        // (A party's member is written with a capital: "the Indiana Republican".)
        guard head.isWord, !head.capitalized || registry.isEpithet(head.hash),
              !(between.last.map { tokens[$0].isWord && registry.isRolePrefix(tokens[$0].hash) } ?? false),
              between.allSatisfy({ index in
                  let token = tokens[index]
                  return token.isWord && (!token.capitalized
                      || !registry.mayNamePerson(token.hash))
              }) else { return nil }
        let modifiers = between.filter { tokens[$0].capitalized }.map { tokens[$0].hash }
        if let role = registry.role(of: head.hash),
           let person = registry.person(withRole: role, modifiers: modifiers, before: head.range.lowerBound) {
            return ResolvedSource(speakers: context.names.list(person), isPerson: true, how: .role)
        }
        // "Ben Carson says he is under attack. “…,” the Republican presidential candidate told
        // CBS": nobody named as a candidate, the description is the article's for its subject:
        // whom the sentence before is about when that person has spoken, else the person who
        // has spoken most, else (before anyone has) whom the sentences are about. ("De Blasio
        // disbanded the unit. “…,” the Republican presidential candidate said" is Trump's.)
        guard registry.isEpithet(head.hash) else { return ageReference(range, context) }
        let about = context.subject?.person ?? context.previousSubject
        guard let person = about.flatMap({ context.salience.hasSpoken($0, context.names) ? $0 : nil })
                ?? context.salience.mostFrequentPerson(context.names) ?? about else { return nil }
        return ResolvedSource(speakers: context.names.list(person), isPerson: true, how: .epithet)
    }

    /// "Tea farmer Li Ming says … “…,” the 52-year-old said", "the 52-year-old farmer told": an
    /// age describes the person this sentence or the one before is about, when a person is;
    /// further back it is a guess ("Melania Trump brought …" three paragraphs before "“…,” said
    /// the 46-year-old", with others named as subjects between), and nobody is named.
    private func ageReference(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        guard range.contains(where: { context.tokens[$0].classes.contains(.ageWord) }),
              let person = context.subject?.person ?? (context.previousSubjectIsLast ? context.previousSubject : nil)
        else { return nil }
        return ResolvedSource(speakers: context.names.list(person), isPerson: true, how: .epithet)
    }

    /// "“…,” the group said in a release" after "Senate Majority Fund, a super PAC, announced
    /// …"; "the party said" after "The Republican Party of Wisconsin declined …": "the" and a
    /// body's noun (an institution word, lower case) stand for the body named last, when its
    /// name holds that noun, or the noun fits any body (`any_body_words`: "group") and the body
    /// was named in this sentence or the one before. Nil otherwise.
    private func organisationReference(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard range.count == 2, let (body, position) = context.organisation, tokens[range.lowerBound].isWord,
              grammar[.definiteArticles].contains(tokens[range.lowerBound].hash) else { return nil }
        let head = tokens[range.lowerBound + 1]
        guard head.isWord, !head.capitalized, head.classes.contains(.organisationWord) else { return nil }
        let noun = Self.text(head, context.bytes).lowercased()
        let name = context.names.string(body).lowercased()
        // (A word that fits any body, "group", only for one named in this sentence or the one before.)
        guard name.split(separator: " ").contains(where: { $0 == noun })
                || (anyBodyWords.contains(noun) && position >= context.previousSentenceStart) else { return nil }
        return ResolvedSource(speakers: context.names.list(body), isPerson: false, how: .organisation)
    }

    /// Does the source name a body by its proper name ("Senate Majority Fund", "The Republican
    /// Party of Wisconsin"), which "the group" may later stand for?
    func namesOrganisation(_ source: ResolvedSource, phrase: Range<Int>, _ tokens: Tokens) -> Bool {
        guard !source.isPerson, !source.isIntermediary, source.speakers.count == 1,
              source.how == .group || source.how == .name else { return false }
        guard !phrase.isEmpty, tokens[phrase.upperBound - 1].isWord, tokens[phrase.upperBound - 1].capitalized else { return false }
        var capitalized = 0
        for index in phrase where tokens[index].isWord && tokens[index].capitalized && !tokens[index].classes.contains(.determiner) {
            capitalized += 1
        }
        return capitalized >= 2
    }

    /// A role or people and the place or body they serve, no person named: "the mayor of
    /// Dunmore", "a spokesman for Harbour Lines", "a spokesman for the ministry", "workers at the
    /// plant". The speaker is the phrase as written; the place alone would say Dunmore spoke.
    /// Before the link stand only lower-case words, the last a title, a person noun or a group
    /// noun (capitalised only where it opens the sentence); after it, capitalised words that are
    /// no person the article or the lexicon knows ("a spokesman for Clinton" after "Hillary
    /// Clinton" still gives Clinton), or a body, place or person in lower case (`AffiliatedPeople`).
    private func role(_ range: Range<Int>, link: Int, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard link > range.lowerBound, link + 1 < range.upperBound, !tokens[link].capitalized,
              AffiliatedPeople.isHead(at: link - 1, in: tokens),
              (range.lowerBound..<link - 1).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) else { return nil }
        let tail = (link + 1)..<range.upperBound
        guard AffiliatedPeople.isLowerCaseBody(tail, in: tokens)
              || (tokens[range.upperBound - 1].isWord && tokens[range.upperBound - 1].capitalized
                  && tail.allSatisfy({ tokens[$0].isWord && !context.registry.namesPerson(tokens[$0]) })) else { return nil }
        var lower = range.lowerBound
        while lower < link - 1, tokens[lower].classes.contains(.determiner) { lower += 1 }
        let text = context.names.join((lower..<range.upperBound).lazy.map { tokens[$0].range }, in: context.bytes)
        return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group)
    }

    private static func text(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    /// A speaker label as written in a transcript ("PENCE", "Chris Wallace"): a known full name when
    /// the article has one for its last word.
    func label(_ text: String, registry: PersonRegistry, position: Int, names: NameTable) -> NameID {
        let words = text.split(separator: " ")
        if let last = words.last, let full = registry.fullName(for: WordHash.hash(String(last)), before: position) {
            return full
        }
        return names.name(text)
    }

    /// An outlet named in the phrase, followed by nothing but descriptors ("Xinhua news agency").
    private func outlet(in range: Range<Int>, _ tokens: Tokens) -> String? {
        for start in range where tokens[start].isWord && tokens[start].capitalized {
            guard let candidates = outletNames.candidates(at: start, tokens) else { continue }
            for alias in candidates where start + alias.words.count <= range.upperBound {
                guard OutletNames.matches(alias.words, at: start, tokens) else { continue }
                let after = (start + alias.words.count)..<range.upperBound
                if after.allSatisfy({ tokens[$0].classes.contains(.outletDescriptor) }) { return alias.name }
            }
        }
        return nil
    }

    /// "China’s account" (the owner speaks through the document) or "a statement from Beijing"
    /// (the document is the intermediary; the owner speaks only if nobody better does).
    private func document(_ range: Range<Int>, _ context: Context) -> ResolvedSource? {
        let tokens = context.tokens
        guard let docIndex = range.first(where: { tokens[$0].isWord && tokens[$0].classes.contains(.documentNoun) && !tokens[$0].capitalized })
        else { return nil }
        let text = viaText(range, context)
        if docIndex - 1 > range.lowerBound, tokens[docIndex - 1].kind == .possessive || tokens[docIndex - 2].kind == .possessive {
            let possessive = tokens[docIndex - 1].kind == .possessive ? docIndex - 1 : docIndex - 2
            return speaking(resolve(range.lowerBound..<possessive, context) ?? ResolvedSource(), through: range, context)
        }
        var source = ResolvedSource(via: context.names.list(text), isIntermediary: true, how: .document)
        if let from = (docIndex..<range.upperBound).first(where: { grammar[.senderPrepositions].contains(tokens[$0].hash) }), from + 1 < range.upperBound,
           let owner = resolve(from + 1..<range.upperBound, context) {
            source.speakers = owner.speakers
        }
        return source
    }

    /// `owner` speaking through the document that `range` names ("China's account", "her
    /// statement"): the document is the intermediary.
    private func speaking(_ owner: ResolvedSource, through range: Range<Int>, _ context: Context) -> ResolvedSource {
        var source = owner
        source.via = context.names.list(viaText(range, context))
        source.isIntermediary = true
        source.how = .documentOwner
        return source
    }

    /// "Chinese, Pakistani FMs", "US, Japan defense chiefs", "Chinese and Russian foreign
    /// ministers": an office has one holder in each place, so the places listed before its
    /// plural each name a speaker ("Chinese FM", "Pakistani FM"). The office is a title's plural
    /// that `group_nouns` does not list, or one after a title ("foreign ministers"). A group is
    /// one speaker as written ("Chinese and Japanese officials", "European leaders" and the
    /// like, as the seeds write them): nil here, unless `listed`.
    ///
    /// Each listed place is a nationality or an acronym, or a capitalised word that names no
    /// person the article or the lexicon knows; one place at least is a nationality or an
    /// acronym. With `listed`, the caller has read the places as a list already (a headline's
    /// "Israel, Poland agree", its verb agreeing with both): any capitalised words will do, and
    /// a group's list is that one speaker ("Trump, Clinton aides").
    func sharedHead(_ core: Range<Int>, _ context: Context, listed: Bool = false) -> ResolvedSource? {
        let tokens = context.tokens
        let last = tokens[core.upperBound - 1]
        guard last.isWord, last.classes.contains(.pluralTitle) || (!last.capitalized && last.classes.contains(.groupNoun)) else { return nil }
        // The head: lower-case words and titles before it, back to the last place.
        var head = core.upperBound - 1
        while head > core.lowerBound, tokens[head - 1].isWord,
              !tokens[head - 1].capitalized || !tokens[head - 1].classes.isDisjoint(with: [.title, .pluralTitle]),
              !tokens[head - 1].classes.contains(.nationality) {
            head -= 1
        }
        guard head > core.lowerBound else { return nil }
        let office = last.classes.contains(.pluralTitle)
            && (!listedGroupNouns.contains(last.hash) || (head..<(core.upperBound - 1)).contains { tokens[$0].classes.contains(.title) })
        var places: [Range<Int>] = []
        var start = core.lowerBound
        for index in core.lowerBound..<head where tokens[index].isPunct(UInt8(ascii: ","))
            || (tokens[index].isWord && grammar[.listJoiners].contains(tokens[index].hash)) {
            places.append(start..<index)
            start = index + 1
        }
        places.append(start..<head)
        let registry = context.registry
        let named = { (index: Int) -> Bool in tokens[index].classes.contains(.nationality) || tokens[index].acronym }
        let unknown = { (index: Int) -> Bool in tokens[index].isUnlisted && !registry.mayNamePerson(tokens[index].hash) }
        guard office || listed, places.count > 1, places.allSatisfy({ place in
            (1...3).contains(place.count) && place.allSatisfy { tokens[$0].isWord && tokens[$0].capitalized }
                && (listed || place.contains(where: named) || place.allSatisfy(unknown))
        }), listed || places.contains(where: { $0.contains(where: named) }) else { return nil }
        guard office else { return group(core, context) }
        let bytes = context.bytes
        let text = { (range: Range<Int>) in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound]), as: UTF8.self)
        }
        let holder = Self.singular(text(head..<core.upperBound))
        let speakers = places.map { context.names.name(text($0) + " " + holder) }
        return ResolvedSource(speakers: context.names.list(speakers), isPerson: false, how: .group)
    }

    /// A title's regular plural made singular, as `WordTable.plural(of:)` made it, the case kept.
    private static func singular(_ plural: String) -> String {
        let lower = plural.lowercased()
        if lower.hasSuffix("ies") { return plural.dropLast(3) + (plural.last == "S" ? "Y" : "y") }
        if lower.hasSuffix("ses") || lower.hasSuffix("xes") || lower.hasSuffix("zes") || lower.hasSuffix("ches") || lower.hasSuffix("shes") {
            return String(plural.dropLast(2))
        }
        return String(plural.dropLast())
    }

    /// The phrase split at "and" when each side is a name ("Kitazawa and Liang"), not when "and"
    /// joins modifiers of one group ("Chinese and Japanese officials").
    private func coordinated(_ range: Range<Int>, _ tokens: Tokens) -> [Range<Int>]? {
        let last = tokens[range.upperBound - 1]
        if !last.capitalized && !last.classes.isDisjoint(with: [.groupNoun, .personNoun]) { return nil }
        guard range.contains(where: { grammar[.listJoiners].contains(tokens[$0].hash) && tokens[$0].isWord }) else { return nil }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        // (Commas list the names before the last two: "Ann Cole, Ben Dorsey and Carl Eng".)
        for index in range where (grammar[.listJoiners].contains(tokens[index].hash) && tokens[index].isWord) || tokens[index].isPunct(UInt8(ascii: ",")) {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        // ("Dina Kowal (D-Ariz.) and Reggie Strand": a part's parenthesis is no part of its name.)
        for (position, part) in parts.enumerated() where !part.isEmpty && tokens[part.upperBound - 1].isPunct(UInt8(ascii: ")")) {
            if let open = part.last(where: { tokens[$0].isPunct(UInt8(ascii: "(")) }) { parts[position] = part.lowerBound..<open }
        }
        // Each part names someone: "Former prosecutor and New York City Mayor Rudy Giuliani" is one
        // person (a capital that only a modifier, title or determiner has names nobody).
        guard parts.count > 1, parts.allSatisfy({ part in part.contains { tokens[$0].capitalized && tokens[$0].isWord
            && tokens[$0].classes.isDisjoint(with: [.modifier, .title, .determiner]) } }) else {
            return nil
        }
        return parts
    }

    /// A document phrase as an intermediary is written: without its article, apostrophes straight
    /// ("China's account", as the seeds write it).
    private func viaText(_ range: Range<Int>, _ context: Context) -> NameID {
        var lower = range.lowerBound
        while lower < range.upperBound - 1, context.tokens[lower].classes.contains(.determiner) { lower += 1 }
        let text = context.tokens[lower].range.lowerBound..<context.tokens[range.upperBound - 1].range.upperBound
        return context.names.join(CollectionOfOne(text), in: context.bytes, straighteningApostrophes: true)
    }
}
