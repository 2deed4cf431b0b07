import QuoteCheckText
import QuoteCheckRules

/// The headline sieve. A headline names a speaker only when it says so; otherwise its quote has
/// no speaker. In order, for each quote of a headline (after a kicker such as "Xi Focus:"):
///
/// 1. `headline-label`: a quoted label nobody is presented as saying ("'Taiwan independence'
///    forces", "so-called 'harbor tax'"): no speaker, unless the article's body quotes the words.
///    A quote that only opens its part and runs on ("'Spate' of thefts …") is one unless a
///    credit after it or a leading credit names who said it.
/// 2. `dash-credit`: “…” ― Name.
/// 3. `headline-credit`: a credit after the last colon ("… 'playing with fire': FM"); an outlet
///    there is the relayer of a speech verb's subject ("…, says official: Reuters"), else the
///    speaker; a document credit ("…: report") is the source as written, and a press credit
///    ("…: state media") relays a speech verb's subject as an outlet does.
/// 4. `possessor`: the owner of a speech noun whose phrase holds the quote ("Russia denies
///    Ukraine's claims of civilian 'massacre'"), before any credit; under an article only, a bare
///    possessive too ("Pence blames media for Trump's 'Obama founded ISIS' flap").
/// 5. a speech verb in the quote's part of the headline ("Minister vows 'firm response'"): a
///    closing one (", experts say") first, then one opening its own clause, then the first.
/// 6. `headline/colon`: a leading credit ("Envoy: '…'", "Sanders: Clinton needs …"), a person,
///    title, group, institution or government; a topic ("UK heatwave:") is none. The outlet's
///    house style decides a lone word ("Biden:" at CGTN is a credit) and a name before a clause
///    ("Gary Speed: Mum's pain …" at the BBC is a topic: a name there credits only a bare quote).
/// 7. a speech verb in another part of the headline ("Trump Praises Reporter: ‘Very Good’").
/// 8. `headline-subject`: a quote that opens the headline and the person or group after its
///    colon ("'We will not give up': Dockers vow to strike on"); or, under an article only, the
///    subject that acts on the quote ("Cruz 'glad to finish' fight").
extension Attributor {
    func attributeHeadline(_ tokens: Tokens, quotes: [FoundQuote], bytes: UnsafeBufferPointer<UInt8>,
                           registry: PersonRegistry, names: NameTable, titleCase: Bool, body: BodyQuotes,
                           style: HeadlineRules.LeadingColon = .either, into results: inout [Attribution]) {
        let context = SpeakerResolver.Context(tokens: tokens, bytes: bytes, registry: registry, salience: Salience(capacity: 0),
                                              names: names)
        let start = headlines.start(of: tokens, bytes: bytes)
        let sentence = start..<tokens.count
        // Each part of the headline (colons divide it) is read as a sentence of its own: a
        // subject never reaches back over a colon ("Lincoln: Ukraine refugee praises …").
        var cues: [ResolvedCue] = []
        var partStart = start
        for end in sentence where end == tokens.count - 1 || tokens[end].isPunct(colon) {
            let part = partStart..<(tokens[end].isPunct(colon) ? end : end + 1)
            partStart = end + 1
            guard !part.isEmpty else { continue }
            cues += cueFinder.cues(in: tokens, sentence: part, headline: true)
                // "…, MPs told": the subject was spoken to.
                // ("Troops told 'surrender or die'": so too with the words or "to" right after it.)
                .filter { cue in
                    guard headlines.isAddresseeVerb(tokens[cue.tokens.lowerBound]) else { return true }
                    let next = cue.tokens.upperBound
                    return !(next >= part.upperBound - 1 || tokens[next].kind == .quote
                             || (tokens[next].isWord && grammar[.infinitiveMarkers].contains(tokens[next].hash)))
                }
                .filter { !isNounForm($0, part: part, tokens, bytes) }
                .compactMap { cue -> ResolvedCue? in
                    // A wire headline speaks in the present ("FM slams …"); its past participle is
                    // passive ("Delayed action called 'wrong decision'"): no speaker unless "by"
                    // names one ("'shared values' preached by Biden").
                    if body.isEmpty, !titleCase, cue.kind == .verb, headlines.isPastParticiple(tokens[cue.tokens.lowerBound]) {
                        guard let agent = passiveAgent(of: cue, tokens: tokens, sentence: part, headline: true),
                              let source = resolver.resolve(agent, context) else { return nil }
                        return ResolvedCue(cue: cue, phrase: agent, source: source, inverted: true)
                    }
                    if titleCase, let shared = titleCaseParticipleSubject(cue, part: part, tokens, context) { return shared }
                    if let closing = closingSpeaker(cue, part: part, tokens, context) { return documentSpeaking(closing) }
                    var resolved = finiteVerbSubject(joinedSubject(resolve(cue, tokens: tokens, sentence: part, context: context, earlier: [], headline: true),
                                                                   part: part, tokens, context), tokens, context)
                    if titleCase { resolved = determinedSubject(resolved, tokens, context) }
                    return documentSpeaking(pronounReferent(resolved, part: part, tokens, context) ?? resolved)
                }
                .filter { $0.source.map { !$0.speakers.isEmpty } ?? false }
        }
        let firstColon = sentence.first { tokens[$0].isPunct(colon) }
        let trailing = headlines.trailingCredit(in: tokens, from: start, bytes: bytes)
        var trailingSource: ResolvedSource? = nil
        if let trailing {
            let press = headlines.isPress(trailing.credit, tokens, bytes)
            if press || headlines.isAnonymous(trailing.credit, tokens, bytes) {
                // "…: survey", "…: report": a document credit with no one behind it is the
                // source, as the headline writes it; "…: state media", "- source" relay a speech
                // verb's subject, as an outlet does, and are the source when there is none.
                let words = byteRange(of: trailing.credit, tokens)
                let credit = names.list(names.name(UnsafeBufferPointer(rebasing: bytes[words])))
                trailingSource = press ? ResolvedSource(speakers: credit, via: credit, isIntermediary: true, how: .outlet)
                    : ResolvedSource(speakers: credit, isPerson: false, how: .group)
            } else if let phrase = reader.phrase(startingAt: trailing.credit.lowerBound, in: tokens, before: trailing.credit.upperBound)
                        .flatMap({ $0.upperBound == trailing.credit.upperBound ? $0 : nil })
                        // An acronym that spells a function word is a name: "…: WHO".
                        ?? (trailing.credit.allSatisfy({ tokens[$0].isWord && tokens[$0].acronym }) ? trailing.credit : nil),
                      // ("…: GT survey": a document with its owner is the source as written.)
                      let source = resolver.resolve(phrase, context).map(documentSpeaking), !source.speakers.isEmpty {
                trailingSource = source
            } else if let source = describedCredit(trailing.credit, tokens, context) {
                trailingSource = source
            }
        }
        let reading = HeadlineReading(tokens: tokens, start: start, cues: cues, firstColon: firstColon,
                                      trailing: trailing.map { ($0.colon, trailingSource) }, titleCase: titleCase,
                                      body: body, style: style, context: context,
                                      kickerOwner: kickerOwner(before: start, tokens, context))
        for position in sentence where tokens[position].kind == .quote {
            let index = tokens[position].quote
            results[index] = headlineAttribution(position, quote: quotes[index], reading)
        }
    }

    /// What the headline sieve reads once per headline and consults for each of its quotes.
    private struct HeadlineReading {
        let tokens: Tokens
        /// Where the headline proper opens, after a kicker.
        let start: Int
        let cues: [ResolvedCue]
        let firstColon: Int?
        let trailing: (colon: Int, source: ResolvedSource?)?
        let titleCase: Bool
        let body: BodyQuotes
        let style: HeadlineRules.LeadingColon
        let context: SpeakerResolver.Context
        /// Whose words a kicker says follow ("In Biden's words:"), with the name.
        let kickerOwner: (phrase: Range<Int>, source: ResolvedSource)?
    }

