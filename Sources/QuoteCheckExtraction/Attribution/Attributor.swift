import QuoteCheckText
import QuoteCheckRules

/// The attribution sieve. It walks the article in order, sentence by sentence, keeping track of
/// who has spoken (for pronouns and "the two"), and gives each quote the first answer of its
/// steps (`Sieve/`, one `AttributionStep` each, in the order rules/speakers.yaml `sieve` gives;
/// the `cues` step is `sieve(_:quote:…)` below). By rule name:
///
/// 1. `dash-credit`: the quote is credited with a dash and a name to the end of its sentence
///    (“…” ― Adriana Rodarte).
/// 2. `dash-introduction`: a name introduces it with a dash ("Mitt Romney -- ''…''").
/// 3. `cue-after-quote`: a direct quote followed at once by its attribution ("…,” Panetta said).
/// 4. `cue-before-quote`: the nearest cue before the quote in its sentence (Kitazawa told Liang it
///    would be “unproductive”; Gates said that “…”).
/// 5. `cue-after-in-sentence`: the sentence's closing attribution (…, according to a statement),
///    else the first cue after the quote.
/// 6. `transcript-label`: the quote opens with a speaker label ("WALLACE: …").
/// 7. `colon-subject`: no cue, and the quote follows a colon: the sentence's subject.
/// 8. `lead-in`: the sentence before ended with a colon ("Caddell continued:").
/// 9. `continuation`: no cue at all: the previous speaker, if they spoke in this paragraph or the
///    one before; the cue is null.
/// 10. `credit-after`: a paragraph that opens with quotes alone, and a sentence after them that
///    points back and names a person ("That was how Hector Ybarra put it").
/// Otherwise no speaker: none is invented. Headlines go through `attributeHeadline` (a speech verb
/// or a "Name:" opening, else nothing). Intermediaries (outlets, documents, a listener that is an
/// outlet) named in the sentence become `via`; the parts of a multi-paragraph quote share one
/// attribution (`statement`).
struct Attributor: Sendable {
    let tokenizer: Tokenizer
    let cueFinder: CueFinder
    let reader: PhraseReader
    let resolver: SpeakerResolver
    let continuationParagraphs: Int
    /// How far either side of a cue its aside's parentheses are looked for (rules `aside_reach`).
    let asideReach: Int
    /// How far each step reads, and how long a word must be before its ending tells (rules/speakers.yaml `limits`).
    let limits: SieveLimits
    /// The same for headlines (rules/headlines.yaml `limits`).
    let headlineLimits: HeadlineLimits
    /// What word endings tell on words long enough to trust them (rules/speakers.yaml `endings.shortest`).
    let shapes: WordShapes
    let ruleNames: RuleNames
    /// What tells "he" from "she" (rules/speakers.yaml `genders`).
    let genders: Gender.Lexicon
    /// The roles "the mayor", "the senator" refer back by (rules/speakers.yaml `roles`).
    let roles: RoleTitles
    /// rules/speakers.yaml `name_suffixes`, hashed.
    let nameSuffixes: WordHashSet
    /// The marks of rules/marks.yaml that can open a quote, for a quote held inside another; a
    /// straight single mark only after a space or at the start (elsewhere it is an apostrophe).
    private let innerOpeners: [(bytes: [UInt8], afterSpaceOnly: Bool)]
    /// The house styles of headlines (rules/headlines.yaml).
    let headlines: HeadlineReader
    let colon = UInt8(ascii: ":")
    let semicolon = UInt8(ascii: ";")
    /// The rules' grammar words, hashed (the phrase reader and resolver share them).
    let grammar: GrammarWordSets
    /// The body sieve's steps, in the order rules/speakers.yaml `sieve` gives.
    let steps: [any AttributionStep]
    /// Where a sentence ends at a stop: the one splitter the quote finder and the checks use too.
    let splitter: SentenceSplitter

    /// What stands before a cue in the passive: a form of "be", or "as" ("as described by").
    private func isPassiveMarker(_ hash: UInt64) -> Bool {
        grammar[.beForms].contains(hash) || grammar[.passiveMarkers].contains(hash)
    }

    init(rules: RuleSet) {
        grammar = GrammarWordSets(rules.speakers.grammar)
        limits = rules.speakers.limits
        headlineLimits = rules.headlines.limits
        shapes = WordShapes(endings: rules.speakers.endings)
        reader = PhraseReader(grammar: grammar, limits: limits, shapes: shapes)
        let table = WordTable(rules: rules)
        tokenizer = Tokenizer(table: table, rules: rules)
        cueFinder = CueFinder(rules: rules)
        ruleNames = RuleNames(cueRuleIDs: cueFinder.ruleIDs)
        resolver = SpeakerResolver(rules: rules, grammar: grammar)
        continuationParagraphs = rules.speakers.continuationParagraphs
        asideReach = rules.speakers.asideReach
        genders = Gender.Lexicon(rules: rules.speakers)
        roles = RoleTitles(rules: rules.speakers)
        nameSuffixes = WordHashSet(words: rules.speakers.nameSuffixes)
        innerOpeners = rules.marks.marks.filter { $0.role != .close }.map { ($0.bytes, $0.role == .either && $0.family == .single) }
        headlines = HeadlineReader(rules: rules.headlines, kinds: rules.kinds, apostrophes: rules.apostrophes.inWord, words: table)
        steps = rules.speakers.sieve.map(\.step)
        splitter = rules.sentenceSplitter
    }

    /// An attribution kept for the quotes after it (the last speaker, a lead-in), with the
    /// paragraph it was made in.
    struct Remembered {
        let attribution: Attribution
        let paragraph: Int
    }

    /// A cue with the source phrase that goes with it.
    struct ResolvedCue {
        let cue: CueFinder.Cue
        let phrase: Range<Int>?
        var source: ResolvedSource?
        let inverted: Bool
        /// A phrase cue that belongs to the verb before it ("said in an interview"): it shares
        /// the verb's source, and the verb stays the cue.
        var sharesVerb = false

        /// Does the cue name someone who speaks (not only an outlet or document that relays)?
        var namesSpeaker: Bool { source.map { !$0.isIntermediary && !$0.speakers.isEmpty } ?? false }
    }