    /// "In Biden's words: '…'": a kicker that is only a name's noun of speech says whose words
    /// follow it. The kicker stays no speaker; the name is. One that names something else in
    /// those words ("Chinese Wisdom in Xi's Words: '…'", a series of the old sayings he cites)
    /// is a series label, and credits nobody.
    private func kickerOwner(before start: Int, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> (phrase: Range<Int>, source: ResolvedSource)? {
        let noun = start - 2, possessive = start - 3
        guard possessive >= 2, tokens[start - 1].isPunct(colon), tokens[noun].isWord, tokens[noun].classes.contains(.nominalCue),
              tokens[possessive].kind == .possessive,
              let name = reader.phrase(endingAt: possessive - 1, in: tokens, from: 1),
              name.lowerBound == 1, tokens[0].isWord, tokens[0].classes.contains(.functionWord),
              let source = resolver.resolve(name, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .name || source.how == .surname else { return nil }
        return (name, source)
    }

    private func headlineAttribution(_ position: Int, quote: FoundQuote, _ reading: HeadlineReading) -> Attribution {
        let tokens = reading.tokens, firstColon = reading.firstColon, context = reading.context
        // A label is nobody's words, unless the article's body quotes them: "Carson: Cruz taking
        // 'Benghazi' approach" over a story that quotes Carson on the "Benghazi approach".
        var label = Attribution()
        label.speakerRule = RuleName(.headlineLabel)
        let evidence = reading.body.quotes(quote.content) ? nil
            : headlines.labelEvidence(position, in: tokens, from: reading.start, quote: quote.content, titleCase: reading.titleCase,
                                      bytes: context.bytes)
        if evidence == .named { return label }
        var credited = creditedHeadline(position, quote: quote, reading)
        // "Senator Says Plan Is 'Dead on Arrival'" over a story about Senator Ellen Marchetti: a
        // bare title as the credit is the person the body first names with it.
        // ("Wisconsin Governor" too: capitalised modifiers before the title.)
        if !reading.body.isEmpty, credited.speakers.count == 1, let title = context.names.first(of: credited.speakers),
           case let words = context.names.string(title).split(separator: " "), let last = words.last, words.count <= headlineLimits.bareTitleWords,
           words.allSatisfy({ $0.first?.isUppercase ?? false }),
           words.dropLast().allSatisfy({ genders.firstName(WordHash.hash($0.lowercased())) == nil }),
           let role = context.registry.role(of: WordHash.hash(last.lowercased())),
           let person = context.registry.firstPerson(withRole: role, outside: tokens[0].range.lowerBound..<tokens[tokens.count - 1].range.upperBound) {
            credited.speakers = context.names.list(person)
            credited.speakerRule = ruleNames.speaker(.headline, .role)
        }
        // A quote that only opens its part and runs into the words after it ("'Spate' of thefts
        // …") is a label unless the headline credits it outright: a credit after it (", says
        // PSNI", "…: study") or a leading credit before its colon ("UN chief: 'Triple crisis' …").
        if evidence == .leadsPart {
            guard let cue = credited.cue, !credited.speakers.isEmpty,
                  cue.lowerBound >= quote.content.upperBound || (firstColon.map { tokens[$0].range == cue } ?? false) else { return label }
        }
        return credited
    }

    /// The headline sieve after the label test: steps 2 to 8 above.
    private func creditedHeadline(_ position: Int, quote: FoundQuote, _ reading: HeadlineReading) -> Attribution {
        let tokens = reading.tokens, start = reading.start, cues = reading.cues, firstColon = reading.firstColon
        let trailing = reading.trailing, titleCase = reading.titleCase, body = reading.body, style = reading.style
        let context = reading.context
        var attribution = Attribution()
        attribution.speakerRule = RuleName(.headline)
        // "Pakistan demands probe into India's 'accidentally fired missile'", "DPP's 'two states'
        // comments": a possessive gives the words to its owner, not to the headline's speaker or
        // credit, and a headline alone credits nobody with a possessive, unless a closing
        // attribution names who said it ("Rushdie's 'defiant humour' remains, son says"). ("he's",
        // "it's", "that's" are no possessives: "Mayor says he's 'a wartime general'".)
        let owned = body.isEmpty && position > start + 1 && tokens[position - 1].kind == .possessive
            && tokens[position - 2].isWord && !tokens[position - 2].classes.contains(.functionWord)
            && tokens[position - 2].classes.isDisjoint(with: [.singularPronoun, .pluralPronoun])
            && !judgesObject(position, quote: quote, from: start, cues: cues, tokens, context.bytes)
        if let credit = dashCredit(position, tokens: tokens, sentence: start..<tokens.count, context: context) { return credit }
        // A colon divides a headline into parts; a speech verb speaks for the quotes of its own part.
        let part: Range<Int>
        if let firstColon, position < firstColon {
            part = start..<firstColon
        } else if let firstColon {
            part = (firstColon + 1)..<(trailing.map { $0.colon > position ? $0.colon : tokens.count } ?? tokens.count)
        } else {
            part = start..<tokens.count
        }
        // A quote that runs into a verb's subject is not the subject's words: "What Xi's
        // 'unscripted' G20, Apec moments reveal about …" (but "'We are all here,' Zelenskyy says").
        let runsOn = position + 1 < tokens.count && tokens[position + 1].isWord
            && !HeadlineReader.isPunctuation(context.bytes[quote.content.upperBound - 1])
        // (A cue before a clause with its own subject and verb, opened by "as" or "while", does
        // not reach into it: "Sullivan reiterates … as US in domestic chaos seeks to 'stabilize
        // ties'".)
        let usable = cues.filter { cue in
            if opensOwnClause(between: cue.cue.tokens.upperBound, and: position, tokens, titleCase: titleCase) { return false }
            // A semicolon joins two stories in one headline: a cue speaks for the quotes of its
            // own side only ("China vows countermeasures …; provocative move only 'accelerates'
            // reunification").
            let between = min(cue.cue.tokens.lowerBound, position)..<max(cue.cue.tokens.upperBound, position)
            if between.contains(where: { tokens[$0].isPunct(semicolon) }) { return false }
            // A cue's form right after a quote that runs into it is a noun the quote modifies
            // ("U.S. official's 'misleading' comments"), unless it is a verb that stands before
            // its subject ("'number one priority' says Andrew RT Davies").
            // (Nor is a passive with its agent: "'shared values' preached by Biden". Such a
            // passive credits only the quote it follows: not "'strategic independence' … despite
            // 'shared values' preached by Biden".)
            let passive = cue.inverted && headlines.isPastParticiple(tokens[cue.cue.tokens.lowerBound])
            if passive, cue.cue.tokens.lowerBound != position + 1,
               !(cue.cue.tokens.lowerBound < position && tokens[cue.cue.tokens.lowerBound..<position].allSatisfy({ !$0.isWord || !$0.capitalized })) {
                return false
            }
            if runsOn, cue.cue.tokens.lowerBound == position + 1, !headlines.isInvertingVerb(tokens[cue.cue.tokens.lowerBound]),
               !passive { return false }
            // A cue that limits how far its object stands credits a quote after it only that
            // close, with no punctuation between: "IMF chief sees 'narrowing path'". A quote
            // before it only when the cue closes the part as a credit does ("…, finds British
            // inquiry"), not "…, but secessionists will find it hard".
            if let within = cueFinder.objectWithin(cue.cue) {
                let verb = cue.cue.tokens
                if verb.lowerBound > 0, cueFinder.stops(cue.cue, at: tokens[verb.lowerBound - 1]) { return false }
                // (Not a verb with its own object after it: "'hard battle,' Johnson visits Kyiv and
                // offers aid".)
                if verb.lowerBound > position {
                    // (A cue in a later part stands past this part's end.)
                    return cue.inverted || verb.upperBound >= part.upperBound
                        || (verb.upperBound..<part.upperBound).allSatisfy { tokens[$0].kind == .punct }
                }
                // (Its object, not a preposition's: "they see through 'fragile help'". Or an
                // infinitive right after it: "Striker wants to 'play for something'".)
                let object = tokens[verb.upperBound]
                let infinitive = object.isWord && grammar[.infinitiveMarkers].contains(object.hash)
                guard position - verb.upperBound <= within,
                      object.kind == .quote || infinitive || !object.classes.contains(.functionWord) || object.classes.contains(.determiner),
                      (verb.upperBound..<position).allSatisfy({ tokens[$0].isWord && (!cueFinder.stops(cue.cue, at: tokens[$0]) || (infinitive && $0 == verb.upperBound)) })
                else { return false }
            }
            // (A closing attribution set off by a comma is one: "… show 'unusual' activity,
            // expert warns"; not "… 'atrocity' video, Russia's bioweapons claim".)
            guard runsOn, let subject = cue.phrase, subject.lowerBound > position, subject.upperBound <= cue.cue.tokens.lowerBound,
                  subject.lowerBound - position <= headlineLimits.closingSubject, !closesAfterComma(cue, tokens) else { return true }
            // (Nor one joined to the quote before the subject: "'calm' and 'open,' UN envoy says".)
            return ((position + 1)..<subject.lowerBound).contains {
                tokens[$0].isPunct(colon) || tokens[$0].isDash(hyphen: false) || tokens[$0].kind == .quote
            }
        }
        let partCues = usable.filter { part.contains($0.cue.tokens.lowerBound) }
        // A closing attribution ends the part (", experts say", ", says UN chief"); else a cue
        // whose subject opens a clause of its own before the quote ("…, but experts say '…'");
        // else the part's first cue.
        // (A clause may follow it: "…, UN rights chief says as she wraps up trip".)
        // (Its subject opens its clause: not "…, fresh Crimea blasts", where a word before the
        // name makes the verb's form a noun.)
        let closing = partCues.last.flatMap { cue in
            let end = max(cue.cue.tokens.upperBound, cue.phrase?.upperBound ?? 0)
            // (Or a relative clause about its subject: "…, says Japanese observer who refutes …".)
            let ends = end >= part.upperBound - 1 || (tokens[end].isWord && headlines.isCoordinator(tokens[end]))
                || (cue.inverted && tokens[end].isWord && grammar[.personRelatives].contains(tokens[end].hash))
            // (A closing attribution's subject stands after the quote: in "Tom Baker Calls Ann Ruiz
            // 'A Disgrace' Over Police Shooting Comments", "Comments" closes nothing.)
            let opens = cue.inverted || cue.phrase.map { subject in
                subject.lowerBound > position && (subject.lowerBound == part.lowerBound || tokens[subject.lowerBound - 1].kind != .word
                    || headlines.isCoordinator(tokens[subject.lowerBound - 1]))
            } ?? true
            return ends && opens && cue.cue.tokens.lowerBound > position ? cue : nil
        }
        // (Not in Title Case, where a noun such as "Remarks" reads as a verb.)
        let ownClause = titleCase ? nil : partCues.last { cue in
            guard cue.cue.tokens.upperBound <= position, let subject = cue.phrase, subject.lowerBound > part.lowerBound,
                  subject.upperBound <= cue.cue.tokens.lowerBound else { return false }
            let before = tokens[subject.lowerBound - 1]
            // (Not a clause that a verb of saying right before it reports, its subject a list:
            // "Biden says Trump, supporters threaten '…'" is Biden's; "Blinken says after Biden
            // calls Putin '…'" is Biden's.)
            let reported = partCues.contains { earlier in
                earlier.cue.kind == .verb && headlines.isInvertingVerb(tokens[earlier.cue.tokens.lowerBound])
                    && earlier.cue.tokens.upperBound < subject.lowerBound
                    && (earlier.cue.tokens.upperBound..<subject.lowerBound).allSatisfy {
                        (tokens[$0].isWord && !headlines.isCoordinator(tokens[$0]) && !tokens[$0].classes.contains(.clauseOpener))
                            || tokens[$0].isPunct(UInt8(ascii: ","))
                    }
            }
            // (Or a subordinate clause's: "… after he said KMT will '…'".)
            return !reported && (before.isPunct(UInt8(ascii: ",")) || before.isPunct(semicolon)
                || (before.isWord && (headlines.isCoordinator(before) || before.classes.contains(.clauseOpener))))
        }
        var cue = closing ?? ownClause ?? partCues.first
        if owned, closing == nil {
            // "Erdogan's 'regret' comments", "Japan's 'China threat' claim": a noun of a remark
            // right after the quote (rules `remark_nouns`) says the words are the owner's, not
            // the headline's scare quote of them ("Scotland's 'not proven' verdict" names one).
            guard position + 1 < part.upperBound, headlines.isRemarkNoun(tokens[position + 1]),
                  let owner = reader.phrase(endingAt: position - 2, in: tokens, from: part.lowerBound)
            else { return attribution }
            return ownerCredit(owner, context, tokens, otherwise: attribution)
        }
        // "Russia denies Ukraine's claims of civilian 'massacre'", "Canada's description of
        // protesters as 'threat to democracy' a double standard: FM": words in the phrase of an
        // owner's speech noun are the owner's, whatever verb or credit frames the claim. (An owner
        // that names nobody, or only relays, credits nobody.) Where that phrase is the part's
        // subject, a quote that ends the part is its predicate, the verbless headline's judgement
        // of the claim, not the claim ("Australia's accusation of vessel's laser use 'false
        // mud-throwing'"): it is nobody's by this rule.
        if body.isEmpty, closing == nil, let owner = reader.speechOwner(of: position, in: tokens, sentence: part),
           owner.lowerBound > part.lowerBound || (position + 1..<part.upperBound).contains(where: { tokens[$0].isWord }) {
            return ownerCredit(owner, context, tokens, otherwise: attribution)
        }
        if let found = cue, body.isEmpty, style == .topic, let firstColon, firstColon < position,
           let named = describedKicker(found, before: firstColon, from: start, tokens, context) {
            cue = named
        }
        // (A quote whose words end in the colon, "'poor:' Gallup", is before it too.)
        if let trailing, position <= trailing.colon {
            if let source = trailing.source {
                if source.how == .outlet, let cue, let speaker = cue.source, speaker.how != .outlet {
                    // "…, says official: Reuters": the outlet relays the official's words.
                    apply(cue, step: .headline, to: &attribution, tokens)
                    attribution.via = source.speakers
                    return attribution
                }
                attribution.speakers = source.speakers
                attribution.cue = tokens[trailing.colon].range
                attribution.speakerRule = ruleNames.speaker(.headlineCredit, source.how)
                attribution.cueRule = RuleName(.headlineCredit)
                return attribution
            }
        }
        // "Pence blames media for Trump's 'Obama founded ISIS' flap", "Clinton's claim that her
        // e-mails were 'in the system' is …": under an article, the words are the possessor's,
        // whoever the verb's subject is (alone, a bare possessive credits nobody).
        if !body.isEmpty, let owner = reader.possessor(of: position, in: tokens, sentence: part)
            ?? reader.speechOwner(of: position, in: tokens, sentence: part),
           let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary,
           source.isPerson || source.how == .surname {
            return self.attribution(source, named: owner, by: .possessor, via: NameList(), tokens)
        }
        if let cue, !(cue.source?.isIntermediary ?? false) || firstColon == nil || position < firstColon! {
            apply(cue, step: .headline, to: &attribution, tokens)
            if let firstColon, firstColon < position,
               let leading = leadingCredit(before: firstColon, from: start, tokens, context, strict: body.isEmpty ? style : nil, titleCase: titleCase,
                                            cueBefore: usable.contains { $0.cue.tokens.lowerBound < firstColon }),
               leading.how == .outlet {
                attribution.via = leading.speakers  // "Xinhua: Wang Yi says '…'"
            }
            return attribution
        }
        // A bare quote right after a kicker that names whose words follow.
        if position == start, let owner = reading.kickerOwner {
            attribution.speakers = owner.source.speakers
            attribution.speakerWords = byteRange(of: owner.phrase, tokens)
            attribution.cue = tokens[start - 1].range
            attribution.speakerRule = RuleName(.headlineColon)
            attribution.cueRule = RuleName(.headlineColon)
            return attribution
        }
        if let firstColon, firstColon < position,
           let source = leadingCredit(before: firstColon, from: start, tokens, context, strict: body.isEmpty ? style : nil, titleCase: titleCase,
                                            cueBefore: usable.contains { $0.cue.tokens.lowerBound < firstColon }) {
            attribution.speakers = source.speakers
            attribution.cue = tokens[firstColon].range
            attribution.speakerRule = RuleName(.headlineColon)
            attribution.cueRule = RuleName(.headlineColon)
            return attribution
        }
        // A speech verb in the other part of the headline: "Trump Praises Reporter Boyle: ‘Very Good’".
        if let cue = usable.first {
            apply(cue, step: .headline, to: &attribution, tokens)
            return attribution
        }
        // A quote that opens the headline, then a colon, a spaced dash or its own closing comma,
        // and a clause: "'We …': Dockers vow …", "'…,' Chinese people commemorate …".
        // (Or opens the part after a topic's colon: "PMQs: 'Hasta la vista' - Johnson bids farewell".)
        if position == start || firstColon.map({ $0 + 1 == position }) ?? false, position + 1 < tokens.count {
            let separator: Int? = if firstColon == position + 1 || (tokens[position + 1].isDash() && headlines.spaced(position + 1, tokens)) {
                position + 1
            } else if context.bytes[quote.content.upperBound - 1] == UInt8(ascii: ",") {
                position
            } else {
                nil
            }
            // Only words that read as speech are an active subject's: a quote that closes on its
            // own comma, reads as a sentence (rules `sentence_words`: "'Hong Kong is back on
            // right track' – Carrie Lam reflects …"), speaks as "I" or "we", or opens with a
            // stance ("'Delighted, humbled': Klopp extends contract"). A name or description
            // there is the writer's lead-in: "'Sight to behold': Tourists flock to Florida",
            // "'Just one breath': China approves …". (A passive's agent is the source either way.)
            if let separator {
                let speech = separator == position || headlines.readsAsSentence(quote.content, context.bytes)
                    || headlines.speaksInFirstPerson(quote.content, context.bytes)
                    || headlines.stanceWord(opening: quote.content, context.bytes, endings: tokenizer.wordEndings) != nil
                if let (source, phrase) = subjectAfter(separator, speech: speech, tokens, context) {
                    return self.attribution(source, named: phrase, by: .headlineSubject, via: NameList(), tokens)
                }
            }
        }
        if !body.isEmpty, cues.isEmpty, let (source, phrase) = headlineSubject(of: position, tokens, context, titleCase: titleCase) {
            return self.attribution(source, named: phrase, by: .headlineSubject, via: NameList(), tokens)
        }
        if usable.isEmpty, !titleCase, let (source, phrase) = predicateSubject(of: position, quote: quote, part: part, tokens, context) {
            return self.attribution(source, named: phrase, by: .headlineSubject, via: NameList(), tokens)
        }
        if usable.isEmpty, !titleCase, let (source, phrase) = stanceSubject(of: position, part: part, tokens, context) {
            return self.attribution(source, named: phrase, by: .headlineSubject, via: NameList(), tokens)
        }
        return attribution
    }

    /// The owner of a quote's words credited by `possessor` in a headline alone, or `otherwise`
    /// when the owner names nobody or only relays.
    private func ownerCredit(_ owner: Range<Int>, _ context: SpeakerResolver.Context, _ tokens: Tokens,
                             otherwise: Attribution) -> Attribution {
        guard let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary else { return otherwise }
        return attribution(source, named: owner, by: .possessor, via: NameList(), tokens)
    }

    /// "Russia 'ready to talk' after …", "UN chief 'deeply concerned' over …": a quote that
    /// stands where the verb would, right after the part's subject, and opens with a word of
    /// stance or feeling (rules `stance_words`), is the subject's words, the wire's shorthand
    /// for "says it is …"; so is one of what the subject will or won't do (`intent_words`:
    /// "Protesters 'will occupy palace'", "Russia to 'denounce …'"). Other such quotes are as
    /// often what others say of the subject ("US 'spreading lies'", "Jihadists 'kill at least 15
    /// civilians'") and credit nobody.
    private func predicateSubject(of position: Int, quote: FoundQuote, part: Range<Int>, _ tokens: Tokens,
                                  _ context: SpeakerResolver.Context) -> (ResolvedSource, Range<Int>)? {
        let content = quote.content
        guard !content.isEmpty, position > part.lowerBound, tokens[position - 1].isWord else { return nil }
        // "Russia to 'denounce …'": the subject, its word of intent, then the quote.
        let intentBefore = position - 1 > part.lowerBound && headlines.isIntentWord(tokens[position - 1])
            && !headlines.opensWithBe(content, context.bytes)
        let stance = headlines.stanceWord(opening: content, context.bytes, endings: tokenizer.wordEndings)
        let intent = intentBefore || headlines.opensWithIntent(content, context.bytes)
        let subjectEnd = intentBefore ? position - 1 : position
        // ("OPEC+ panel 'recommends sticking to …'": a verb of saying in -s is the subject's act.)
        let speech = stance == nil && !intent && headlines.opensWithSpeechVerb(content, context.bytes, endings: tokenizer.wordEndings)
        guard stance != nil || intent || speech, tokens[subjectEnd - 1].isWord else { return nil }
        // The subject opens the part, or a clause that a coordinator opens after a comma ("…,
        // but ASEAN members 'aware …'"); two subjects may share the quote, joined by a comma
        // ("Lisbon, Porto 'ready to work' …").
        let comma = UInt8(ascii: ",")
        let clause = (part.lowerBound + 2..<max(part.lowerBound + 2, subjectEnd)).last(where: {
            tokens[$0 - 1].isWord && headlines.isCoordinator(tokens[$0 - 1]) && tokens[$0 - 2].isPunct(comma)
        }) ?? part.lowerBound
        guard var phrase = reader.phrase(startingAt: clause, in: tokens, before: subjectEnd), phrase.lowerBound == clause else { return nil }
        var joined: Range<Int>?
        if phrase.upperBound + 1 < subjectEnd, tokens[phrase.upperBound].isPunct(comma),
           let other = reader.phrase(startingAt: phrase.upperBound + 1, in: tokens, before: subjectEnd), other.lowerBound == phrase.upperBound + 1 {
            joined = phrase
            phrase = other
        }
        // The quote stands where the verb would, so lower-case words between a name and it that
        // end in a title, a person or a group describe that head, no verb among them: "UN
        // biodiversity leader 'optimistic'", "Texas death row inmate 'optimistic'".
        if phrase.upperBound < subjectEnd, subjectEnd - phrase.upperBound <= limits.modifierBeforeTitle,
           (phrase.upperBound..<subjectEnd).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !tokens[$0].classes.contains(.functionWord) }),
           !tokens[subjectEnd - 1].classes.isDisjoint(with: [.title, .personNoun, .groupNoun]) {
            phrase = phrase.lowerBound..<subjectEnd
        }
        guard phrase.upperBound == subjectEnd else { return nil }
        // A lower-case word in -s right after a title, a person or a group is the subject's verb,
        // and the words after it its object: "Sri Lankan PM orders police to 'restore order'".
        if (phrase.lowerBound + 1..<phrase.upperBound).contains(where: { index in
            tokens[index].isWord && !tokens[index].capitalized && tokens[index].endings.contains(.sForm)
                && tokens[index].classes.isDisjoint(with: [.title, .personNoun, .groupNoun])
                && !tokens[index - 1].classes.isDisjoint(with: [.title, .personNoun, .groupNoun])
        }) { return nil }
        // What follows: the part's end, punctuation, a small word, a preposition ("'concerned'
        // about") or a name (the object of a verb quoted: "'fully acknowledges' Carrie Lam's
        // …"), not a noun the quote modifies.
        // A verb of attitude in -s, or of intent, modifies no noun: a lower-case word after it
        // is its object ("'welcomes' ruling", "'cannot offer' more money").
        let isVerb = intent || speech || stance.map { tokenizer.wordEndings.forms(of: $0, in: context.bytes).contains(.sForm) } ?? false
        if position + 1 < part.upperBound, !isVerb {
            let next = tokens[position + 1]
            guard next.kind == .punct
                    || (next.isWord && (next.capitalized || !next.classes.isDisjoint(with: [.functionWord, .predicatePreposition]))) else { return nil }
        }
        guard var source = subjectSource(phrase, pledging: stance == nil, tokens, context) else { return nil }
        if let joined {
            guard let other = subjectSource(joined, pledging: stance == nil, tokens, context) else { return nil }
            source.speakers = context.names.merging(source.speakers, into: other.speakers)
            source.isPerson = source.isPerson && other.isPerson
            return (source, joined.lowerBound..<phrase.upperBound)
        }
        return (source, phrase)
    }