    /// Attributes every quote, making its names in `names`; `explain` collects the sieve's
    /// decisions as readable lines, and `people` receives the full names the article gives.
    func attribute(_ quotes: [FoundQuote], layout: ArticleLayout, bytes: UnsafeBufferPointer<UInt8>,
                   names: NameTable, outlet: String? = nil, explain: ((String) -> Void)? = nil,
                   people: (([PersonMention]) -> Void)? = nil) -> [Attribution] {
        var results = Array(repeating: Attribution(), count: quotes.count)
        // Where each line's tokens stand in the article's one buffer.
        var lineTokens = Array(repeating: 0..<0, count: layout.lines.count)
        var registry = PersonRegistry(limits: limits, shapes: shapes, genders: genders, keepsOrganisations: people != nil, clauseOpeners: headlines.coordinators,
                                      outlets: resolver.outletNames, roles: roles,
                                      suffixes: nameSuffixes)
        // The finder lists quotes line by line, so each line's quotes are the next run of the list.
        var nextQuote = 0
        var lineQuotes: [(outer: Range<Int>, index: Int)] = []
        // Room for a quote-dense line from the start: growing from empty cost an allocation and
        // a copy at each doubling, in every article (so for the buffers below).
        lineQuotes.reserveCapacity(16)
        // News text runs about one token (word or punctuation) to four or five bytes, quotes
        // aside: room for all of them from the start, so the buffer rarely has to grow. Capped
        // (at 2.6 MB): a huge article grows its buffer as it needs rather than up front.
        var tokenBuffer = TokenBuffer(capacity: min(bytes.count / 4, 1 << 16))
        for (line, range) in layout.lines.enumerated() {
            lineQuotes.clearKeepingCapacity()
            while nextQuote < quotes.count, quotes[nextQuote].line <= line {
                lineQuotes.append((quotes[nextQuote].outer, nextQuote))
                nextQuote += 1
            }
            switch layout.roles[line] {
            case .blank, .boilerplate: continue
            default: break
            }
            lineTokens[line] = tokenizer.tokens(in: bytes, range: range, quotes: lineQuotes, buffer: &tokenBuffer)
            // In a Title Case headline every word is capitalised, so only a run after a title
            // ("President Lea Santos") is taken for a name.
            // A headline's kicker ("China Focus:") names no one.
            var lineTokensView = tokenBuffer.tokens(lineTokens[line])
            if layout.isHeadline(line) {
                lineTokensView = Tokens(rebasing: lineTokensView[headlines.start(of: lineTokensView, bytes: bytes)...])
            }
            registry.collect(from: lineTokensView, paragraph: line, requireTitle: layout.isHeadline(line) && layout.isTitleCase(line),
                             in: bytes, names: names)
        }
        if !registry.functionWordSurnames.isEmpty {
            // "Will wrote", "From said": where the article names George Will or Al From, the
            // capitalised word is his name, not a function word.
            for index in 0..<tokenBuffer.count {
                tokenBuffer.update(index) { token in
                    guard token.isWord, token.capitalized, registry.functionWordSurnames.contains(token.hash) else { return }
                    token.classes.subtract([.functionWord, .skipBeforeCue])
                }
            }
        }

        // One context for the article: the paragraph's tokens change, who has spoken grows.
        // Made once rather than per cue and quote, where each copy retained four buffers.
        var context = SpeakerResolver.Context(tokens: Tokens(start: nil, count: 0), bytes: bytes, registry: registry, salience: Salience(),
                                              names: names)
        var paragraph = 0
        // The quotes of the paragraph before, for a credit line that follows them.
        var previousQuotes: [Int] = []
        // The quotes of the sentence before, when it held nothing else ("“…”" as a paragraph).
        var standalone: [Int] = []
        var lastEvent: Remembered? = nil
        var leadIn: Remembered? = nil
        // A paragraph that ends in a lead-in ("Wallnau wrote:"): the next one may be the words
        // it introduces, set without quote marks.
        var blockLead: Remembered? = nil
        // Who asked the question in the quote just before, whether by a cue of asking, and where
        // that sentence starts: the pronoun of the answer in the next sentence is someone else
        // (grammar `question_cues`, `answer_cues`).
        var questioner: (person: NameID, asked: Bool, sentence: Int)? = nil
        // Per-sentence buffers, emptied and refilled rather than allocated for every sentence.
        var sentenceRanges: [Range<Int>] = []
        var cues: [CueFinder.Cue] = []
        var resolved: [ResolvedCue] = []
        sentenceRanges.reserveCapacity(16)
        cues.reserveCapacity(8)
        resolved.reserveCapacity(8)
        // Headlines are read after the body, whose quotes are their evidence.
        var headlineLines: [Int] = []
        // No token is appended from here on, so the views stay valid.
        for (line, range) in lineTokens.enumerated() where !range.isEmpty {
            let tokens = tokenBuffer.tokens(range)
            if layout.isHeadline(line) {
                headlineLines.append(line)
                continue
            }
            paragraph += 1
            context.tokens = tokens
            if let credit = dashCreditParagraph(tokens, context: context) {
                // "- Bernie Sanders." on a line of its own credits the quotes just above it that
                // had no cue of their own.
                for index in previousQuotes where results[index].cue == nil {
                    results[index] = credit
                    lastEvent = Remembered(attribution: credit, paragraph: paragraph)
                }
            }
            previousQuotes.removeAll(keepingCapacity: true)
            sentences(tokens, quotes: quotes, bytes: bytes, into: &sentenceRanges)
            // A transcript's speaker label ("Mao Ning: …", "Xinhua News Agency: …?") stands
            // apart from the sentence after it: no cue reads it as a subject.
            let label = paragraphLabel(tokens, context: context)
            if let label, !sentenceRanges.isEmpty, sentenceRanges[0].lowerBound <= label.colon, sentenceRanges[0].upperBound > label.colon + 1 {
                sentenceRanges[0] = (label.colon + 1)..<sentenceRanges[0].upperBound
            }
            for sentence in sentenceRanges {
                if !standalone.isEmpty {
                    if let credit = creditAfter(tokens, sentence: sentence, context: context) {
                        for index in standalone where results[index].cue == nil { results[index] = credit }
                        lastEvent = Remembered(attribution: credit, paragraph: paragraph)
                    }
                    standalone.removeAll(keepingCapacity: true)
                }
                resolved.clearKeepingCapacity()
                context.previousSentenceStart = context.sentenceStart
                context.sentenceStart = tokens[sentence.lowerBound].range.lowerBound
                let subjectPhrase = noteSubject(of: sentence, tokens: tokens, context: &context)
                cueFinder.cues(in: tokens, sentence: sentence, into: &cues)
                for cue in cues {
                    if isInAside(cue, tokens: tokens, sentence: sentence) { continue }
                    var item: ResolvedCue
                    switch relativeWhich(cue, tokens: tokens, sentence: sentence, context: context) {
                    case .speaker(let phrase, let source): item = ResolvedCue(cue: cue, phrase: phrase, source: source, inverted: false)
                    case .nobody: continue
                    case .none: item = resolve(cue, tokens: tokens, sentence: sentence, context: context, earlier: resolved)
                    }
                    if cue.kind == .nominal && item.source == nil { continue }
                    // (Only the sentence right after the question's answers it.)
                    if let asker = questioner, asker.sentence == context.previousSentenceStart,
                       let source = item.source, source.how == .pronoun, let pronoun = item.phrase,
                       asker.asked || grammar[.answerCues].contains(tokens[cue.tokens.lowerBound].hash),
                       let answerer = answerer(to: asker.person, for: source, pronoun: tokens[pronoun.lowerBound], context: context) {
                        item.source = answerer
                    }
                    resolved.append(item)
                    if let source = item.source, !source.isIntermediary {
                        context.salience.record(source)
                        if let phrase = item.phrase { noteOrganisation(source, named: phrase, tokens: tokens, context: &context) }
                    }
                    // "“…,” Mr. Solomon said.": a speaker named at the cue is the sentence's subject
                    // when its first phrase is a quote.
                    if context.subject == nil, let source = item.source, !source.isIntermediary, source.isPerson,
                       source.speakers.count == 1, let person = context.names.first(of: source.speakers) {
                        context.subject = (person, tokens[cue.tokens.lowerBound].range.lowerBound)
                    }
                }
                var sawQuote = false
                // The intermediaries the sentence's cues name, once for all its quotes.
                let sentenceVia = intermediaries(resolved, except: nil, names)
                // The sentence's last comma, found once when a quote first asks (a sentence of
                // thousands of quotes would otherwise be read again for each).
                var lastComma: Int?? = nil
                var position = sentence.lowerBound - 1
                while true {
                    // The sentence's quotes, passing over its other tokens in a loop that reads
                    // only their kind.
                    position += 1
                    while position < sentence.upperBound && tokens[position].kind != .quote { position += 1 }
                    guard position < sentence.upperBound else { break }
                    sawQuote = true
                    let index = tokens[position].quote
                    let sentenceSite = SentenceSite(tokens: tokens, range: sentence, quotes: quotes, via: sentenceVia, paragraph: paragraph, label: label,
                                                    leadIn: leadIn, blockLead: blockLead)
                    var site = QuoteSite(position: position, quote: quotes[index], lastEvent: lastEvent, lastComma: lastComma)
                    var attribution = Attribution()
                    for step in steps where step.decide(&site, in: sentenceSite, cues: resolved, context: context, &attribution, by: self) { break }
                    lastComma = site.lastComma
                    results[index] = attribution
                    previousQuotes.append(index)
                    if !attribution.speakers.isEmpty {
                        questioner = nil
                        if attribution.speakers.count == 1, endsInQuestion(quotes[index], bytes: bytes), let asker = names.first(of: attribution.speakers) {
                            let asked = resolved.contains { item in
                                item.source.flatMap { names.first(of: $0.speakers) } == asker
                                    && grammar[.questionCues].contains(tokens[item.cue.tokens.lowerBound].hash)
                            }
                            questioner = (asker, asked, context.sentenceStart)
                        }
                        lastEvent = Remembered(attribution: attribution, paragraph: paragraph)
                    } else if attribution.cue != nil {
                        // A cue whose speaker has no name here ("“…,” I said" in a column) ends
                        // the run: the quotes after it are not the previous speaker's.
                        lastEvent = nil
                    }
                    explain?(describe(index, quotes[index], attribution, resolved, tokens, bytes, names))
                }
                // A paragraph that opens with a sentence of quotes alone, which the sentence after
                // it may credit. (Not one after a cue's sentence: "“…,” added Ruiz. “…”" goes on.)
                if sawQuote, sentence.lowerBound == 0, sentence.allSatisfy({ tokens[$0].kind == .quote || tokens[$0].kind == .punct }) {
                    for position in sentence where tokens[position].kind == .quote { standalone.append(tokens[position].quote) }
                }
                // (The speaker of a reported clause's cue is the outer cue's: "Carter said that
                // critics had been predicting …" leaves Carter speaking; so does the first cue,
                // the main clause's, in "Diaz said she was angered by the networks declaring …".)
                if !sawQuote, let main = resolved.first(where: { !$0.sharesVerb && $0.namesSpeaker }) {
                    let speaking = outerSpeaker(of: main, among: resolved[...], tokens) ?? main
                    var attribution = Attribution()
                    attribution.speakers = speaking.source!.speakers
                    attribution.speakerWords = speaking.phrase.map { byteRange(of: $0, tokens) }
                    attribution.via = intermediaries(resolved, except: nil, names)
                    lastEvent = Remembered(attribution: attribution, paragraph: paragraph)
                }
                // "Viguerie is upbeat about Cruz's chances …": a sentence about the last speaker,
                // with no quote and no cue of its own, keeps them speaking into the next paragraph.
                // (Named, not "he": a pronoun would only echo whoever was last taken to speak.)
                if !sawQuote, !resolved.contains(where: { $0.source != nil }), let last = lastEvent, let subject = context.subject,
                   last.attribution.speakers.count == 1, context.names.first(of: last.attribution.speakers) == subject.person,
                   let subjectPhrase, !reader.isPronoun(tokens[subjectPhrase.lowerBound]) {
                    lastEvent = Remembered(attribution: last.attribution, paragraph: paragraph)
                }
                if leadIn != nil { leadIn = nil }
                if sentence.upperBound > sentence.lowerBound, tokens[sentence.upperBound - 1].isPunct(colon) {
                    // "Caddell continued:" gives speaker and cue; "Sanders made the following
                    // comment:" gives the speaker alone.
                    var attribution = Attribution()
                    var leadsPerson = false
                    if let cue = resolved.last, let source = cue.source, !source.speakers.isEmpty {
                        leadsPerson = source.isPerson
                        attribution.speakers = source.speakers
                        attribution.speakerWords = cue.phrase.map { byteRange(of: $0, tokens) }
                        attribution.via = intermediaries(resolved, except: nil, names)
                        attribution.cue = byteRange(of: cue.cue.tokens, tokens)
                    } else if resolved.isEmpty,
                              let subject = reader.sentenceSubject(in: tokens, sentence: sentence, before: sentence.upperBound - 1),
                              let source = resolver.resolve(subject, context), !source.speakers.isEmpty, !source.isIntermediary {
                        attribution.speakers = source.speakers
                        attribution.speakerWords = byteRange(of: subject, tokens)
                        leadsPerson = source.isPerson
                    }
                    if !attribution.speakers.isEmpty {
                        leadIn = Remembered(attribution: attribution, paragraph: paragraph)
                        // (A person's: "SHORT READS:" or "Sign the petition:" introduce no one's words.)
                        if sentence.upperBound == tokens.count, leadsPerson { blockLead = leadIn }
                    }
                }
            }
        }
        if !headlineLines.isEmpty {
            let body = BodyQuotes(quotes: quotes, layout: layout, bytes: bytes)
            for line in headlineLines {
                attributeHeadline(tokenBuffer.tokens(lineTokens[line]), quotes: quotes, bytes: bytes, registry: registry, names: names,
                                  titleCase: layout.isTitleCase(line, outside: quotes.lazy.filter { $0.line == line }.map(\.outer), in: bytes),
                                  body: body, style: headlines.leadingColon(outlet: outlet),
                                  into: &results)
            }
        }
        joinStatements(quotes, &results)
        people?(registry.people(names: names))
        return results
    }

    /// What a relative "which" before a verb cue makes of it.
    private enum RelativeWhich {
        /// No "which" stands before the cue, or it stands for a document, whose owner the cue's
        /// usual reading looks for ("the resolution which said"), or for no phrase.
        case none
        /// "The Marist Institute, which said": the body it stands for speaks.
        case speaker(Range<Int>, ResolvedSource)
        /// "Hellerstedt, the case which challenges HB-2", "pronouncements which challenged":
        /// nobody speaks, and the cue counts for nothing.
        case nobody
    }

    /// "Which" never stands for a person, nor for a name farther back than the phrase right
    /// before it; and after a preposition's object ("the case before the Supreme Court which
    /// challenges …") it may stand for the noun before the preposition, so it credits no one.
    private func relativeWhich(_ cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>,
                               context: SpeakerResolver.Context) -> RelativeWhich {
        guard cue.kind == .verb,
              let (which, antecedent) = reader.whichAntecedent(before: cue.tokens.lowerBound, in: tokens, from: sentence.lowerBound)
        else { return .none }
        guard let antecedent else {
            // ("The movie “Bridge of Spies,” which recounts …": after a quote, read as before.)
            let previous = which - 1 >= sentence.lowerBound && tokens[which - 1].isPunct(UInt8(ascii: ",")) ? which - 2 : which - 1
            return previous >= sentence.lowerBound && tokens[previous].kind == .quote ? .none : .nobody
        }
        if antecedent.contains(where: { tokens[$0].isWord && !tokens[$0].capitalized
            && !tokens[$0].classes.isDisjoint(with: [.documentNoun, .nominalCue]) }) {
            return .none
        }
        var before = antecedent.lowerBound - 1
        while before >= sentence.lowerBound, tokens[before].isWord, tokens[before].classes.contains(.determiner) { before -= 1 }
        if before >= sentence.lowerBound, isPreposition(tokens[before]) { return .nobody }
        guard let source = resolver.resolve(antecedent, context), !source.speakers.isEmpty, !source.isPerson,
              source.how != .pronoun, source.how != .role,
              source.how != .group || antecedent.contains(where: { tokens[$0].isWord && tokens[$0].classes.contains(.groupNoun) })
        else { return .nobody }
        return .speaker(antecedent, source)
    }

    /// Does the cue stand in a short parenthesis that holds no quote ("Pike's dictum to his
    /// students (repeated to me often) was, “…”")? Such an aside reports the writer's
    /// hearing, not the quote's speaker. (Read at most `asideReach` tokens each way: asides are
    /// short, and a long sentence of many cues stays linear.)
    private func isInAside(_ cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>) -> Bool {
        var open = cue.tokens.lowerBound - 1
        while open >= max(sentence.lowerBound, cue.tokens.lowerBound - asideReach) {
            let token = tokens[open]
            if token.kind == .quote || token.isPunct(UInt8(ascii: ")")) { return false }
            if token.isPunct(UInt8(ascii: "(")) { break }
            open -= 1
        }
        guard open >= sentence.lowerBound, tokens[open].isPunct(UInt8(ascii: "(")) else { return false }
        var close = cue.tokens.upperBound
        while close < min(sentence.upperBound, cue.tokens.upperBound + asideReach) {
            let token = tokens[close]
            if token.kind == .quote || token.isPunct(UInt8(ascii: "(")) { return false }
            if token.isPunct(UInt8(ascii: ")")) { return true }
            close += 1
        }
        return false
    }

    /// A quote credited with a dash and a name, nothing else, to the end of its sentence:
    /// “…” ― Adriana Rodarte.
    func dashCredit(_ position: Int, tokens: Tokens, sentence: Range<Int>, context: SpeakerResolver.Context) -> Attribution? {
        let dash = position + 1
        // (A hyphen set right against the closing mark is a dash too: "'horrific,'-Canadian PM".)
        guard dash < sentence.upperBound, tokens[dash].kind == .punct,
              tokens[dash].isDash(hyphen: false) || (tokens[dash].isDash() && tokens[dash].range.lowerBound == tokens[position].range.upperBound),
              let phrase = reader.phrase(startingAt: dash + 1, in: tokens, before: sentence.upperBound) else { return nil }
        let rest = phrase.upperBound..<sentence.upperBound
        guard rest.allSatisfy({ tokens[$0].kind == .punct }), let source = resolver.resolve(phrase, context),
              !source.speakers.isEmpty else { return nil }
        var attribution = Attribution()
        attribution.speakers = source.speakers
        attribution.via = source.via
        attribution.speakerWords = byteRange(of: phrase, tokens)
        attribution.cue = tokens[dash].range
        attribution.speakerRule = ruleNames.speaker(.dashCredit, source.how)
        attribution.cueRule = RuleName(.dashCredit)
        return attribution
    }

    /// "… - Philip Bump: “…”", "More from Jones: “…”": the person named on its own right before
    /// the colon that opens the quote, after punctuation, the sentence's start or "from" (not "a
    /// message to Trump: “…”").
    func namedColon(_ position: Int, tokens: Tokens, sentence: Range<Int>,
                            context: SpeakerResolver.Context) -> (Range<Int>, ResolvedSource)? {
        guard position > sentence.lowerBound + 1, tokens[position - 1].isPunct(colon),
              tokens[position - 2].isWord, tokens[position - 2].capitalized,
              let named = reader.phrase(endingAt: position - 2, in: tokens, from: sentence.lowerBound),
              named.lowerBound == sentence.lowerBound || tokens[named.lowerBound - 1].kind == .punct
                || grammar[.senderPrepositions].contains(tokens[named.lowerBound - 1].hash),
              let source = resolver.resolve(named, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .surname else { return nil }
        return (named, source)
    }

    /// "Pollsters agree - Dana Wolfe: “…”": a person named after a dash and before the colon that
    /// opens the quote is its speaker, whatever cue the words before the dash hold (they are a
    /// heading's, or another clause's).
    func dashColonCredit(_ position: Int, tokens: Tokens, sentence: Range<Int>,
                                 context: SpeakerResolver.Context) -> Attribution? {
        guard let (named, source) = namedColon(position, tokens: tokens, sentence: sentence, context: context),
              named.lowerBound > sentence.lowerBound, tokens[named.lowerBound - 1].isDash() else { return nil }
        return attribution(source, named: named, by: .colonSubject, via: NameList(), tokens)
    }

    /// "“Go back to your seat,” Whitfield barked.": speech ending in a comma, question or
    /// exclamation mark, then a person and a past- or present-tense verb no cue list holds, at
    /// the end of the sentence or before a comma or short adverbial. The shape is the attribution,
    /// whatever the verb.
    func verbAfterQuote(_ position: Int, quote: FoundQuote, tokens: Tokens, sentence: Range<Int>,
                                context: SpeakerResolver.Context, bytes: UnsafeBufferPointer<UInt8>) -> Attribution? {
        guard isSentenceLike(quote, bytes: bytes), quote.kind != .term, position + 2 < sentence.upperBound else { return nil }
        if let inverted = invertedVerbAfterQuote(position, tokens: tokens, sentence: sentence, context: context) { return inverted }
        guard let phrase = reader.phrase(startingAt: position + 1, in: tokens, before: sentence.upperBound),
              phrase.lowerBound == position + 1, phrase.upperBound < sentence.upperBound else { return nil }
        let verb = tokens[phrase.upperBound]
        guard verb.isWord, !verb.capitalized, verb.isUnlisted, verb.range.count >= limits.unlistedVerbLetters,
              verb.endsInEd || verb.endsInS else { return nil }
        // What follows the verb: the sentence's end, a comma, or a few words before its end.
        let after = phrase.upperBound + 1
        // (Only a few tokens are read: a sentence of thousands of quotes stays linear.)
        guard after >= sentence.upperBound || tokens[after].kind == .punct || sentence.upperBound - after <= limits.afterVerb,
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .pronoun else { return nil }
        var attribution = attribution(source, named: phrase, by: .verbAfterQuote, via: NameList(), tokens)
        attribution.cue = verb.range
        return attribution
    }

    /// Makes the sentence's subject, when it is one person, the one "he" and "she" look to first
    /// (the previous sentence's moves back a place; a sentence without a person subject keeps it),
    /// and returns that subject's phrase (nil when the subject is no one person).
    private func noteSubject(of sentence: Range<Int>, tokens: Tokens, context: inout SpeakerResolver.Context) -> Range<Int>? {
        guard let subject = reader.sentenceSubject(in: tokens, sentence: sentence, before: sentence.upperBound),
              subject.count <= limits.salientSubject else {
            context.notePreviousSubject()
            return nil
        }
        let speaker = subjectSpeaker(subject, tokens: tokens, sentence: sentence, context: context)
        if let (phrase, source) = speaker { noteOrganisation(source, named: phrase, tokens: tokens, context: &context) }
        context.notePreviousSubject()
        guard let (phrase, source) = speaker, source.isPerson, source.speakers.count == 1, let person = context.names.first(of: source.speakers) else {
            // "Mrs. Clinton's presidential campaign, which …, said …": the campaign speaks, but
            // the person who owns the subject is whom a "she" after it looks to first.
            if let possessive = subject.first(where: { tokens[$0].kind == .possessive }), possessive > subject.lowerBound,
               let owner = resolver.resolve(subject.lowerBound..<possessive, context), owner.isPerson, owner.speakers.count == 1,
               let person = context.names.first(of: owner.speakers) {
                context.subject = (person, tokens[subject.lowerBound].range.lowerBound)
            }
            return nil
        }
        context.subject = (person, tokens[phrase.lowerBound].range.lowerBound)
        return phrase
    }

    /// Who a sentence's subject names. "The country's trade minister, Pavel Orlov, plays down
    /// …", "The company's spokeswoman, Lena Fischer, declined to comment but said …": a
    /// description, then the person it names between commas, who speaks.
    func subjectSpeaker(_ subject: Range<Int>, tokens: Tokens, sentence: Range<Int>,
                                context: SpeakerResolver.Context) -> (Range<Int>, ResolvedSource)? {
        let source = resolver.resolve(subject, context)
        // (A role's link names whom the role serves: in "A spokesman for Senator Hale, Jordan
        // Pike, declined …, saying" Pike speaks.)
        if source?.isPerson != true || reader.opensWithRoleLink(subject, in: tokens),
           let named = appositiveName(after: subject, tokens: tokens, sentence: sentence),
           let person = resolver.resolve(named, context), person.isPerson {
            return (named, person)
        }
        return source.map { (subject, $0) }
    }

    /// The capitalised name set off by commas right after `phrase` (", Pavel Orlov,").
    private func appositiveName(after phrase: Range<Int>, tokens: Tokens, sentence: Range<Int>) -> Range<Int>? {
        let comma = phrase.upperBound
        guard comma + 1 < sentence.upperBound, tokens[comma].isPunct(UInt8(ascii: ",")),
              tokens[comma + 1].isWord, tokens[comma + 1].capitalized,
              !tokens[comma + 1].classes.contains(.determiner),
              let named = reader.phrase(startingAt: comma + 1, in: tokens, before: sentence.upperBound),
              named.lowerBound == comma + 1, named.upperBound < sentence.upperBound,
              tokens[named.upperBound].isPunct(UInt8(ascii: ",")) else { return nil }
        return named
    }

    /// A paragraph that is only a dash and a name ("- Bernie Sanders.", "—President Obama,
    /// tweeting after the speech."): the credit of the quotes above it.
    private func dashCreditParagraph(_ tokens: Tokens, context: SpeakerResolver.Context) -> Attribution? {
        guard tokens.count >= 2, tokens.count <= limits.dashCredit, tokens[0].isDash(),
              !tokens.contains(where: { $0.kind == .quote }), tokens[1].isWord, tokens[1].capitalized,
              let phrase = reader.phrase(startingAt: 1, in: tokens, before: tokens.count),
              phrase.upperBound == tokens.count || tokens[phrase.upperBound].kind == .punct,
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .surname || source.how == .name else { return nil }
        var attribution = Attribution()
        attribution.speakers = source.speakers
        attribution.speakerWords = byteRange(of: phrase, tokens)
        attribution.cue = tokens[0].range
        attribution.speakerRule = ruleNames.speaker(.dashCredit, source.how)
        attribution.cueRule = RuleName(.dashCredit)
        return attribution
    }

    /// "“I care what he’s built.” ⏎ That was how Hector Ybarra put it", "Those were the words
    /// of anchor Dana Whitcomb", "That quote from Commissioner Tom Krebs appeared …": a sentence
    /// that opens by pointing back (a demonstrative), then within a few small words a credit
    /// link and a person, credits the quotes of the sentence before, which stood alone.
    private func creditAfter(_ tokens: Tokens, sentence: Range<Int>, context: SpeakerResolver.Context) -> Attribution? {
        let first = sentence.lowerBound
        guard sentence.count >= 4, tokens[first].isWord, grammar[.demonstratives].contains(tokens[first].hash) else { return nil }
        let reach = min(sentence.upperBound - 1, first + limits.creditAfter)
        guard let link = (first + 1..<reach).first(where: { tokens[$0].isWord && grammar[.creditLinks].contains(tokens[$0].hash) }),
              (first + 1..<link).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
              let phrase = reader.phrase(startingAt: link + 1, in: tokens, before: sentence.upperBound), phrase.lowerBound == link + 1,
              // ("That was an expansion of Trump's …" names what, not whose words.)
              !(phrase.lowerBound...min(phrase.upperBound, sentence.upperBound - 1)).contains(where: { tokens[$0].kind == .possessive }),
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson || source.how == .surname else { return nil }
        var attribution = attribution(source, named: phrase, by: .creditAfter, via: NameList(), tokens)
        attribution.cue = tokens[first].range.lowerBound..<tokens[link].range.upperBound
        attribution.cueRule = RuleName(.creditAfter)
        return attribution
    }

    /// "“Is he profiling?” reacted Trump.": the same, the verb before the person, who ends the
    /// sentence.
    private func invertedVerbAfterQuote(_ position: Int, tokens: Tokens, sentence: Range<Int>,
                                        context: SpeakerResolver.Context) -> Attribution? {
        let verb = tokens[position + 1]
        guard verb.isWord, !verb.capitalized, verb.isUnlisted, verb.range.count >= limits.unlistedVerbLetters,
              verb.endsInEd,
              let phrase = reader.phrase(startingAt: position + 2, in: tokens, before: sentence.upperBound),
              phrase.lowerBound == position + 2, tokens[phrase.lowerBound].capitalized,
              (phrase.upperBound..<sentence.upperBound).allSatisfy({ tokens[$0].kind == .punct }),
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary,
              source.isPerson else { return nil }
        var attribution = attribution(source, named: phrase, by: .verbAfterQuote, via: NameList(), tokens)
        attribution.cue = verb.range
        return attribution
    }

    /// A label that opens a transcript's paragraph: a name, title or outlet, then a colon ("Mao
    /// Ning: …", "Xinhua News Agency: …?", "Q: …"). `speaker` is set when the label is a person who
    /// answers; an outlet or a bare "Q" asks, and speaks for no quote.
    private func paragraphLabel(_ tokens: Tokens, context: SpeakerResolver.Context) -> (colon: Int, speaker: ResolvedSource?)? {
        let limit = min(tokens.count - 1, limits.paragraphLabel)
        guard limit > 1, let colon = (1...limit).first(where: { tokens[$0].isPunct(self.colon) }),
              (0..<colon).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) else { return nil }
        guard let source = resolver.resolve(0..<colon, context), !source.speakers.isEmpty else { return (colon, nil) }
        // (A lone capital, "Q:", asks.)
        let speaks = !source.isIntermediary && (source.isPerson || source.how == .surname) && tokens[0].range.count > 1
        return (colon, speaks ? source : nil)
    }