    /// "Russia alarmed by 'terrorism' in …", "Iranian FM confident final deal 'close'": the
    /// part's subject, then a word of stance (rules `stance_words`, unquoted), and the quote
    /// later in the part: the stance is the subject's, and so are the words it holds.
    private func stanceSubject(of position: Int, part: Range<Int>, _ tokens: Tokens,
                               _ context: SpeakerResolver.Context) -> (ResolvedSource, Range<Int>)? {
        guard let phrase = reader.phrase(startingAt: part.lowerBound, in: tokens, before: position),
              phrase.lowerBound == part.lowerBound, phrase.upperBound < position else { return nil }
        var stance = phrase.upperBound
        while stance < position, tokens[stance].isWord, !tokens[stance].capitalized, tokens[stance].endings.contains(.adverb) { stance += 1 }
        // (What follows the stance is its complement, "by …", "to …", or a clause whose
        // predicate the quote is; not a noun it modifies: "Queen's positive COVID-19 test prompts
        // 'get well' messages".)
        guard stance < position, headlines.isStanceWord(tokens[stance]),
              (stance + 1..<position).allSatisfy({ tokens[$0].isWord }),
              tokens[stance].endings.contains(.sForm) || stance + 1 == position
                || !tokens[stance + 1].classes.isDisjoint(with: [.functionWord, .predicatePreposition])
                || (position + 1..<part.upperBound).allSatisfy({ tokens[$0].kind == .punct }),
              let source = subjectSource(phrase, pledging: false, tokens, context) else { return nil }
        return (source, phrase)
    }