    /// A quote that opens with its speaker's label and a colon, with a space after it: in
    /// capitals, at least two ("WALLACE: If I may, sir …", "MR. SMITH: …"), or as two or three
    /// capitalised words whose last is the surname of a person the article names before the
    /// quote ("Chris Matthews: Seriously, …"; not "Breaking News: …" or "Step One: …"). The
    /// label is read in its first `limits.openingLabelBytes` bytes, of letters, spaces, stops, apostrophes and hyphens.
    func openingLabel(_ quote: FoundQuote, bytes: UnsafeBufferPointer<UInt8>, registry: PersonRegistry) -> String? {
        let start = quote.content.lowerBound
        var offset = start
        let limit = min(quote.content.upperBound, offset + limits.openingLabelBytes)
        var capitals = 0, lowerCase = false
        // The title-case reading: each word opens with a capital; its words and the last one.
        var titleCase = true, words = 0, wordStart = offset, lastWord = offset..<offset
        while offset < limit {
            let byte = bytes[offset]
            let upper = byte >= 0x41 && byte <= 0x5A
            if byte == UInt8(ascii: ":") {
                if offset == wordStart { titleCase = false } else { words += 1; lastWord = wordStart..<offset }
                guard offset + 1 < quote.content.upperBound, bytes[offset + 1] == UInt8(ascii: " ") else { return nil }
                let inCapitals = !lowerCase && capitals >= 2
                guard inCapitals || (titleCase && words >= 2 && words <= limits.openingLabelWords
                                     && registry.fullName(for: WordHash.hash(bytes, lastWord), before: start) != nil) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            }
            if upper {
                capitals += 1
            } else if byte >= 0x61 && byte <= 0x7A {
                lowerCase = true
            } else if !(byte == 0x20 || byte == 0x2E || byte == 0x27 || byte == 0x2D) {
                return nil
            }
            if offset == wordStart {
                if !upper { titleCase = false }
            } else if byte == UInt8(ascii: " ") {
                words += 1
                lastWord = wordStart..<offset
                wordStart = offset + 1
            }
            offset += 1
        }
        return nil
    }

    /// Decides one quote's attribution from the cues of its sentence.
    func sieve(_ position: Int, quote: FoundQuote, tokens: Tokens, sentence: Range<Int>, quotes: [FoundQuote], cues: [ResolvedCue],
                       context: SpeakerResolver.Context, bytes: UnsafeBufferPointer<UInt8>, sentenceVia: NameList,
                       lastComma: inout Int??) -> Attribution {
        // Cues are in sentence order and never hold a quote token: those before the quote are a
        // prefix of the list, those after it the rest (found by halving: a sentence may hold
        // thousands of cues and quotes).
        var low = 0, high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].cue.tokens.lowerBound > position { high = middle } else { low = middle + 1 }
        }
        let split = low
        let after = cues[split...], before = cues[..<split]
        var chosen: (ResolvedCue, SieveStep)? = nil
        // ("Jupiter, Fla. — “which is a phenomenal area”" goes on with the sentence: no name
        // introduces a quote that opens in lower case.)
        if !opensInLowerCase(quote, bytes: bytes),
           let (introducer, phrase) = introducedBy(position, tokens: tokens, sentence: sentence, context: context),
           !(isSentenceLike(quote, bytes: bytes) && after.first.map { isTrailing($0, after: position, tokens) } == true) {
            return attribution(introducer, named: phrase, by: .dashIntroduction, via: sentenceVia, tokens)
        }
        // "Pence blamed the media for Trump's claim that Obama “founded ISIS”": the quote stands
        // in the possessor's reported clause, whatever the sentence's cues say.
        // ("his claim that …" only where no cue names a speaker: a pronoun is a weaker owner.)
        let owner = reader.speechOwner(of: position, in: tokens, sentence: sentence)
        let ownedByPronoun = owner.map { $0.count == 1 && tokens[$0.lowerBound].classes.contains(.possessivePronoun) } ?? false
        if let owner, !ownedByPronoun, let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary,
           source.isPerson || source.how == .surname {
            return attribution(source, named: owner, by: .possessor, via: sentenceVia, tokens)
        }
        // Only where no cue of the sentence names a source: "Issa said Clinton's “judgment” is in
        // question", "Comey called Clinton's handling “careless”" are the cue's, but in "Sanders's
        // call for a “revolution” draws crowds" the cue is the possessor's noun.
        if !cues.contains(where: { $0.source != nil }), let owner = reader.possessor(of: position, in: tokens, sentence: sentence),
           let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary,
           source.isPerson || source.how == .surname {
            // "Critics doubted Kettle's call for a “revolution”": the words are the possessor's,
            // not the subject's.
            return attribution(source, named: owner, by: .possessor, via: sentenceVia, tokens)
        }
        // "a clip that Judge Mosman called “distasteful,” Santilli expressed …": a verb right
        // before a quote that opens in lower case takes it as its object, whatever follows.
        let object = before.last.flatMap { cue in
            cue.cue.kind == .verb && cue.cue.tokens.upperBound == position && cue.source != nil && !cue.sharesVerb
                && opensInLowerCase(quote, bytes: bytes) ? cue : nil
        }
        if let object, after.first.map({ isTrailing($0, after: position, tokens) }) == true {
            chosen = (object, .cueBeforeQuote)
        } else if let resumed = splitQuoteCue(position, quote: quote, among: before, tokens: tokens, sentence: sentence, bytes: bytes,
                                                   names: context.names) {
            chosen = (resumed, .cueBeforeQuote)
        } else if isSentenceLike(quote, bytes: bytes), let next = after.first, next.source != nil, isTrailing(next, after: position, tokens),
                  !(introducesNextQuote(next, tokens) && before.contains(where: { $0.namesSpeaker && !$0.sharesVerb })) {
            chosen = (next, .cueAfterQuote)
        } else if let previous = before.last(where: { $0.source != nil && !$0.sharesVerb && !isSubjectOfQuote($0, position, tokens) }),
                  !isClosedOff(previous, before: position, tokens: tokens, sentence: sentence, quotes: quotes, bytes: bytes) {
            chosen = (outerSpeaker(of: previous, among: before, tokens)
                      ?? outerOverSubordinate(previous, among: before, quote: position, tokens)
                      ?? foreseer(of: previous, among: before, tokens: tokens, sentence: sentence) ?? previous, .cueBeforeQuote)
        } else if let closing = closingAttribution(after, tokens: tokens, sentence: sentence, lastComma: &lastComma) ?? after.first(where: { $0.source != nil }) {
            chosen = (closing, .cueAfterInSentence)
        }
        var attribution = Attribution()
        guard let (cue, step) = chosen, var source = cue.source else {
            if ownedByPronoun, let owner, let source = resolver.resolve(owner, context), !source.speakers.isEmpty {
                return self.attribution(source, named: owner, by: .possessor, via: sentenceVia, tokens)
            }
            return attribution
        }
        var phrase = cue.phrase
        if source.isIntermediary && source.how == .document {
            // "…, according to a statement from Beijing": the sentence's subject speaks through it.
            if let subject = reader.sentenceSubject(in: tokens, sentence: sentence, before: min(position, cue.cue.tokens.lowerBound)),
               let speaker = resolver.resolve(subject, context), !speaker.isIntermediary, !speaker.speakers.isEmpty {
                source.speakers = speaker.speakers
                phrase = subject
            }
        }
        attribution.speakers = source.speakers
        attribution.speakerWords = phrase.map { byteRange(of: $0, tokens) }
        attribution.via = source.via
        let names = context.names
        // The chosen cue adds to the intermediaries only when its source is one.
        let others = source.isIntermediary ? intermediaries(cues, except: cue.cue.tokens, names) : sentenceVia
        attribution.via = names.merging(others, into: attribution.via)
        if grammar[.recipientCues].contains(tokens[cue.cue.tokens.lowerBound].hash),
           let listener = reader.phrase(startingAt: cue.cue.tokens.upperBound, in: tokens, before: sentence.upperBound),
           let outlet = resolver.recipientOutlet(listener, context), !names.contains(outlet, in: attribution.via) {
            attribution.via = names.appending(outlet, to: attribution.via)
        }
        attribution.cue = byteRange(of: cue.cue.tokens, tokens)
        attribution.cueRule = ruleNames.cue(step, cue.cue)
        attribution.speakerRule = ruleNames.speaker(step, source.how)
        // (A quote that holds the other's words in quotes of its own is the relayer's frame:
        // "“Crooked Hillary … ‘were extremely careless …’ Not fit!” Trump tweeted, quoting
        // Comey's statement.")
        if !source.isIntermediary, !source.speakers.isEmpty,
           let (owner, ownerPhrase) = relayedOwner(after: cue.cue.tokens.lowerBound, tokens: tokens, sentence: sentence, context: context),
           !holdsQuoteMarks(quote, bytes: bytes) {
            attribution.via = names.merging(attribution.speakers, into: attribution.via)
            attribution.speakers = owner.speakers
            attribution.speakerWords = byteRange(of: ownerPhrase, tokens)
            attribution.speakerRule = ruleNames.speaker(step, owner.how)
        }
        return attribution
    }

    /// Does the quote's text open a quote of its own (a mark of rules/marks.yaml that can open)?
    private func holdsQuoteMarks(_ quote: FoundQuote, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let content = quote.content
        for index in content {
            let afterSpace = index == content.lowerBound || bytes[index - 1] == UInt8(ascii: " ")
            for opener in innerOpeners where (afterSpace || !opener.afterSpaceOnly) && index + opener.bytes.count <= content.upperBound
                && opener.bytes.indices.allSatisfy({ bytes[index + $0] == opener.bytes[$0] }) {
                return true
            }
        }
        return false
    }

    /// "“…,” Boone said, reading from the candidate's prepared remarks", "Baker tweeted, quoting
    /// Mayor Ann Ruiz's statement: “…”": a relay participle (grammar `relay_participles`) after
    /// the cue, then within a few words a person's possessive and a noun of speech or a document.
    /// The person is the speaker; the cue's subject only relays.
    private func relayedOwner(after cueEnd: Int, tokens: Tokens, sentence: Range<Int>,
                              context: SpeakerResolver.Context) -> (ResolvedSource, Range<Int>)? {
        for index in cueEnd..<sentence.upperBound where tokens[index].isWord && grammar[.relayParticiples].contains(tokens[index].hash) {
            var next = index + 1
            if next < sentence.upperBound, tokens[next].isWord, grammar[.senderPrepositions].contains(tokens[next].hash) { next += 1 }
            guard let possessive = (next..<min(sentence.upperBound, next + limits.relay)).first(where: { tokens[$0].kind == .possessive }),
                  possessive > next,
                  (possessive + 1..<min(sentence.upperBound, possessive + limits.relayNoun)).contains(where: {
                      tokens[$0].isWord && !tokens[$0].classes.isDisjoint(with: [.nominalCue, .documentNoun]) }),
                  let owner = reader.phrase(endingAt: possessive - 1, in: tokens, from: next),
                  let source = resolver.resolve(owner, context), !source.speakers.isEmpty, !source.isIntermediary,
                  source.isPerson || source.how == .surname || source.how == .epithet else { continue }
            return (source, owner)
        }
        return nil
    }

    /// "Sanders said the comment by Dr. Song “was inappropriate”", "a declaration by the
    /// department to the court “suggests …”": a nominal cue whose agent runs up to the quote (a
    /// short phrase of small words between) is the subject the quote's words describe, not their
    /// speech.
    private func isSubjectOfQuote(_ cue: ResolvedCue, _ position: Int, _ tokens: Tokens) -> Bool {
        guard cue.cue.kind == .nominal, let phrase = cue.phrase, phrase.upperBound <= position, position - phrase.upperBound <= limits.nominalSubject else { return false }
        let between = phrase.upperBound..<position
        // ("the agreement reached by X to seek “…”" is the agreement's words: "to" + a verb.)
        if between.isEmpty { return true }
        guard between.count >= 2, between.allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) else { return false }
        let preposition = tokens[between.lowerBound], next = tokens[between.lowerBound + 1]
        return (preposition.classes.contains(.timePreposition) || grammar[.infinitiveMarkers].contains(preposition.hash)) && next.classes.contains(.determiner)
    }

    /// An attribution without a cue: `source`, named by the words at `phrase`, decided by `step`.
    func attribution(_ source: ResolvedSource, named phrase: Range<Int>, by step: SieveStep, via: NameList,
                             _ tokens: Tokens) -> Attribution {
        var attribution = Attribution()
        attribution.speakers = source.speakers
        attribution.speakerWords = byteRange(of: phrase, tokens)
        attribution.via = via
        attribution.speakerRule = ruleNames.speaker(step, source.how)
        return attribution
    }

    /// "Trump said Fox executives were calling “every 15 minutes”": the nearest cue's subject
    /// opens the clause that another person's cue reports ("said [that] Fox executives"), so
    /// the words come from that person; followed back through "Ortner said the council told
    /// voters that …". The outer cue is a verb whose source is a person.
    private func outerSpeaker(of inner: ResolvedCue, among before: ArraySlice<ResolvedCue>, _ tokens: Tokens) -> ResolvedCue? {
        var current = inner, found: ResolvedCue? = nil
        while let phrase = current.phrase, !current.inverted,
              let outer = lastCue(endingBy: phrase.lowerBound, in: before), reports(outer, clauseAt: phrase.lowerBound, tokens),
              outer.cue.tokens != current.cue.tokens, let source = outer.source, !source.isIntermediary,
              source.isPerson || source.how == .surname || source.how == .pronoun {
            found = outer
            current = outer
        }
        return found
    }

    /// "Ruiz said that when Hale railed against the port, “…”", "Lind said that once the council
    /// goes on recess, “…”": the nearest cue stands in a time or condition clause that opens
    /// the clause another person's cue reports, and the quote comes after that clause's comma;
    /// the words are the outer speaker's. (In "… when Hale called the plan “a disgrace” she
    /// left" the quote is inside the clause, and Hale's.)
    private func outerOverSubordinate(_ inner: ResolvedCue, among before: ArraySlice<ResolvedCue>, quote position: Int,
                                      _ tokens: Tokens) -> ResolvedCue? {
        guard let phrase = inner.phrase, !inner.inverted, phrase.lowerBound > 0 else { return nil }
        let opener = tokens[phrase.lowerBound - 1]
        guard opener.isWord, opener.classes.contains(.clauseOpener), !grammar[.complementizers].contains(opener.hash),
              (inner.cue.tokens.upperBound..<position).contains(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }),
              let outer = lastCue(endingBy: phrase.lowerBound - 1, in: before), reports(outer, clauseAt: phrase.lowerBound - 1, tokens),
              let source = outer.source, !source.isIntermediary,
              source.isPerson || source.how == .surname || source.how == .pronoun else { return nil }
        return outer
    }

    /// "Obama said he expected that Americans will say “no”", "according to Trump, the media
    /// would call him a “chicken”": a cue after a modal is speech foreseen, not reported, and
    /// the words are those of the person an earlier cue of the sentence names.
    private func foreseer(of inner: ResolvedCue, among before: ArraySlice<ResolvedCue>, tokens: Tokens,
                          sentence: Range<Int>) -> ResolvedCue? {
        guard inner.cue.kind == .verb else { return nil }
        // (The modal may stand among the adverbs and auxiliaries before the cue: "would probably say".)
        var index = inner.cue.tokens.lowerBound - 1
        while index >= sentence.lowerBound, tokens[index].isWord, tokens[index].capitalized || !grammar[.modals].contains(tokens[index].hash),
              tokens[index].classes.contains(.skipBeforeCue) { index -= 1 }
        // (Capitalised, "Will" is a name: "which Will claims".)
        guard index >= sentence.lowerBound, tokens[index].isWord, !tokens[index].capitalized,
              grammar[.modals].contains(tokens[index].hash) else { return nil }
        let opening = inner.phrase.map { min($0.lowerBound, inner.cue.tokens.lowerBound) } ?? inner.cue.tokens.lowerBound
        return before.last(where: { outer in
            guard outer.cue.tokens.upperBound <= opening, let source = outer.source, !source.isIntermediary, !source.speakers.isEmpty else { return false }
            return source.isPerson || source.how == .surname || source.how == .pronoun
        })
    }

    /// The last cue that ends at or before `position`, found by halving: cues are in sentence
    /// order and do not overlap, and a sentence may hold thousands of them.
    private func lastCue(endingBy position: Int, in cues: ArraySlice<ResolvedCue>) -> ResolvedCue? {
        var low = cues.startIndex, high = cues.endIndex
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].cue.tokens.upperBound > position { high = middle } else { low = middle + 1 }
        }
        return low > cues.startIndex ? cues[low - 1] : nil
    }

    /// Does the verb cue end right where a reported clause opens (at `clause`, after an optional
    /// "that" and a short phrase that opens with a preposition: "said that for decades critics …",
    /// "said in a statement that …")?
    private func reports(_ cue: ResolvedCue, clauseAt clause: Int, _ tokens: Tokens) -> Bool {
        guard cue.cue.kind == .verb, !cue.inverted, cue.cue.tokens.upperBound <= clause else { return false }
        var start = cue.cue.tokens.upperBound
        if start < clause, tokens[start].isWord, grammar[.complementizers].contains(tokens[start].hash) { start += 1 }
        if start == clause { return true }
        // The preposition needs an object of its own: in "tweeted after Ruiz argued" the name
        // is the object, and the clause is a time, not what was tweeted.
        guard clause - start <= limits.reportedClause, clause - start >= 2, tokens[start].isWord,
              tokens[start].classes.contains(.timePreposition) || grammar[.linking].contains(tokens[start].hash) else { return false }
        return (start..<clause).allSatisfy { tokens[$0].isWord || tokens[$0].isPunct(UInt8(ascii: ",")) }
    }

    /// The source phrase of a cue and what it resolves to.
    /// `earlier` holds the sentence's cues before this one, already resolved: a verb that shares
    /// its subject with them ("said …, adding", "said … and added") speaks for the same source.
    /// `headline` says the sentence is a headline's part, whose grammar is terser.
    func resolve(_ cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>, context: SpeakerResolver.Context,
                         earlier: [ResolvedCue], headline: Bool = false) -> ResolvedCue {
        let start = cue.tokens.lowerBound, end = cue.tokens.upperBound
        switch cue.kind {
        case .nominal:
            let agent = reader.agent(ofNominal: cue.tokens, in: tokens, sentence: sentence)
            return ResolvedCue(cue: cue, phrase: agent, source: agent.flatMap { resolver.resolve($0, context) }, inverted: false)
        case .phrase:
            // "according to calculations by Amy Glasmeier", "to an analysis by the Tax Policy
            // Center": a few lower-case words of work, and their author after "by", who speaks.
            let namesSource = grammar[.sourceLinks].contains(tokens[end - 1].hash)
            if namesSource,
               let by = (end..<min(sentence.upperBound, end + limits.sourceAuthor)).first(where: { tokens[$0].isWord && grammar[.agentPrepositions].contains(tokens[$0].hash) }),
               by > end, (end..<by).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
               let author = documentAgent(after: end..<by, tokens: tokens, sentence: sentence, context: context) {
                var source = author
                // (The document's noun, less a participle or time after it: "a court document
                // filed by", "a study last year by".)
                var noun = by
                while noun > end + 1, tokens[noun - 1].endsInEd || tokens[noun - 1].classes.contains(.timeWord)
                        || tokens[noun - 1].classes.contains(.skipBeforeCue) { noun -= 1 }
                if let document = resolver.resolve(end..<noun, context), document.how == .document {
                    source.via = document.via
                    source.how = .documentOwner
                }
                return ResolvedCue(cue: cue, phrase: end..<by, source: source, inverted: true)
            }
            // "according to X" names its source after it; "in a statement" leaves it to the subject.
            if namesSource, let phrase = reader.phrase(startingAt: end, in: tokens, before: sentence.upperBound) {
                var source = resolver.resolve(phrase, context)
                if var document = source, document.how == .document, document.speakers.isEmpty,
                   let owner = documentAgent(after: phrase, tokens: tokens, sentence: sentence, context: context) {
                    // (Named as the one who put it out, the owner speaks through it, over the
                    // sentence's subject: `documentOwner`, as "China's account".)
                    document.speakers = owner.speakers
                    document.how = .documentOwner
                    source = document
                }
                return ResolvedCue(cue: cue, phrase: phrase, source: source, inverted: true)
            }
            // "said in an interview", "told reporters on Monday in a statement": the phrase
            // belongs to the verb a few words before it, and so does its subject.
            if let verb = earlier.last, verb.cue.kind == .verb, verb.source != nil, verb.cue.tokens.upperBound <= start,
               start - verb.cue.tokens.upperBound <= limits.sharedVerb,
               (verb.cue.tokens.upperBound..<start).allSatisfy({ tokens[$0].isWord }) {
                return ResolvedCue(cue: cue, phrase: verb.phrase, source: verb.source, inverted: verb.inverted, sharesVerb: true)
            }
            // ("“…,” Braynard is quoted as saying": a sentence that opens with its quote has no
            // subject to read first; the phrase right before the cue is it. So is the phrase
            // before an auxiliary: "The CPEC has “…,” Bhutto Zardari was quoted as saying" is
            // his, not the sentence's first subject's.)
            let auxiliary = start > sentence.lowerBound && tokens[start - 1].isWord && !tokens[start - 1].capitalized
                && tokens[start - 1].classes.contains(.skipBeforeCue)
            let subject = (auxiliary ? reader.subject(before: start, in: tokens, from: sentence.lowerBound) : nil)
                ?? reader.sentenceSubject(in: tokens, sentence: sentence, before: start)
                ?? reader.subject(before: start, in: tokens, from: sentence.lowerBound)
            var source = subject.flatMap { resolver.resolve($0, context) }
            // "… was quoted as saying by Xinhua": the outlet after "by" relays the words.
            if auxiliary, source != nil, let relay = relay(after: end, tokens: tokens, sentence: sentence, context: context) {
                source?.via = relay
            }
            return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
        case .verb:
            if let agent = passiveAgent(of: cue, tokens: tokens, sentence: sentence), let source = resolver.resolve(agent, context),
               !source.speakers.isEmpty {
                // "Ana Ruiz was quoted by Xinhua as saying": an outlet that only handled the
                // words (grammar `handling_participles`) relays the passive's subject.
                if source.isIntermediary, grammar[.handlingParticiples].contains(tokens[end - 1].hash),
                   let subject = reader.subject(before: start, in: tokens, from: sentence.lowerBound),
                   var speaker = resolver.resolve(subject, context), !speaker.speakers.isEmpty, !speaker.isIntermediary {
                    speaker.via = source.via
                    return ResolvedCue(cue: cue, phrase: subject, source: speaker, inverted: false)
                }
                return ResolvedCue(cue: cue, phrase: agent, source: source, inverted: true)
            }
            if let relayed = relayedObject(of: cue, tokens: tokens, sentence: sentence, context: context) { return relayed }
            // "… quoted the official as saying": the verb after the marker is the relayed object's.
            if start - 1 > sentence.lowerBound, tokens[start - 1].isWord, grammar[.relayedSpeechMarkers].contains(tokens[start - 1].hash),
               let relayed = earlier.last, relayed.phrase?.upperBound == start - 1,
               grammar[.handlingParticiples].contains(tokens[relayed.cue.tokens.upperBound - 1].hash) {
                return ResolvedCue(cue: cue, phrase: relayed.phrase, source: relayed.source, inverted: true)
            }
            // "…, arguing that": a participle after a comma shares the subject of the clause it
            // hangs from; "… and added", "… but called" share the subject of the first verb.
            // (The comma may stand inside the quote before it: "… of “New York values,” saying".)
            // "…, having referred to him as a “reformer”": a perfect participle, too.
            let perfect = start > sentence.lowerBound + 1 && tokens[start - 1].isWord && grammar[.perfectAuxiliaries].contains(tokens[start - 1].hash)
                && tokens[start - 2].isPunct(UInt8(ascii: ","))
            let participle = perfect || start > sentence.lowerBound && shapes.isPresentParticiple(tokens[start])
                && (tokens[start - 1].isPunct(UInt8(ascii: ",")) || endsInComma(tokens[start - 1], bytes: context.bytes))
            if participle, let (subject, source) = absoluteSubject(before: start, tokens: tokens, sentence: sentence, context: context) {
                return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
            }
            if let (subject, source) = frontedParticipleSubject(start, tokens: tokens, sentence: sentence, context: context) {
                return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
            }
            if participle || reader.isCoordinated(start, in: tokens, from: sentence.lowerBound) {
                // The first cue's subject is the main clause's; later ones may be a reported
                // clause's ("Cardin said Republicans rejected it, calling it …"). But a cue
                // right after a quote frames what came before it: in "Ortiz cannot say that
                // “…,” Brandt added, saying …" the main clause is Brandt's.
                // A cue whose source follows it ("Asked by Hollis if …, Park said … but was
                // referring", "According to aides, Park said … and added") is no main clause:
                // the first verb with its subject before it is, where there is one.
                let frame = participle ? earlier.last(where: { $0.namesSpeaker && Self.framesQuote($0, tokens: tokens) }) : nil
                if let shared = frame ?? earlier.first(where: { $0.namesSpeaker && !$0.inverted }) ?? earlier.first(where: { $0.namesSpeaker }) {
                    return ResolvedCue(cue: cue, phrase: shared.phrase, source: shared.source, inverted: false)
                }
                if let found = reader.clauseSubject(in: tokens, sentence: sentence, before: start),
                   let (subject, source) = subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context) {
                    return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
                }
            }
            // "… Donald Trump, who proclaimed in July that Christians “cannot come …”": a relative
            // "who" right before the verb stands for the name before its comma.
            if let antecedent = reader.relativeAntecedent(before: start, in: tokens, from: sentence.lowerBound),
               let source = resolver.resolve(antecedent, context), !source.speakers.isEmpty {
                return ResolvedCue(cue: cue, phrase: antecedent, source: source, inverted: false)
            }
            let subject = reader.subject(before: start, in: tokens, from: sentence.lowerBound)
            // "wrote a letter to Attorney General Lynch asking …", "responded on Facebook writing
            // …": a participle after a preposition's object shares the subject of the verb before.
            if let subject, shapes.isPresentParticiple(tokens[start]), subject.lowerBound > sentence.lowerBound,
               isPreposition(tokens[subject.lowerBound - 1]),
               let shared = earlier.last(where: { $0.cue.kind == .verb && $0.namesSpeaker }) {
                return ResolvedCue(cue: cue, phrase: shared.phrase, source: shared.source, inverted: false)
            }
            // "The party was branded “a home …”": the subject of a verb in the passive is what the
            // words are about; with no "by", nobody in the sentence is named as saying them.
            if isPassive(cue, tokens: tokens, sentence: sentence) {
                return ResolvedCue(cue: cue, phrase: nil, source: nil, inverted: false)
            }
            if let found = subject, let (subject, source) = subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context) {
                return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
            }
            // "…,” said Panetta: the source follows a cue that follows a quote; ", explained
            // Rosenberg, “…”": or a cue set off by a comma before a quote
            let previous = start - 1
            let afterQuote = previous >= sentence.lowerBound
                && (tokens[previous].kind == .quote || (tokens[previous].kind == .punct && previous - 1 >= sentence.lowerBound && tokens[previous - 1].kind == .quote))
            // A participle is never inverted ("…,” saying the city …"), nor a cue of telling,
            // whose object is its listener ("…, told reporters").
            // (Not a name after a preposition: "makes 'untruthful' claims on HK".)
            let tells = grammar[.recipientCues].contains(tokens[start].hash)
            if afterQuote, !shapes.isPresentParticiple(tokens[start]), !tells,
               let found = reader.phrase(startingAt: end, in: tokens, before: sentence.upperBound)
                .map({ reader.listStartingWith($0, in: tokens, before: sentence.upperBound) }),
               !(end..<found.lowerBound).contains(where: { tokens[$0].classes.contains(.timePreposition) }),
               // ("…,” said his best friend at Lehigh, Bruce Turry, who …": the name speaks.)
               let (phrase, source) = subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context) {
                return ResolvedCue(cue: cue, phrase: phrase, source: source, inverted: true)
            }
            // (or a cue that opens the sentence: "Said Voss, “…”")
            // A phrase then the end of the sentence is inverted too: "“…” for Clinton, said
            // Kunin.", "Stated Stone:" before the quote in the next paragraph.
            if previous < sentence.lowerBound || tokens[previous].isPunct(UInt8(ascii: ",")), !tells,
               let phrase = reader.phrase(startingAt: end, in: tokens, before: sentence.upperBound),
               (phrase.upperBound + 1 < sentence.upperBound && tokens[phrase.upperBound].kind == .punct
                    && (tokens[phrase.upperBound].isPunct(UInt8(ascii: ",")) || tokens[phrase.upperBound].isPunct(colon))
                    && tokens[phrase.upperBound + 1].kind == .quote)
                || (phrase.upperBound..<sentence.upperBound).allSatisfy({ tokens[$0].kind == .punct })
                || closesWithAppositive(phrase, tokens: tokens, sentence: sentence),
               let source = resolver.resolve(phrase, context) {
                return ResolvedCue(cue: cue, phrase: phrase, source: source, inverted: true)
            }
            // "… but said", "…, saying": the clause's subject. (In a headline, not over a noun
            // that stands right before the verb, which is its subject: "Paris terror attacks:",
            // "Animals in solar terms:"; prose runs longer clauses between them.)
            if !afterQuote, !(headline && followsUnlistedNoun(start, tokens: tokens, sentence: sentence)),
               let found = reader.sentenceSubject(in: tokens, sentence: sentence, before: start),
               let (subject, source) = subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context) {
                return ResolvedCue(cue: cue, phrase: subject, source: source, inverted: false)
            }
            // "Adding, “…”": a participle that opens its sentence, set off by a comma or colon,
            // goes on with whoever spoke last.
            if start == sentence.lowerBound, end < sentence.upperBound, shapes.isPresentParticiple(tokens[start]),
               tokens[end].isPunct(UInt8(ascii: ",")) || tokens[end].isPunct(colon), var source = context.salience.last {
                source.how = .pronoun
                return ResolvedCue(cue: cue, phrase: nil, source: source, inverted: false)
            }
            return ResolvedCue(cue: cue, phrase: nil, source: nil, inverted: false)
        }
    }

    /// Does a lower-case word that no list holds stand right before the verb at `verb`, with
    /// capitalised words before it in the sentence? Such a word is a noun the verb agrees with
    /// (an adverb in -ly or a participle is not).
    private func followsUnlistedNoun(_ verb: Int, tokens: Tokens, sentence: Range<Int>) -> Bool {
        guard verb - 1 > sentence.lowerBound else { return false }
        let before = tokens[verb - 1]
        guard before.isWord, !before.capitalized, before.isUnlisted, before.range.count >= headlineLimits.nounBeforeVerbLetters, !before.endsInEd, !before.endsInIng,
              !before.endings.contains(.adverb) else { return false }
        return tokens[verb - 2].isWord
    }

    /// "…, with the Republican, Bradley Sorensen, calling his opponent's plan “…”": a participle
    /// whose subject stands after "with" (grammar `absolute_openers`), an appositive role
    /// between, has that subject, not the main clause's.
    private func absoluteSubject(before start: Int, tokens: Tokens, sentence: Range<Int>,
                                 context: SpeakerResolver.Context) -> (Range<Int>, ResolvedSource)? {
        let comma = UInt8(ascii: ",")
        // The subject right before the participle ("with Gorka noting"), or a description and the
        // name it gives set off by commas ("with the Republican, Bradley Sorensen, calling").
        var found: Range<Int>
        if start - 2 > sentence.lowerBound, tokens[start - 1].isPunct(comma),
           let opening = (max(sentence.lowerBound, start - limits.absoluteDescription)..<(start - 1)).last(where: { tokens[$0].isPunct(comma) }),
           opening + 1 < start - 1, (opening + 1..<start - 1).allSatisfy({ tokens[$0].isWord }),
           let description = reader.phrase(endingAt: opening - 1, in: tokens, from: sentence.lowerBound) {
            found = description.lowerBound..<start - 1
        } else if let subject = reader.phrase(endingAt: start - 1, in: tokens, from: sentence.lowerBound) {
            found = subject
        } else {
            return nil
        }
        var index = found.lowerBound - 1
        while index >= sentence.lowerBound, tokens[index].isWord, tokens[index].classes.contains(.determiner) { index -= 1 }
        guard index >= sentence.lowerBound, tokens[index].isWord, !tokens[index].capitalized else { return nil }
        // ("… and the Democrat, Teresa Ocampo, saying …": a second one joined to the first.)
        let opens = grammar[.absoluteOpeners].contains(tokens[index].hash)
            || (grammar[.coordinators].contains(tokens[index].hash)
                && (sentence.lowerBound..<index).contains { tokens[$0].isWord && grammar[.absoluteOpeners].contains(tokens[$0].hash) })
        guard opens else { return nil }
        found = (index + 1)..<found.upperBound
        return subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context)
    }

    /// "according to a statement released by campaign spokeswoman Dana Kirsch": a participle
    /// in -ed and an agent after the document's phrase name who put it out, who speaks through it.
    private func documentAgent(after phrase: Range<Int>, tokens: Tokens, sentence: Range<Int>,
                               context: SpeakerResolver.Context) -> ResolvedSource? {
        // ("according to a report by the Congressional Budget Office", "to calculations by Amy
        // Glasmeier": "by" right after the noun names its author too.)
        let direct = phrase.upperBound < sentence.upperBound && tokens[phrase.upperBound].isWord
            && grammar[.agentPrepositions].contains(tokens[phrase.upperBound].hash)
        let verb = phrase.upperBound, by = direct ? phrase.upperBound : phrase.upperBound + 1
        guard by + 1 < sentence.upperBound, direct || (tokens[verb].isWord && !tokens[verb].capitalized && tokens[verb].endsInEd),
              // ("audio obtained by the Ledger": who handled a work did not write it.)
              !phrase.contains(where: { tokens[$0].isWord && grammar[.handlingParticiples].contains(tokens[$0].hash) }),
              direct || !grammar[.handlingParticiples].contains(tokens[verb].hash),
              tokens[by].isWord, grammar[.agentPrepositions].contains(tokens[by].hash),
              let agent = reader.phrase(startingAt: by + 1, in: tokens, before: sentence.upperBound), agent.lowerBound == by + 1,
              let source = resolver.resolve(agent, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
        return source
    }

    /// "…, said Alan Abramowitz, a demographer at Emory University.": the name after a cue that
    /// follows a comma, then an appositive to the sentence's end, with no quote and no other
    /// verb cue in it.
    private func closesWithAppositive(_ phrase: Range<Int>, tokens: Tokens, sentence: Range<Int>) -> Bool {
        guard phrase.upperBound + 1 < sentence.upperBound, tokens[phrase.upperBound].isPunct(UInt8(ascii: ",")),
              tokens[phrase.upperBound + 1].isWord, !tokens[phrase.upperBound + 1].capitalized else { return false }
        return ((phrase.upperBound + 1)..<sentence.upperBound).allSatisfy { index in
            let token = tokens[index]
            return token.kind != .quote && !(token.isWord && !token.capitalized && token.classes.contains(.verbCueStart))
        }
    }

    /// The agent of a cue in the passive: "was uttered once, by Mr. Cruz", "often labeled as a
    /// “witch hunt” by Democrats", "as described by Inspector Basri". The cue ends in -ed and
    /// follows a form of "be", "as" or punctuation; "by" comes within a few tokens after it,
    /// past a quote, commas and small words, and its phrase is the agent.
    /// (A headline drops the form of "be": "Harbor deal called 'a disaster' by union chief".
    /// `headline` reads the passive without it.)
    func passiveAgent(of cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>, headline: Bool = false) -> Range<Int>? {
        let start = cue.tokens.lowerBound
        guard tokens[cue.tokens.upperBound - 1].endsInEd || tokens[start].endsInEd else { return nil }
        let before = beforeAdverbs(cue, tokens: tokens, sentence: sentence)
        guard headline || before < sentence.lowerBound || tokens[before].kind == .punct
                || (tokens[before].isWord && isPassiveMarker(tokens[before].hash)) else { return nil }
        var index = cue.tokens.upperBound
        let limit = min(sentence.upperBound, index + limits.passiveAgent)
        while index < limit, !(tokens[index].isWord && grammar[.agentPrepositions].contains(tokens[index].hash)) {
            let token = tokens[index]
            guard token.kind == .quote || token.kind == .punct || (token.isWord && !token.capitalized) else { return nil }
            index += 1
        }
        guard index < limit, let agent = reader.phrase(startingAt: index + 1, in: tokens, before: sentence.upperBound),
              agent.lowerBound == index + 1 else { return nil }
        return agent
    }

    /// "KCNA quoted a spokesperson for the space agency as saying", "Xinhua cited the official as
    /// saying": a verb that only handles words (grammar `handling_participles`), its object, a
    /// marker (`relayed_speech_markers`) and a verb of saying in -ing. The object speaks; the
    /// subject relays, an outlet by its registry name, anyone else as resolved. Nil for other cues.
    private func relayedObject(of cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>,
                               context: SpeakerResolver.Context) -> ResolvedCue? {
        let end = cue.tokens.upperBound
        guard grammar[.handlingParticiples].contains(tokens[end - 1].hash), end < sentence.upperBound,
              let object = reader.phrase(startingAt: end, in: tokens, before: sentence.upperBound), object.lowerBound == end,
              object.upperBound + 1 < sentence.upperBound, tokens[object.upperBound].isWord,
              grammar[.relayedSpeechMarkers].contains(tokens[object.upperBound].hash),
              case let verb = tokens[object.upperBound + 1], verb.isWord, verb.classes.contains(.verbCueStart),
              shapes.isPresentParticiple(verb),
              var speaker = resolver.resolve(object, context), !speaker.speakers.isEmpty, !speaker.isIntermediary else { return nil }
        if let subject = reader.subject(before: cue.tokens.lowerBound, in: tokens, from: sentence.lowerBound),
           let relay = resolver.resolve(subject, context), !relay.speakers.isEmpty {
            speaker.via = relay.isIntermediary ? relay.via : relay.speakers
        }
        return ResolvedCue(cue: cue, phrase: object, source: speaker, inverted: true)
    }

    /// The outlets that relay the words when "by" and an outlet follow the cue ("quoted as
    /// saying by Xinhua"), else nil.
    private func relay(after end: Int, tokens: Tokens, sentence: Range<Int>, context: SpeakerResolver.Context) -> NameList? {
        guard end < sentence.upperBound, tokens[end].isWord, grammar[.agentPrepositions].contains(tokens[end].hash),
              let agent = reader.phrase(startingAt: end + 1, in: tokens, before: sentence.upperBound), agent.lowerBound == end + 1,
              let source = resolver.resolve(agent, context), source.isIntermediary, !source.via.isEmpty else { return nil }
        return source.via
    }

    /// Do the quote's words open with a lower-case ASCII letter?
    private func opensInLowerCase(_ quote: FoundQuote, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = quote.content.first else { return false }
        return bytes[first] >= 0x61 && bytes[first] <= 0x7A
    }

    /// A verb cue ending in -ed right after a form of "be", adverbs between passed: "was branded",
    /// "has been described".
    private func isPassive(_ cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>) -> Bool {
        guard tokens[cue.tokens.lowerBound].endsInEd else { return false }
        let before = beforeAdverbs(cue, tokens: tokens, sentence: sentence)
        return before >= sentence.lowerBound && tokens[before].isWord && grammar[.beForms].contains(tokens[before].hash)
    }

    /// The token before a cue, past the adverbs and auxiliaries before it but not past a form of
    /// "be" or "as" ("was later described", "as described"); below `sentence` when none is left.
    private func beforeAdverbs(_ cue: CueFinder.Cue, tokens: Tokens, sentence: Range<Int>) -> Int {
        var before = cue.tokens.lowerBound - 1
        while before >= sentence.lowerBound, tokens[before].isWord, tokens[before].classes.contains(.skipBeforeCue),
              !isPassiveMarker(tokens[before].hash) { before -= 1 }
        return before
    }

    /// True when `resolved` is the cue of a quote that ends right before it: its subject, or the
    /// cue itself when inverted, follows the quote ("“…,” Brandt added", "“…,” said Brandt").
    static func framesQuote(_ resolved: ResolvedCue, tokens: Tokens) -> Bool {
        let first = min(resolved.phrase?.lowerBound ?? resolved.cue.tokens.lowerBound, resolved.cue.tokens.lowerBound)
        guard first >= 1 else { return false }
        if tokens[first - 1].kind == .quote { return true }
        return first >= 2 && tokens[first - 1].isPunct(UInt8(ascii: ",")) && tokens[first - 2].kind == .quote
    }

    /// A preposition that takes the object a participle may follow ("to", "on", "at" …).
    private func isPreposition(_ token: Token) -> Bool {
        token.isWord && !token.capitalized
            && (grammar[.objectPrepositions].contains(token.hash) || grammar[.linking].contains(token.hash) || token.classes.contains(.timePreposition))
    }

    /// Remembers a body named by its proper name as a subject or a cue's source, which "the
    /// group" or "the party" after it may stand for.
    private func noteOrganisation(_ source: ResolvedSource, named phrase: Range<Int>, tokens: Tokens,
                                  context: inout SpeakerResolver.Context) {
        guard resolver.namesOrganisation(source, phrase: phrase, tokens), let body = context.names.first(of: source.speakers) else { return }
        context.organisation = (body, tokens[phrase.lowerBound].range.lowerBound)
    }

    /// The one a pronoun read as the asker of the question before stands for instead: the
    /// person of the pronoun's gender who spoke before the asker ("“Ms. Stein, would you support
    /// it?” Voss asked. “We support its goals,” she said.").
    private func answerer(to asker: NameID, for source: ResolvedSource, pronoun: Token, context: SpeakerResolver.Context) -> ResolvedSource? {
        let gender = genders.pronoun(pronoun.hash) ?? context.registry.gender(of: asker)
        guard source.isPerson, source.speakers.count == 1, context.names.first(of: source.speakers) == asker,
              let other = context.salience.lastPerson(context.names, gender: gender, registry: context.registry, except: asker)
        else { return nil }
        var answerer = source
        answerer.speakers = context.names.list(other)
        return answerer
    }

    /// Do the quote's words end in a question mark ("So is that a yes?")?
    private func endsInQuestion(_ quote: FoundQuote, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        quote.content.upperBound > quote.content.lowerBound && bytes[quote.content.upperBound - 1] == UInt8(ascii: "?")
    }

    /// A quote token whose words end in a comma (“… values,”): the last byte before the closing
    /// marks, which are quote characters or multi-byte scalars.
    private func endsInComma(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .quote else { return false }
        var index = token.range.upperBound - 1
        while index > token.range.lowerBound, bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            index -= 1
        }
        return bytes[index] == UInt8(ascii: ",")
    }


    /// "After saying her foot was “so swollen I could barely walk,” she was …": a participle right
    /// after the subordinator that opens the sentence (grammar `fronted_subordinators`) has the
    /// main clause's subject, which opens after the comma that closes the clause (a comma of its
    /// own, or one inside a quote).
    private func frontedParticipleSubject(_ start: Int, tokens: Tokens, sentence: Range<Int>,
                                          context: SpeakerResolver.Context) -> (Range<Int>, ResolvedSource)? {
        guard start - 1 == sentence.lowerBound, shapes.isPresentParticiple(tokens[start]),
              tokens[start - 1].isWord, grammar[.frontedSubordinators].contains(tokens[start - 1].hash),
              let comma = (start + 1..<sentence.upperBound).first(where: { tokens[$0].isPunct(UInt8(ascii: ",")) || endsInComma(tokens[$0], bytes: context.bytes) }),
              let found = reader.phrase(startingAt: comma + 1, in: tokens, before: sentence.upperBound), found.lowerBound == comma + 1
        else { return nil }
        return subjectSpeaker(found, tokens: tokens, sentence: sentence, context: context)
    }

    /// "… the former candidate Mitt Romney -- ''It is disqualifying …''": a name that introduces
    /// the quote with a dash or colon, with no cue between.
    private func introducedBy(_ position: Int, tokens: Tokens, sentence: Range<Int>,
                              context: SpeakerResolver.Context) -> (ResolvedSource, phrase: Range<Int>)? {
        var index = position - 1
        var dashes = 0
        while index >= sentence.lowerBound, dashes < 2, tokens[index].isDash() {
            index -= 1
            dashes += 1
        }
        guard dashes > 0, index >= sentence.lowerBound, tokens[index].isWord, tokens[index].capitalized,
              let phrase = reader.phrase(endingAt: index, in: tokens, from: sentence.lowerBound),
              let source = resolver.resolve(phrase, context), !source.speakers.isEmpty, !source.isIntermediary else { return nil }
        return (source, phrase)
    }

    /// True when the cue's attribution stands right after the quote: "…,” Panetta said" or "…,” said Panetta".
    private func isTrailing(_ cue: ResolvedCue, after position: Int, _ tokens: Tokens) -> Bool {
        var next = position + 1
        if next < tokens.count, tokens[next].kind == .punct, !tokens[next].isPunct(UInt8(ascii: ".")) { next += 1 }
        if cue.inverted { return cue.cue.tokens.lowerBound == next }
        guard let phrase = cue.phrase else { return false }
        return phrase.lowerBound == next && phrase.upperBound <= cue.cue.tokens.lowerBound
            && cue.cue.tokens.lowerBound - phrase.upperBound <= limits.trailingCue
    }

    /// "“We're going to win Iowa,” Hollister said, pausing as the crowd chanted his name, “and
    /// then …”": a quote that opens in lower case after a comma resumes a split quote, and the
    /// cue right after the sentence's earlier quote is its, whatever cues the aside between holds.
    private func splitQuoteCue(_ position: Int, quote: FoundQuote, among before: ArraySlice<ResolvedCue>, tokens: Tokens,
                               sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, names: NameTable) -> ResolvedCue? {
        guard position - 1 > sentence.lowerBound, tokens[position - 1].isPunct(UInt8(ascii: ",")), opensInLowerCase(quote, bytes: bytes)
        else { return nil }
        guard let earlier = (sentence.lowerBound..<position - 1).last(where: { tokens[$0].kind == .quote }),
              let resumed = before.first(where: { $0.cue.tokens.lowerBound > earlier && $0.namesSpeaker && isTrailing($0, after: earlier, tokens) })
        else { return nil }
        // (A cue of the same speaker nearer the quote is its own: "…,” Cook wrote, adding that “…”.)
        let nearest = before.last { $0.namesSpeaker && !$0.sharesVerb }
        let same = nearest.flatMap { $0.source }.map { names.names(in: $0.speakers) } == resumed.source.map { names.names(in: $0.speakers) }
        return same ? nil : resumed
    }

    /// "While Ortiz calls the plan a “first step,” Baker fixates on the “funding gap”": the cue
    /// stands in a clause that a subordinator opens at the sentence's start and a comma closes
    /// before the quote (a comma of its own, or one inside a quote), where the main clause's
    /// subject begins (a name, a determiner, a pronoun). The cue reports that clause only.
    func isClosedOff(_ cue: ResolvedCue, before position: Int, tokens: Tokens, sentence: Range<Int>,
                             quotes: [FoundQuote], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = tokens[sentence.lowerBound]
        guard first.isWord, grammar[.frontedSubordinators].contains(first.hash) else { return false }
        let comma = UInt8(ascii: ",")
        func isComma(_ token: Token) -> Bool {
            token.isPunct(comma) || (token.kind == .quote && quotes[token.quote].content.last.map({ bytes[$0] == comma }) == true)
        }
        // The cue stands inside the clause: no comma before it ("If the law …, Giuliani said,
        // there's …" is a parenthetical cue of the main clause).
        let cueStart = min(cue.cue.tokens.lowerBound, cue.phrase?.lowerBound ?? Int.max)
        guard !(sentence.lowerBound..<cueStart).contains(where: { isComma(tokens[$0]) }) else { return false }
        var index = max(cue.cue.tokens.upperBound, cue.phrase?.upperBound ?? 0)
        while index < position {
            if isComma(tokens[index]) {
                let next = tokens[index + 1]
                return next.isWord && (next.capitalized || next.classes.contains(.determiner) || grammar[.clauseStarts].contains(next.hash))
            }
            index += 1
        }
        return false
    }

    /// "After Ramos said pupils do better at “smaller schools,” Lee said: “…”": a cue that a
    /// colon and a quote follow introduces that quote; the quote before it, which a cue of its
    /// own reports, is not its.
    private func introducesNextQuote(_ cue: ResolvedCue, _ tokens: Tokens) -> Bool {
        let end = max(cue.cue.tokens.upperBound, cue.phrase?.upperBound ?? 0)
        return end + 1 < tokens.count && tokens[end].isPunct(colon) && tokens[end + 1].kind == .quote
    }

    /// The attribution clause that closes a sentence: the last cue after the sentence's last comma.
    private func closingAttribution(_ cues: ArraySlice<ResolvedCue>, tokens: Tokens, sentence: Range<Int>,
                                    lastComma: inout Int??) -> ResolvedCue? {
        guard !cues.isEmpty else { return nil }
        if lastComma == nil { lastComma = .some(sentence.last(where: { tokens[$0].isPunct(UInt8(ascii: ",")) })) }
        guard let comma = lastComma! else { return nil }
        return cues.last { $0.cue.tokens.lowerBound > comma && $0.source != nil && !$0.sharesVerb }
    }

    /// Does the quote read as speech that an attribution may follow (direct, or ending in , ? !)?
    private func isSentenceLike(_ quote: FoundQuote, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if quote.kind == .direct { return true }
        guard let last = quote.content.last else { return false }
        let byte = bytes[last]
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }

    /// The via texts of the sentence's other cues whose sources are intermediaries.
    private func intermediaries(_ cues: [ResolvedCue], except: Range<Int>?, _ names: NameTable) -> NameList {
        var via = NameList()
        for cue in cues where cue.cue.tokens != except {
            guard let source = cue.source, source.isIntermediary else { continue }
            via = names.merging(source.via, into: via)
        }
        return via
    }

    /// Sentences of a paragraph's tokens. A sentence ends where `splitter` (the one sentence
    /// splitter, the quote finder's and the checks' too) says: at a stop, or at a quote that
    /// ends with one, unless that quote's attribution follows it. Quotes are opaque, so their
    /// inner stops never split. Written into `result`, emptied first: one buffer serves every
    /// paragraph.
    func sentences(_ tokens: Tokens, quotes: [FoundQuote], bytes: UnsafeBufferPointer<UInt8>,
                   into result: inout [Range<Int>]) {
        result.clearKeepingCapacity()
        var start = 0
        var index = -1
        while true {
            // Only a stop or a quote can end a sentence; words and possessives, most of the
            // tokens, are passed by in a loop that reads nothing else.
            index += 1
            while index < tokens.count && !tokens[index].kind.canEndSentence { index += 1 }
            guard index < tokens.count else { break }
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            var ends = false
            if token.kind == .punct, token.isPunct(UInt8(ascii: ".")) || token.isPunct(UInt8(ascii: "?")) || token.isPunct(UInt8(ascii: "!")) {
                ends = next == nil || splitter.boundary(after: token.range.lowerBound, in: bytes, limit: bytes.count) != nil
            } else if token.kind == .quote, let next, let last = quotes[token.quote].content.last {
                let stop = bytes[last]
                if stop == UInt8(ascii: ".") || stop == UInt8(ascii: "?") || stop == UInt8(ascii: "!") {
                    // A quote that ends its own sentence's words with a stop ("… calling him “a
                    // failed candidate.” Romney fired back …", "Clinton responds with, “Why now?”
                    // Mills then writes back") leaves nothing for a cue after it to attribute: only
                    // a quote that opens its sentence takes one ("“Why not?” Ruiz asked.").
                    let partial = index > start
                    ends = splitter.boundary(after: last, in: bytes, limit: bytes.count) != nil
                        && (next.kind == .quote || partial || !cueFollows(tokens, from: index + 1, afterFullStop: stop == UInt8(ascii: ".")))
                }
            }
            if ends {
                result.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
    }

    /// A cue within the next few tokens ("…” Trump said"), or after a name and an appositive set
    /// off by commas ("…?” Eva Marsh, a retired teacher, asked"): the quote's sentence goes on.
    /// After a full stop, a cue that opens a reported clause ("…” Kasich said he would have …")
    /// starts a sentence of its own.
    private func cueFollows(_ tokens: Tokens, from index: Int, afterFullStop: Bool) -> Bool {
        // "…” While environmentalists welcomed …", "…?” Her critics cited it": a small word that
        // opens a clause or a noun phrase opens a sentence; an attribution opens with its name.
        if tokens[index].isWord, !tokens[index].acronym,
           !tokens[index].classes.isDisjoint(with: [.clauseOpener, .determiner, .functionWord]) { return false }
        let end = min(tokens.count, index + limits.cueAfterQuote)
        if let cue = (index..<end).first(where: { isCue(tokens[$0]) }) {
            guard cue + 1 < tokens.count else { return true }
            let next = tokens[cue + 1]
            // "…” Mr. Zahed said: “…”": a cue that ends in a colon introduces the next quote.
            if next.isPunct(colon) { return false }
            return !(afterFullStop && next.isWord && grammar[.clauseStarts].contains(next.hash))
        }
        // The name (with the stops of "Rep." or "Mich.") up to a comma; then an appositive, a
        // short phrase without quotes or other punctuation, closed by a comma and the cue.
        let period = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
        guard let open = (index..<end).first(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }), open > index,
              (index..<open).allSatisfy({ (tokens[$0].isWord && tokens[$0].capitalized) || tokens[$0].isPunct(period) }) else { return false }
        var position = open + 1
        while position < min(tokens.count, open + limits.appositiveAfterQuote) {
            let token = tokens[position]
            if token.isPunct(UInt8(ascii: ",")) { return position + 1 < tokens.count && isCue(tokens[position + 1]) }
            if token.kind == .quote || (token.kind == .punct && !token.isPunct(hyphen) && !token.isPunct(period)) { return false }
            position += 1
        }
        return false
    }

    private func isCue(_ token: Token) -> Bool {
        token.isWord && token.classes.contains(.cueStart) && !token.capitalized
    }

    /// A quote that continues the previous paragraph's quote shares the statement's attribution.
    private func joinStatements(_ quotes: [FoundQuote], _ results: inout [Attribution]) {
        var start = 0
        for index in quotes.indices {
            if index == 0 || !quotes[index].continued { start = index }
            guard index + 1 == quotes.count || !quotes[index + 1].continued, index > start else { continue }
            let statement = start...index
            guard let source = statement.first(where: { results[$0].cue != nil && !results[$0].speakers.isEmpty }) else { continue }
            for part in statement where results[part].cue == nil {
                results[part] = results[source]
                results[part].speakerRule = RuleName(.statement)
            }
        }
    }

    /// The bytes of tokens `range`, first to last.
    func byteRange(of range: Range<Int>, _ tokens: Tokens) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    private func text(of range: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[byteRange(of: range, tokens)]), as: UTF8.self)
    }

    private func describe(_ index: Int, _ quote: FoundQuote, _ attribution: Attribution, _ cues: [ResolvedCue],
                          _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>, _ names: NameTable) -> String {
        let quoted = String(decoding: UnsafeBufferPointer(rebasing: bytes[quote.content]), as: UTF8.self)
        var lines = ["quote \(index + 1) [\(quote.kind.rawValue)] “\(quoted.prefix(60))”"]
        for cue in cues {
            let phrase = cue.phrase.map { text(of: $0, tokens, bytes) } ?? "-"
            let speakers = cue.source.map { "\(names.strings($0.speakers)) via \(names.strings($0.via)) (\($0.how.text))" } ?? "unresolved"
            lines.append("  cue '\(text(of: cue.cue.tokens, tokens, bytes))' (\(cueFinder.ruleIDs[cue.cue.ruleIndex])) source '\(phrase)'\(cue.inverted ? " inverted" : "") → \(speakers)")
        }
        let cue = attribution.cue.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        lines.append("  ⇒ speakers \(names.strings(attribution.speakers)) cue \(cue ?? "null") via \(names.strings(attribution.via)) by \(attribution.speakerRule.map { ruleNames[$0] } ?? "no rule")")
        return lines.joined(separator: "\n")
    }
}