    /// The source a predicate quote's subject names. Only somebody pledges (`pledging`): a
    /// person, a title, a group or an institution the lists know, a government, or a name of two
    /// words. A headline's capital opens any noun ("Sanctions to 'erode dollar role'", "Message
    /// to 'the world'").
    private func subjectSource(_ phrase: Range<Int>, pledging: Bool, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedSource? {
        guard let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
        if pledging, !source.isPerson, !headlines.isGovernment(phrase, tokens, context.bytes),
           tokens[phrase.upperBound - 1].classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord, .nationality]),
           phrase.filter({ tokens[$0].isWord && tokens[$0].capitalized }).count < 2 {
            return nil
        }
        return source
    }

    /// Is the quote after a possessive a lone lower-case word judging the noun after it, the
    /// possessor being a verb's object? Then the words are the headline's speaker's, not the
    /// possessor's: "rejects IAEA's 'excessive' demands", "slams U.S. official's 'misleading'
    /// comments". Not where the possessive opens the subject, before any cue ("Israeli
    /// president's 'historic' visit continues"), nor a preposition's object ("demands probe into
    /// shipping line's 'accidental' spill" quotes the line).
    private func judgesObject(_ position: Int, quote: FoundQuote, from start: Int, cues: [ResolvedCue], _ tokens: Tokens,
                              _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let content = quote.content
        guard !content.isEmpty, content.count <= headlineLimits.judgedWordBytes, !HeadlineReader.holdsSpace(content, bytes),
              bytes[content.lowerBound] >= UInt8(ascii: "a"), bytes[content.lowerBound] <= UInt8(ascii: "z"),
              position + 1 < tokens.count, tokens[position + 1].isWord, !tokens[position + 1].capitalized,
              cues.contains(where: { $0.cue.kind == .verb && $0.cue.tokens.upperBound <= position - 2 }),
              let owner = reader.phrase(endingAt: position - 2, in: tokens, from: start) else { return false }
        return owner.lowerBound > start && tokens[owner.lowerBound - 1].isWord && !tokens[owner.lowerBound - 1].classes.contains(.functionWord)
    }

    /// Does a clause with its own subject and verb open between a cue at `cueEnd` and a quote at
    /// `position`: a clause coordinator that joins no verbs ("as", "while": rules
    /// `clause_coordinators` less grammar `coordinators`), a capitalised subject, then a
    /// lower-case word in -s, its verb, before the quote? Where only names are capitalised (not
    /// `titleCase`), "but" and "and" open one too ("Yoon proposes plan, but US remains 'a major
    /// factor'"). (A semicolon is no such opener: it divides the headline's stories, and
    /// `usable` keeps each cue to its own side.)
    private func opensOwnClause(between cueEnd: Int, and position: Int, _ tokens: Tokens, titleCase: Bool) -> Bool {
        guard cueEnd < position else { return false }
        for opener in cueEnd..<position where tokens[opener].isWord && headlines.isCoordinator(tokens[opener])
            && (!titleCase || !grammar[.coordinators].contains(tokens[opener].hash)) {
            guard let subject = reader.phrase(startingAt: opener + 1, in: tokens, before: position), subject.lowerBound == opener + 1,
                  tokens[subject.lowerBound].capitalized else { continue }
            // The subject's words may run on in lower case before the verb ("US in domestic chaos seeks").
            var verb = subject.upperBound
            while verb < position, tokens[verb].isWord, !tokens[verb].capitalized,
                  !tokens[verb].endsInS || tokens[verb].classes.contains(.functionWord) {
                verb += 1
            }
            if verb < position, tokens[verb].isWord, !tokens[verb].capitalized, verb - subject.upperBound <= headlineLimits.subjectToVerb { return true }
        }
        return false
    }

    /// "…, says trucker", "… 'disappointing,' says blind listener": a verb that stands before its
    /// subject (rules `inverting_verbs`) after a quote, then a few words to the end of the part
    /// and nothing else, names its speaker in them, whether or not the word lists know their
    /// head. ("Yellen tells senators" has an object there.)
    private func closingSpeaker(_ cue: CueFinder.Cue, part: Range<Int>, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedCue? {
        guard cue.kind == .verb, cue.tokens.count == 1, headlines.isInvertingVerb(tokens[cue.tokens.lowerBound]),
              (part.lowerBound..<cue.tokens.lowerBound).contains(where: { tokens[$0].kind == .quote }) else { return nil }
        var end = part.upperBound
        while end > cue.tokens.upperBound, tokens[end - 1].kind == .punct { end -= 1 }
        let words = cue.tokens.upperBound..<end
        // A remark's noun right after the closing mark is the noun the quote modifies: "calls
        // 'genocide' claim international joke".
        let verb = cue.tokens.lowerBound
        if headlines.isRemarkNoun(tokens[verb]), tokens[verb - 1].kind == .quote { return nil }
        let afterQuote = (verb - 2..<verb).contains { $0 >= part.lowerBound && tokens[$0].kind == .quote }
        // An affiliation's link may stand between the words when a name follows it and the verb
        // the quote: "'…', say homeless in Bristol" (not "…, says Zhou as Sainz claims maiden win
        // at Silverstone").
        guard !words.isEmpty, words.count <= headlines.creditMaxWords,
              words.allSatisfy({ tokens[$0].isWord && (!tokens[$0].classes.contains(.functionWord)
                  || (afterQuote && $0 > words.lowerBound && $0 + 1 < words.upperBound && headlines.isAffiliationLink(tokens[$0])
                      && tokens[$0 + 1].capitalized)) })
        else { return nil }
        // A name there is resolved as names are ("says President Maada Bio" → Maada Bio), and
        // stands as written when the resolver keeps none of it ("says North Macedonia").
        // Lower-case words and capitalised ones together are a clause's object as often
        // ("insists U.S. sanctions end", "warns EU leaders"): left to the sieve.
        // (Unless a document's noun ends them: "warns latest UN climate report".)
        // (Nor a speaker's description right after the quote: "'…,' says Kramatorsk station attack
        // eyewitness".)
        // (Nor a plural right after the quote, which no object of a verb in -s follows: "'…',
        // claim former Scotland cricketers".)
        // A place after an affiliation's link is no part of the head: "homeless in Bristol".
        let head = words.lowerBound..<(words.first(where: { headlines.isAffiliationLink(tokens[$0]) }) ?? words.upperBound)
        let last = tokens[head.upperBound - 1]
        let document = last.classes.contains(.documentNoun) && !last.capitalized
        let described = afterQuote && !last.capitalized
            && (!last.classes.isDisjoint(with: [.title, .personNoun, .groupNoun]) || shapes.looksPlural(last))
        if head.contains(where: { tokens[$0].capitalized }), !document, !described {
            guard head.allSatisfy({ tokens[$0].capitalized }) else { return nil }
            if let source = resolver.resolve(words, context), !source.speakers.isEmpty {
                return ResolvedCue(cue: cue, phrase: words, source: source, inverted: true)
            }
        }
        let text = context.names.name(UnsafeBufferPointer(rebasing: context.bytes[tokens[words.lowerBound].range.lowerBound..<tokens[words.upperBound - 1].range.upperBound]))
        return ResolvedCue(cue: cue, phrase: words, source: ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group),
                           inverted: true)
    }

    /// Is a cue's word a noun here, though speech verbs take its form? A headline's verb agrees
    /// with its subject, so a bare form ("call", "remarks" aside) after a singular lower-case
    /// noun heads a compound ("during phone call", "ship's port call"); a noun of speech after a
    /// possessive and a word is that word's head ("amid US' Taiwan remarks"), one after a
    /// preposition is its object ("'disturbed' by reports that …"); and a participle that opens
    /// the headline has no subject to speak ("Reporting from Kyiv: '…'").
    private func isNounForm(_ cue: CueFinder.Cue, part: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cue.kind == .verb else { return false }
        let verb = cue.tokens.lowerBound, word = tokens[verb]
        if verb == part.lowerBound, shapes.isPresentParticiple(word), verb + 1 < part.upperBound, tokens[verb + 1].isWord,
           grammar[.linking].contains(tokens[verb + 1].hash) || tokens[verb + 1].classes.contains(.functionWord) {
            return true
        }
        guard verb > part.lowerBound else { return false }
        let before = tokens[verb - 1]
        // After a preposition, the form is its object: "'disturbed' by reports that …" (a gerund
        // is still a verb: "mocked for saying '…'").
        if before.isWord, !before.capitalized, !shapes.isPresentParticiple(word), before.classes.contains(.timePreposition) || grammar[.linking].contains(before.hash)
            || grammar[.agentPrepositions].contains(before.hash)
            || (grammar[.objectPrepositions].contains(before.hash) && !grammar[.infinitiveMarkers].contains(before.hash)) {
            return true
        }
        if verb - 2 >= part.lowerBound, tokens[verb - 2].kind == .possessive, before.isWord, word.classes.contains(.nominalCue),
           before.classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord]) {
            return true
        }
        // A form in -s right after a lower-case word in -s that no list holds is that verb's
        // object: "Pakistan raises questions", "Media shares blame".
        if word.endsInS, before.isWord, !before.capitalized, before.isUnlisted, shapes.endsAsPlural(before),
           verb - 2 >= part.lowerBound,
           tokens[verb - 2].isWord, tokens[verb - 2].capitalized {
            return true
        }
        let bare = !word.endsInS && !word.endsInEd && !shapes.isPresentParticiple(word)
        return bare && before.isWord && !before.capitalized && !shapes.looksPluralAnyCase(before) && before.isUnlisted
            && before.classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord])
            && !before.acronym
            && !before.endings.contains(.adverb)
    }

    /// "Taiwan Affairs Office urges KMT chairman to keep a clear mind after he said KMT will
    /// '…'": a headline names whom its "he" or "she" means a few words before, and the article
    /// it stands over has not been read. The nearest person, title or group before the pronoun
    /// in its part is the referent.
    private func pronounReferent(_ cue: ResolvedCue, part: Range<Int>, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedCue? {
        guard !cue.inverted, cue.cue.kind == .verb else { return nil }
        var pronoun = cue.cue.tokens.lowerBound - 1
        while pronoun > part.lowerBound, tokens[pronoun].isWord, tokens[pronoun].classes.contains(.skipBeforeCue) { pronoun -= 1 }
        guard pronoun > part.lowerBound, tokens[pronoun].isWord, tokens[pronoun].classes.contains(.singularPronoun),
              cue.phrase.map({ !$0.contains(pronoun) || $0.count == 1 }) ?? true else { return nil }
        var index = pronoun - 1
        while index >= max(part.lowerBound, pronoun - headlineLimits.pronounAntecedent) {
            let token = tokens[index]
            if token.isWord, token.capitalized || !token.classes.isDisjoint(with: [.title, .personNoun]),
               let named = reader.phrase(endingAt: index, in: tokens, from: part.lowerBound),
               let source = resolver.resolve(named, context), !source.speakers.isEmpty, !source.isIntermediary,
               source.isPerson || !tokens[named.upperBound - 1].classes.isDisjoint(with: [.title, .personNoun]) {
                // (The phrase stays the pronoun: it is what opens the cue's clause.)
                var referred = source
                referred.how = .pronoun
                return ResolvedCue(cue: cue.cue, phrase: pronoun..<pronoun + 1, source: referred, inverted: false)
            }
            index -= 1
        }
        return nil
    }

    /// "Tory whip resigns saying …", "WHO considers declaring …": before a participle cue, an
    /// unlisted word in -s that ends the subject read is the headline's verb, not a plural noun;
    /// the subject is the words before it.
    private func finiteVerbSubject(_ cue: ResolvedCue, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedCue {
        guard cue.cue.kind == .verb, !cue.inverted, shapes.isPresentParticiple(tokens[cue.cue.tokens.lowerBound]),
              let phrase = cue.phrase, phrase.upperBound == cue.cue.tokens.lowerBound,
              shapes.looksPlural(tokens[phrase.upperBound - 1]) else { return cue }
        // ("Tory whip resigns saying …": the verb alone, its subject unread, names nobody.)
        guard phrase.count >= 2 else { return ResolvedCue(cue: cue.cue, phrase: nil, source: nil, inverted: false) }
        let subject = phrase.lowerBound..<(phrase.upperBound - 1)
        guard let source = resolver.resolve(subject, context), !source.speakers.isEmpty else { return cue }
        return ResolvedCue(cue: cue.cue, phrase: subject, source: source, inverted: false)
    }

    /// In Title Case every word is capitalised, so a subject read back from its verb may run
    /// over another verb and its object: "Wisconsin Elects A Supreme Court Justice Who Once
    /// Mocked". A determiner inside it opens the noun phrase that is the subject ("Supreme Court
    /// Justice").
    private func determinedSubject(_ cue: ResolvedCue, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedCue {
        guard !cue.inverted, let phrase = cue.phrase, phrase.count > 2,
              let determiner = (phrase.lowerBound + 1..<phrase.upperBound - 1).last(where: { tokens[$0].isWord && tokens[$0].classes.contains(.determiner) }),
              let source = resolver.resolve(determiner + 1..<phrase.upperBound, context), !source.speakers.isEmpty else { return cue }
        return ResolvedCue(cue: cue.cue, phrase: determiner + 1..<phrase.upperBound, source: source, inverted: false)
    }

    /// "Uvalde report finds 'systemic failures'", "'Now or never' …, warns latest UN climate
    /// report": a document with no owner named, as the subject of a headline's cue, is the source
    /// as written, as a document credit after a colon is.
    private func documentSpeaking(_ cue: ResolvedCue) -> ResolvedCue {
        guard let source = cue.source else { return cue }
        var speaking = cue
        speaking.source = documentSpeaking(source)
        return speaking
    }

    /// The source a document with no speaker named stands for: the document as written.
    private func documentSpeaking(_ source: ResolvedSource) -> ResolvedSource {
        guard source.how == .document, source.speakers.isEmpty, !source.via.isEmpty else { return source }
        var speaking = source
        speaking.speakers = source.via
        speaking.via = NameList()
        speaking.isIntermediary = false
        return speaking
    }

    /// "Wisconsin Governor Vetoes New Maps, Calling Them '…'": in Title Case, a participle after a
    /// comma shares the subject of the clause before it, which ends at its verb.
    private func titleCaseParticipleSubject(_ cue: CueFinder.Cue, part: Range<Int>, _ tokens: Tokens,
                                            _ context: SpeakerResolver.Context) -> ResolvedCue? {
        let verb = cue.tokens.lowerBound
        guard cue.kind == .verb, verb > part.lowerBound + 1, tokens[verb - 1].isPunct(UInt8(ascii: ",")),
              shapes.isPresentParticiple(tokens[verb]),
              let subject = titleCaseSubject(from: part.lowerBound, before: verb - 1, tokens, context),
              let source = resolver.resolve(subject, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
        return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
    }

    /// "Liz Harrow: Tory critic blasts 'personality cult'": where an outlet opens its headlines
    /// with a topic, a person's name there and a description of one person as the subject of
    /// the cue after it are one person, named by the topic.
    private func describedKicker(_ cue: ResolvedCue, before colon: Int, from start: Int, _ tokens: Tokens,
                                 _ context: SpeakerResolver.Context) -> ResolvedCue? {
        guard !cue.inverted, let subject = cue.phrase, subject.lowerBound == colon + 1, var source = cue.source,
              source.how != .name || !source.isPerson, !source.isIntermediary,
              subject.allSatisfy({ tokens[$0].isWord }), case let head = tokens[subject.upperBound - 1],
              !head.classes.isDisjoint(with: [.title, .personNoun]), !head.classes.contains(.groupNoun), !shapes.looksPluralAnyCase(head),
              let name = reader.phrase(startingAt: start, in: tokens, before: colon), name == start..<colon,
              (2...headlineLimits.kickerNameWords).contains(name.count), name.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
              genders.firstName(tokens[start].hash) != nil,
              let person = resolver.resolve(name, context), person.isPerson, !person.speakers.isEmpty else { return nil }
        source.speakers = person.speakers
        source.isPerson = true
        source.how = .name
        return ResolvedCue(cue: cue.cue, phrase: name, source: source, inverted: false)
    }

    /// "Algeria, France agree on …", "Israeli PM, Egyptian president agree to meet …": a headline
    /// joins two subjects with a comma, and its verb in the present agrees with both (no -s).
    private func joinedSubject(_ cue: ResolvedCue, part: Range<Int>, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedCue {
        let verb = tokens[cue.cue.tokens.lowerBound]
        guard !cue.inverted, cue.cue.kind == .verb, !verb.endsInS, !verb.endsInEd,
              let phrase = cue.phrase, var source = cue.source, !source.isIntermediary,
              phrase.lowerBound >= part.lowerBound + 2, tokens[phrase.lowerBound - 1].isPunct(UInt8(ascii: ",")),
              let first = reader.phrase(startingAt: part.lowerBound, in: tokens, before: phrase.lowerBound - 1),
              first == part.lowerBound..<(phrase.lowerBound - 1),
              let other = resolver.resolve(first, context), !other.speakers.isEmpty, !other.isIntermediary else { return cue }
        if let shared = resolver.sharedHead(first.lowerBound..<phrase.upperBound, context, listed: true) {
            source.speakers = shared.speakers
            return ResolvedCue(cue: cue.cue, phrase: first.lowerBound..<phrase.upperBound, source: source, inverted: false)
        }
        source.speakers = context.names.merging(source.speakers, into: other.speakers)
        source.isPerson = source.isPerson && other.isPerson
        return ResolvedCue(cue: cue.cue, phrase: first.lowerBound..<phrase.upperBound, source: source, inverted: false)
    }

    /// A trailing credit that describes its speaker in lower-case words the phrase reader does
    /// not take ("…: retired federal judge", "…: organizing committee", "…: Chinese envoy to
    /// Russia"): its head, the last word or the one before "to"/"of" and a capitalised name, is
    /// a title, a person, a group or an institution. The credit, as written, is the speaker.
    private func describedCredit(_ credit: Range<Int>, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> ResolvedSource? {
        guard credit.allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .possessive }),
              let first = credit.first, !tokens[first].classes.contains(.functionWord) else { return nil }
        // The head stands before the first linking word, which a capitalised name must follow.
        var head = credit.upperBound - 1
        if let link = credit.first(where: { tokens[$0].isWord && !tokens[$0].capitalized && headlines.isAffiliationLink(tokens[$0]) }) {
            guard link > first, link + 1 < credit.upperBound, tokens[link + 1].capitalized,
                  ((link + 1)..<credit.upperBound).allSatisfy({ tokens[$0].capitalized || tokens[$0].kind == .possessive }) else { return nil }
            head = link - 1
        }
        guard head >= first, (first..<head).allSatisfy({ !tokens[$0].classes.contains(.functionWord) }) else { return nil }
        // (A capitalised plural and a lower-case word after it are a clause's subject and verb:
        // "'…': Chileans back abuse survivors".)
        if head > first + 1, tokens[first].capitalized, !tokens[first].acronym, tokens[first].endsInS,
           tokens[first + 1].isWord, !tokens[first + 1].capitalized,
           tokens[first + 1].classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord, .modifier, .nationality]) {
            return nil
        }
        let headToken = tokens[head]
        // (Not any plural: "…: Wang Yi holds German FM talks" is a clause, "…: minutes" a document.)
        guard headToken.isWord, !headToken.classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord]) else { return nil }
        let text = context.names.name(UnsafeBufferPointer(rebasing: context.bytes[tokens[first].range.lowerBound..<tokens[credit.upperBound - 1].range.upperBound]))
        return ResolvedSource(speakers: context.names.list(text), isPerson: false, how: .group)
    }

    private func apply(_ cue: ResolvedCue, step: SieveStep, to attribution: inout Attribution, _ tokens: Tokens) {
        guard let source = cue.source else { return }
        attribution.speakers = source.speakers
        attribution.via = source.via
        attribution.speakerWords = cue.phrase.map { byteRange(of: $0, tokens) }
        attribution.cue = byteRange(of: cue.cue.tokens, tokens)
        attribution.speakerRule = ruleNames.speaker(step, source.how)
        attribution.cueRule = ruleNames.cue(step, cue.cue)
    }

    /// "Envoy: '…'", "Sanders: Clinton needs …", "UN chief on floods: '…'": the phrase that opens
    /// the headline, before its first colon or before "on" and a topic, else a name that ends
    /// just before the colon ("A lesson from Loretta Lynch:"). A headline alone (`strict`) is
    /// read as the wire services write: the phrase must be one that can speak (a person the
    /// article knows or a full name, a title, a group, an institution, an acronym or a
    /// government), and a topic is none: "UK heatwave:", "Logan Mwangi murder:", "Heatwave:".
    ///
    /// `strict` is the outlet's house style for a headline alone, nil under an article.
    private func leadingCredit(before colon: Int, from start: Int, _ tokens: Tokens, _ context: SpeakerResolver.Context,
                               strict style: HeadlineRules.LeadingColon?, titleCase: Bool, cueBefore: Bool) -> ResolvedSource? {
        let strict = style != nil
        // "Governor Vetoes Carry Bill; Sheriff Tillery Fires Back: '…'": the credit opens its
        // own clause after a semicolon.
        let start = (start..<colon).last(where: { tokens[$0].isPunct(semicolon) }).map { $0 + 1 } ?? start
        // Under an article, "Border Sheriff Unloads On Radio: '…'": a Title Case subject and its
        // verb before the colon credit the subject.
        // (A speech verb there that names its subject is the credit's cue, read in its turn:
        // "Trump Praises Boyle: '…'".)
        if !strict, titleCase, let subject = titleCaseSubject(from: start, before: colon, tokens, context) {
            guard !cueBefore || tokens[subject.upperBound].classes.isDisjoint(with: [.verbCueStart, .cueStart]),
                  let source = resolver.resolve(subject, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
            return source
        }
        // A credit is short; with "on" and a topic after it ("Gillibrand on Hillary Releasing Her
        // Goldman Sachs Speech Transcripts:") the topic may run longer.
        guard colon > start, colon - start <= headlineLimits.credit || (start + 1..<min(colon, start + headlineLimits.topicPreposition)).contains(where: { headlines.isTopicPreposition(tokens[$0]) }),
              colon - start <= headlineLimits.topicCredit else { return nil }
        // "Lee Jae-yong: Why South Korea …", "Sarfaraz Khan: The 'wandering cricketer' …": a
        // question or a noun phrase after the colon makes the phrase before it a topic.
        if strict, colon + 1 < tokens.count, tokens[colon + 1].isWord, tokens[colon + 1].capitalized,
           headlines.opensTopic(tokens[colon + 1]) {
            return nil
        }
        // Nothing but a quote after the colon: "Frank Stella: '…'".
        // ("Terrence Higgins: 'He was incredibly funny …'": words about the person, not theirs.)
        let bareQuote = colon + 1 < tokens.count && tokens[colon + 1].kind == .quote
            && (colon + 2..<tokens.count).allSatisfy({ tokens[$0].kind == .punct })
            && !opensWithThirdPerson(tokens[colon + 1], context.bytes)
        // ("Finding True America:", "Reporting Asia:": a participle opens a series' title.)
        let participle = strict && tokens[start].isWord && tokens[start].capitalized
            && tokens[start].classes.isDisjoint(with: [.title, .personNoun, .groupNoun, .organisationWord])
            && shapes.isPresentParticiple(tokens[start]) && genders.firstName(tokens[start].hash) == nil
        // ("Gateshead woman stabbed 29 times: 'I am a survivor'": a bare quote in the first
        // person after a subject and its verb in -ed is the subject's words; not after a noun
        // that the phrase modifies, "Texas migrant deaths: 'I still have …'".)
        let spokenBySubject = { (phrase: Range<Int>) in
            bareQuote && tokens[phrase.upperBound].isWord && !tokens[phrase.upperBound].capitalized
                && headlines.isPastParticiple(tokens[phrase.upperBound])
                && headlines.speaksInFirstPerson(tokens[colon + 1].range, context.bytes)
        }
        if !participle, let phrase = reader.phrase(startingAt: start, in: tokens, before: colon).map({ peopleOfNationality($0, colon, tokens) }),
           phrase.lowerBound == start,
           !strict || phrase.upperBound == colon || headlines.isTopicPreposition(tokens[phrase.upperBound]) || spokenBySubject(phrase),
           let source = resolver.resolve(phrase, context), !source.speakers.isEmpty,
           style.map({ canSpeak(source, phrase, tokens, context, style: $0, bareQuote: bareQuote, beforeTopic: phrase.upperBound < colon) }) ?? true {
            return source
        }
        guard style != .topic, let phrase = reader.phrase(endingAt: colon - 1, in: tokens, from: start), phrase.lowerBound > start,
              phrase.filter({ tokens[$0].isWord && tokens[$0].capitalized }).count >= 2,
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, source.isPerson else { return nil }
        return source
    }

    /// "Afghan contractors: '…'": nationality words and a lower-case plural the lexicons do not
    /// list, right before a leading colon, are people of that nation, a group the phrase reader
    /// stops short of. (Other capitals before such a plural are a topic: "Energy prices: '…'".)
    private func peopleOfNationality(_ phrase: Range<Int>, _ colon: Int, _ tokens: Tokens) -> Range<Int> {
        guard phrase.upperBound == colon - 1, shapes.looksPlural(tokens[colon - 1]),
              phrase.allSatisfy({ tokens[$0].isWord && tokens[$0].classes.contains(.nationality) }) else { return phrase }
        return phrase.lowerBound..<colon
    }

    /// Does the quote open with a pronoun of the third person that has a gender ("He was …",
    /// "She never …")? Read from its bytes: the first run of ASCII letters after the mark.
    private func opensWithThirdPerson(_ quote: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = quote.range.lowerBound
        while start < quote.range.upperBound, !UTF8Scan.isASCIIWordByte(bytes[start]) || bytes[start] >= 0x80 { start += 1 }
        var end = start
        while end < quote.range.upperBound, bytes[end] < 0x80, UTF8Scan.isASCIIWordByte(bytes[end]) { end += 1 }
        guard end > start else { return false }
        return genders.pronoun(WordHash.hash(bytes, start..<end)) != nil
    }

    /// A phrase that can be credited with words in a headline: not a lone capitalised word that
    /// might be a topic ("Heatwave", "Lincoln"), unless the article knows the person, it is an
    /// acronym (WHO) or a government (China), or the outlet opens its headlines with their speaker
    /// ("Biden:" at CGTN). Where it opens them with a topic, a description credits ("Biden's
    /// doctor:", "Afghan contractors:", "Envoy:"), and a name only a bare quote, and only a
    /// person's (a first name the lexicon knows: "Frank Stella: '…'", not "Skellig Michael: '…'"
    /// nor "Gary Speed: Mum's pain …").
    private func canSpeak(_ source: ResolvedSource, _ phrase: Range<Int>, _ tokens: Tokens, _ context: SpeakerResolver.Context,
                          style: HeadlineRules.LeadingColon, bareQuote: Bool, beforeTopic: Bool) -> Bool {
        let words = phrase.filter { tokens[$0].isWord }
        let lone = words.count == 1
        let head = words.last.map { tokens[$0] }
        // (A portfolio that also modifies is no description: "NI health:", "Mental health:".)
        let describes = head.map {
            !$0.classes.isDisjoint(with: [.personNoun, .groupNoun]) || ($0.classes.contains(.title) && !$0.classes.contains(.modifier))
                || (!$0.capitalized && shapes.looksPlural($0))
        } ?? false
        switch (source.how, style) {
        case (_, .topic) where describes: return true
        case (.name, .topic):
            return bareQuote && !lone && source.isPerson && genders.firstName(tokens[words[0]].hash) != nil
        case (_, .topic): return false
        case (.group, _), (.names, _), (.surname, _), (.outlet, _), (.document, _), (.documentOwner, _): return true
        case (.name, _):
            if source.isPerson || headlines.isGovernment(phrase, tokens, context.bytes) { return true }
            // (Not a lone word before "on" and a topic, which is the topic's own label: "Latest on
            // the talks:", "Facts on floods:"; "UN chief on floods:" describes its speaker.)
            if lone { return (style == .credit && !beforeTopic) || tokens[words[0]].acronym || describes }
            return false
        default: return false
        }
    }

    /// A cue whose subject stands right after a comma and agrees with it as a speaker does: a
    /// verb in -s ("…, expert warns") or a group or person noun ("…, experts say").
    private func closesAfterComma(_ cue: ResolvedCue, _ tokens: Tokens) -> Bool {
        guard let subject = cue.phrase, subject.lowerBound > 0, tokens[subject.lowerBound - 1].isPunct(UInt8(ascii: ",")) else { return false }
        return tokens[cue.cue.tokens.lowerBound].endsInS
            || !tokens[subject.upperBound - 1].classes.isDisjoint(with: [.groupNoun, .personNoun, .title])
    }

    /// "'We will not give up': Dockers vow to strike on": a quote that opens the headline, then a
    /// separator and a clause whose subject is a person, a group or a government.
    private func subjectAfter(_ separator: Int, speech: Bool, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> (ResolvedSource, Range<Int>)? {
        guard let phrase = reader.phrase(startingAt: separator + 1, in: tokens, before: tokens.count), phrase.lowerBound == separator + 1,
              phrase.upperBound < tokens.count, tokens[phrase.upperBound].isWord, !tokens[phrase.upperBound].capitalized,
              !tokens[phrase.upperBound].classes.contains(.functionWord),
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
        // "'Denial and delay': Big Oil rebuked by US climate scientists": a passive's agent is
        // who said it.
        let verb = phrase.upperBound
        if headlines.isPastParticiple(tokens[verb]), verb + 2 < tokens.count, tokens[verb + 1].isWord,
           grammar[.agentPrepositions].contains(tokens[verb + 1].hash) {
            guard let agent = reader.phrase(startingAt: verb + 2, in: tokens, before: tokens.count), agent.lowerBound == verb + 2,
                  let speaker = resolver.resolve(agent, context), !speaker.speakers.isEmpty, !speaker.isIntermediary else { return nil }
            return (speaker, agent)
        }
        // A passive with no agent says what befell its subject, who said nothing: "'Shameful
        // scenes': Asylum-seekers bussed out of …".
        if headlines.isPastParticiple(tokens[verb]) || !speech { return nil }
        // A lone capitalised word is a name when a verb in the present agrees with it: "Bach
        // gives"; a plural one is a group when its verb agrees as a plural: "Greeks strike". (A
        // thing is neither: "War nears …".)
        let lone = tokens[phrase.lowerBound], verbEndsInS = tokens[phrase.upperBound].endsInS
        let plural = shapes.endsAsPlural(lone)
        // (A nationality alone with a verb without -s is its people: "'…': Chinese commemorate …".)
        let agrees = phrase.count == 1 && lone.capitalized && !lone.classes.contains(.organisationWord)
            && (verbEndsInS || plural || lone.classes.contains(.nationality))
        guard source.isPerson || source.how == .group || source.how == .surname || source.how == .names
                || headlines.isGovernment(phrase, tokens, context.bytes) || agrees else { return nil }
        return (source, phrase)
    }

    /// "Woman Steps Forward With Bombshell:", "Border Sheriff Unloads On Radio:", "Christian
    /// Speaker Just Shared This …": in a Title Case headline, where every word is capitalised,
    /// the subject ends before its verb: a word in -s that no list holds after a word that can
    /// head a speaker (a title, a person or group noun, an institution, an acronym, a person
    /// the article knows), or a word after an adverb of `subject_adverbs`. The subject's range.
    func titleCaseSubject(from start: Int, before limit: Int, _ tokens: Tokens, _ context: SpeakerResolver.Context) -> Range<Int>? {
        let registry = context.registry
        let headline = tokens[0].range.lowerBound..<tokens[tokens.count - 1].range.upperBound
        let heads: WordClass = [.title, .personNoun, .groupNoun, .organisationWord]
        let listed: WordClass = [.title, .personNoun, .groupNoun, .organisationWord, .nationality, .functionWord, .determiner,
                                 .documentNoun, .modifier, .outletDescriptor]
        var index = start + 1
        while index < limit, tokens[index].isWord, tokens[index].capitalized {
            let word = tokens[index], previous = tokens[index - 1]
            if headlines.isSubjectAdverb(word) { return start..<index }
            let canHead = previous.isWord && (!previous.classes.isDisjoint(with: heads) || previous.acronym
                || registry.isKnownPerson(previous.hash))
            // After a plural head ("GOP Leaders Rip …", "Senate Democrats Slam …") the verb has no -s.
            let pluralHead = previous.isWord && previous.endsInS
                && (previous.classes.contains(.groupNoun) || isPlural(of: heads, previous, context.bytes))
            if pluralHead, word.classes.isDisjoint(with: listed), !word.endsInS,
               !registry.isNamed(word.hash, outside: headline), genders.firstName(word.hash) == nil {
                return start..<index
            }
            if canHead, shapes.endsAsPlural(word),
               // (A name the body gives in full is no verb: "Bernie Sanders Pins …". The
               // headline's own "Sheriff Unloads" makes a titled name of a verb.)
               word.classes.isDisjoint(with: listed), !isPlural(of: heads, word, context.bytes),
               !registry.isNamed(word.hash, outside: headline),
               genders.firstName(word.hash) == nil {
                return start..<index
            }
            index += 1
        }
        return nil
    }

    /// "Clinton Aides", "GOP Leaders": the word is a listed noun's plural (with a plural suffix
    /// of rules/speakers.yaml `endings`: -s, -es), not a verb in -s.
    private func isPlural(of classes: WordClass, _ word: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = word.range
        return tokenizer.wordEndings.pluralSuffixes.contains { suffix in
            suffix.count < range.count && WordEndings.ends(range, with: suffix, in: bytes)
                && !tokenizer.table[WordHash.hash(bytes, range.lowerBound..<range.upperBound - suffix.count)].isDisjoint(with: classes)
        }
    }

    /// "Cruz 'glad to finish' fight with Trump", "DNC issues 'deep and sincere apology'": a headline
    /// without a cue whose subject, a person or a group the article names, acts on the quote a
    /// few words later (or owns it: "Pence blames media for Trump's 'Obama founded ISIS' flap").
    private func headlineSubject(of position: Int, _ tokens: Tokens, _ context: SpeakerResolver.Context,
                                 titleCase: Bool) -> (ResolvedSource, Range<Int>)? {
        let sentence = 0..<tokens.count
        if let owner = reader.possessor(of: position, in: tokens, sentence: sentence) {
            guard let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary,
                  source.isPerson || source.how == .surname else { return nil }
            return (source, owner)
        }
        // "Senator Just Torched The Media With 5 Words — 'You Should Be Ashamed'": a dash after a
        // Title Case subject and its verb presents the quote as the subject's words.
        let subject = titleCase ? titleCaseSubject(from: 0, before: position, tokens, context) : nil
        if let subject, position > 1, tokens[position - 1].isDash(), let source = resolver.resolve(subject, context),
           !source.speakers.isEmpty, !source.isIntermediary {
            return (source, subject)
        }
        // (A Title Case subject ends at its verb, so the words after it may run longer.)
        guard let phrase = subject ?? reader.phrase(startingAt: 0, in: tokens, before: position), phrase.lowerBound == 0,
              position - phrase.upperBound <= (subject == nil ? headlineLimits.subjectGap : headlineLimits.titleCaseSubjectGap),
              (phrase.upperBound..<position).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .possessive }),
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .surname || tokens[phrase.lowerBound].acronym else { return nil }
        return (source, phrase)
    }
}
