import QuoteCheckText
import QuoteCheckRules

/// Reads source phrases (who is speaking) out of a sentence's tokens: the subject before a cue,
/// the phrase after an inverted cue ("said Panetta") or "according to", the sentence's own
/// subject for a cue that has none ("… but said"), and the agent of a nominal cue.
///
/// A class: the sieve calls it from every step, and a struct this size (the rules' limits
/// with it) was copied at calls it could not be proven unchanged across (+0.9 % of `extract`'s
/// instructions in memcpy).
final class PhraseReader: Sendable {
    private let semicolon = UInt8(ascii: ";")
    /// The longest source phrase, in tokens (rules `limits.phrase`); the windows for an
    /// appositive, a relative clause, a parenthesis or an introductory phrase are three of it.
    private let maxLength: Int
    /// How far each construction is read (rules `limits`).
    let limits: SieveLimits
    /// What word endings tell on words long enough to trust them.
    let shapes: WordShapes
    /// The rules' grammar words: `linking`, `coordinators` and `copulas` are read here.
    let grammar: GrammarWordSets

    /// `grammar[.listJoiners]`, kept apart: every token of every phrase read asks it.
    private let listJoiners: WordHashSet

    init(grammar: GrammarWordSets, limits: SieveLimits, shapes: WordShapes) {
        self.grammar = grammar
        self.shapes = shapes
        self.limits = limits
        maxLength = limits.phrase
        listJoiners = grammar[.listJoiners]
    }

    static let phraseClasses: WordClass = [.groupNoun, .personNoun, .modifier, .nationality, .determiner,
                                            .outletDescriptor, .documentNoun, .pairWord, .nameParticle, .title,
                                            .organisationWord]
    static let headClasses: WordClass = [.groupNoun, .personNoun, .documentNoun, .pairWord, .organisationWord, .ageWord]

    /// Can `token` stand inside a source phrase?
    func isPhraseToken(_ token: Token) -> Bool {
        switch token.kind {
        case .possessive: return true
        case .word:
            if listJoiners.contains(token.hash) { return true }
            // An acronym ("US", "ASEAN") is a name even when it spells a function word.
            if token.acronym { return true }
            if token.classes.contains(.functionWord) || token.classes.contains(.skipBeforeCue) { return false }
            if token.classes.contains(.verbCueStart) && !token.capitalized
                && token.classes.isDisjoint(with: [.groupNoun, .personNoun, .documentNoun]) { return false }
            return token.capitalized || !token.classes.isDisjoint(with: Self.phraseClasses) || isNumber(token)
        default: return false
        }
    }

    func isPronoun(_ token: Token) -> Bool {
        token.isWord && !token.classes.isDisjoint(with: [.singularPronoun, .pluralPronoun, .firstPersonPronoun])
    }

    private func isHead(_ token: Token) -> Bool {
        guard token.isWord, !listJoiners.contains(token.hash) else { return false }
        return (token.capitalized && !token.classes.contains(.determiner)) || !token.classes.isDisjoint(with: Self.headClasses)
    }

    private func isNumber(_ token: Token) -> Bool { token.classes.contains(.pairWord) }

    /// A capitalised word that can be part of a name: not a determiner capitalised by the
    /// sentence's start.
    private func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.capitalized && !token.classes.contains(.determiner)
    }


    /// The subject phrase that ends just before the cue at `cue` (skipping auxiliaries and adverbs,
    /// an appositive set off by commas, or a parenthesis).
    func subject(before cue: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        guard let found = subjectPhrase(before: cue, in: tokens, from: start) else {
            // "Woman injured in crash says", "Man jailed for fraud says": the noun before the cue
            // is no phrase the lexicons know, but the object of a participle's preposition.
            guard cue - 1 >= start, tokens[cue - 1].isWord, !tokens[cue - 1].capitalized, tokens[cue - 1].isUnlisted,
                  !tokens[cue - 1].endsInEd, !tokens[cue - 1].endsInIng else { return nil }
            return reducedRelativeHead(overObject: cue - 1..<cue, in: tokens, from: start)
        }
        if let head = reducedRelativeHead(overObject: found, in: tokens, from: start) { return head }
        return name(beforeRole: found, in: tokens, from: start) ?? affiliated(beforePlace: found, in: tokens, from: start)
            ?? listOverParentheses(endingWith: found, in: tokens, from: start)
    }

    /// "Protesters marching through the streets chanted", "Dockers gathered outside the gates
    /// said": where the phrase is the object of a preposition (grammar `phrase_prepositions`)
    /// after a participle, the participle modifies the noun before it, which is the subject.
    /// Nil when the phrase is no such object.
    private func reducedRelativeHead(overObject object: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int>? {
        // (Over the object's determiner and unlisted lower-case modifiers, "outside the harbour
        // gates", but no verb: "grinned behind his glasses and invoked the story Kennedy told".)
        var preposition = object.lowerBound - 1
        while preposition >= start, object.upperBound - preposition <= maxLength, tokens[preposition].isWord, !tokens[preposition].capitalized,
              !grammar[.phrasePrepositions].contains(tokens[preposition].hash),
              tokens[preposition].classes.contains(.determiner)
                || (tokens[preposition].isUnlisted && !tokens[preposition].endsInEd && !tokens[preposition].endsInIng) {
            preposition -= 1
        }
        let participle = preposition - 1
        guard participle - 1 >= start, tokens[preposition].isWord, !tokens[preposition].capitalized,
              grammar[.phrasePrepositions].contains(tokens[preposition].hash),
              tokens[participle].isWord, !tokens[participle].capitalized, tokens[participle].isUnlisted,
              shapes.isPresentParticiple(tokens[participle]) || tokens[participle].endsInEd,
              tokens[participle - 1].isWord, !isPronoun(tokens[participle - 1]),
              !tokens[participle - 1].classes.contains(.functionWord),
              let head = subjectPhrase(before: participle, in: tokens, from: start), head.upperBound == participle
        else { return nil }
        return head
    }

    /// "Reps. Dina Kowal (D-Ariz.) and Reggie Strand (R-Ariz.) said": names listed each with its
    /// parenthesis, the last two joined by "and", end with `last`; the range runs from the first.
    private func listOverParentheses(endingWith last: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int> {
        guard isListedName(last, in: tokens) else { return last }
        var lower = last.lowerBound
        var joined = false
        while lower - 3 >= start, tokens[lower - 2].isPunct(UInt8(ascii: ")")),
              joined ? tokens[lower - 1].isPunct(UInt8(ascii: ",")) : tokens[lower - 1].isWord && listJoiners.contains(tokens[lower - 1].hash),
              let open = (max(start, lower - limits.nameParenthesis)..<(lower - 2)).last(where: { tokens[$0].isPunct(UInt8(ascii: "(")) }), open - 1 >= start,
              let item = phrase(endingAt: open - 1, in: tokens, from: start), item.count <= limits.listItem, isListedName(item, in: tokens) {
            lower = item.lowerBound
            joined = true
        }
        return lower..<last.upperBound
    }

    /// Does the phrase hold a word of a person's name that is no title or nationality?
    private func holdsName(_ phrase: Range<Int>, in tokens: Tokens) -> Bool {
        phrase.contains { isNameWord(tokens[$0]) && tokens[$0].classes.isDisjoint(with: [.title, .nationality]) }
    }

    /// Where the phrase is the object of a link or place preposition ("president of the American
    /// Growers Association", "At the White House"), that preposition; else nil.
    private func objectLink(of phrase: Range<Int>, in tokens: Tokens, from start: Int) -> Int? {
        var link = phrase.lowerBound - 1
        while link >= start, tokens[link].isWord, tokens[link].classes.contains(.determiner) { link -= 1 }
        guard link >= start, tokens[link].isWord,
              grammar[.linking].contains(tokens[link].hash) || grammar[.placePrepositions].contains(tokens[link].hash) else { return nil }
        return link
    }

    /// "Linda Carver, president of the American Growers Association, which …", "Senator Ruth
    /// Calloway, Democrat of Minnesota, who …": a phrase after a role's link is whom the role
    /// serves, and the name before the role's comma holds the role. Nil when the phrase is no
    /// such object.
    private func affiliationHolder(ofObject object: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int>? {
        guard let link = objectLink(of: object, in: tokens, from: start), link > start, !tokens[link].capitalized,
              let comma = (max(start, link - limits.roleBeforeLink)..<link).last(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }),
              comma + 1 < link, comma - 1 >= start,
              (comma + 1..<link).allSatisfy({ tokens[$0].isWord }),
              let name = phrase(endingAt: beforeParenthesis(comma - 1, in: tokens, from: start), in: tokens, from: start),
              holdsName(name, in: tokens),
              // (The name is no object itself: "in Ohio, home of the Browns".)
              objectLink(of: name, in: tokens, from: start) == nil
        else { return nil }
        return name
    }

    /// "Judge Eleanor M. Bracken of Federal District Court in Columbus wrote", "the U.S. Embassy
    /// in Kabul said": the phrase before the cue is the place of an affiliation, or where a body
    /// or role sits; the person linked to it, or the body or role, speaks.
    private func affiliated(beforePlace place: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int>? {
        let preposition = place.lowerBound - 1
        guard preposition - 1 >= start, tokens[preposition].isWord, !tokens[preposition].capitalized,
              grammar[.placePrepositions].contains(tokens[preposition].hash),
              place.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized && tokens[$0].classes.isDisjoint(with: [.title, .personNoun]) }),
              let owner = phrase(endingAt: preposition - 1, in: tokens, from: start)
        else { return nil }
        // "the U.S. Embassy in Kabul said", "The Chinese ambassador in Paris told": a body or a
        // role placed in a city speaks, not the city.
        if tokens[owner.upperBound - 1].isWord, !tokens[owner.upperBound - 1].classes.isDisjoint(with: [.organisationWord, .title, .personNoun]),
           !shapes.looksPluralAnyCase(tokens[owner.upperBound - 1]) {
            return owner
        }
        guard owner.contains(where: { tokens[$0].isWord && !tokens[$0].capitalized && grammar[.linking].contains(tokens[$0].hash) }),
              holdsName(owner, in: tokens)
        else { return nil }
        return owner
    }

    /// "Jeff Bechdel, chairman of America Rising (a PAC), tweeted", "Tom Fitton, the president of
    /// Judicial Watch, a conservative group, said", "Jeb Bush, the former Florida governor, who …,
    /// called": a role in lower case with its link, or a determiner and a role set off by
    /// commas, is an appositive, and the name before its comma speaks.
    private func name(beforeRole role: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int>? {
        var head = role.lowerBound
        while head < role.upperBound, tokens[head].isWord, tokens[head].classes.contains(.determiner) { head += 1 }
        let last = tokens[role.upperBound - 1]
        guard head < role.upperBound, tokens[head].isWord, !tokens[head].capitalized || head > role.lowerBound,
              role.contains(where: { tokens[$0].isWord && !tokens[$0].capitalized && grammar[.linking].contains(tokens[$0].hash) })
                || (head > role.lowerBound && isLowerCaseRole(last)
                    && role.upperBound < tokens.count && tokens[role.upperBound].isPunct(UInt8(ascii: ","))),
              role.lowerBound - 2 >= start, tokens[role.lowerBound - 1].isPunct(UInt8(ascii: ",")),
              let name = phrase(endingAt: role.lowerBound - 2, in: tokens, from: start),
              holdsName(name, in: tokens)
        else { return nil }
        return name
    }

    /// The phrase before the comma that opens a relative clause ("Rubio, whose home town, Miami,
    /// is sinking,"), for the comma at `comma` that closes it.
    private func relativeClauseAntecedent(closingAt comma: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        let floor = max(start, comma - 3 * maxLength)
        guard let relative = (floor..<comma).first(where: { tokens[$0].isPunct(UInt8(ascii: ",")) && $0 + 1 < comma
                  && tokens[$0 + 1].isWord && tokens[$0 + 1].classes.contains(.relativePronoun) }),
              let before = phrase(endingAt: beforeParenthesis(relative - 1, in: tokens, from: start), in: tokens, from: start),
              before.contains(where: { isHead(tokens[$0]) }) else { return nil }
        return affiliationHolder(ofObject: before, in: tokens, from: start) ?? before
    }

    private func subjectPhrase(before cue: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        var index = cue - 1
        while index >= start, tokens[index].isWord, tokens[index].classes.contains(.skipBeforeCue) { index -= 1 }
        // (The time phrase is read from the cue: its last word may be one skipped above, "Sunday".)
        if let opening = timePhrase(endingAt: cue - 1, in: tokens, from: start) {
            index = opening - 1
            while index >= start, tokens[index].isWord, tokens[index].classes.contains(.skipBeforeCue) { index -= 1 }
        }
        guard index >= start else { return nil }
        // "Another said", "Several said": a quantifier standing alone is the subject.
        if tokens[index].isWord, tokens[index].classes.contains(.quantifierSubject),
           index == start || !isPhraseToken(tokens[index - 1]) {
            return index..<index + 1
        }
        // "Gov. John Kasich (R-OH), said": the comma after a parenthesis closes nothing else,
        // unless it closes a relative clause ("Lowe, who sits with Sen. Helen Morrow (D-Wash.), said").
        if tokens[index].isPunct(UInt8(ascii: ",")), index - 1 >= start, tokens[index - 1].isPunct(UInt8(ascii: ")")) {
            if let antecedent = relativeClauseAntecedent(closingAt: index, in: tokens, from: start) { return antecedent }
            index -= 1
        }
        if tokens[index].isPunct(UInt8(ascii: ")")) {
            guard let open = (start..<index).last(where: { tokens[$0].isPunct(UInt8(ascii: "(")) }) else { return nil }
            index = open - 1
            guard index >= start else { return nil }
        }
        if tokens[index].isPunct(UInt8(ascii: ",")) {
            // An appositive set off by commas: "Hugh Hill, a doctor, said", "Johnnie Wilson, of
            // Springfield, Va., said". The appositive opens with a small word; the name stands
            // before its comma.
            var floor = max(start, index - 3 * maxLength)
            // (A quote before the appositive bounds it: commas before the quote are another
            // clause's, "On Tuesday, “…,” Mao Ning, a spokeswoman for the ministry, told".)
            if let quote = (floor..<index).last(where: { tokens[$0].kind == .quote }),
               quote + 1 < index, tokens[quote + 1].isWord, tokens[quote + 1].capitalized { floor = quote + 1 }
            // The first and last commas in one pass (an array of the commas was an allocation
            // for every cue after a comma).
            var firstComma: Int? = nil, lastComma: Int? = nil
            for position in floor..<index where tokens[position].isPunct(UInt8(ascii: ",")) {
                if firstComma == nil { firstComma = position }
                lastComma = position
            }
            guard !(firstComma.map { ($0 + 1)..<index } ?? index..<index).contains(where: { tokens[$0].kind == .quote }) else {
                return nil
            }
            // A relative clause holds commas of its own: "Rubio, whose home town, Miami, is
            // sinking, argues" reaches back to the comma that opens it.
            if let antecedent = relativeClauseAntecedent(closingAt: index, in: tokens, from: start) { return antecedent }
            // The commas that open with a small word or a number, from the last back: "Cory Dale,
            // 22, of Flint, Mich., said" passes the town and the age to reach the name.
            var opener = lastComma ?? floor
            while opener > floor {
                if tokens[opener].isPunct(UInt8(ascii: ",")), opener + 1 < index, tokens[opener + 1].isWord, !tokens[opener + 1].capitalized,
                   let before = phrase(endingAt: beforeParenthesis(opener - 1, in: tokens, from: start), in: tokens, from: start),
                   before.contains(where: { tokens[$0].capitalized && tokens[$0].isWord }) {
                    // "Monica Thornton, president of the Judicial Accountability Project, a …
                    // group …, said": the object of a role's link is whom the role serves; the
                    // name holding the role speaks. "At the White House, the press secretary,
                    // Tessa Monroe, told": a place or object is no subject at all.
                    if let holder = affiliationHolder(ofObject: before, in: tokens, from: start) { return holder }
                    if objectLink(of: before, in: tokens, from: start) == nil { return before }
                }
                opener -= 1
            }
            guard let comma = lastComma else { return nil }
            let before = phrase(endingAt: comma - 1, in: tokens, from: start)
            // "Her deputy, Tomas Reyes, told", "The governor, Nia Brooks, said": the name is the
            // appositive (not "The senator, a Democrat, said").
            let inside = phrase(endingAt: index - 1, in: tokens, from: comma + 1)
                .flatMap { $0.lowerBound == comma + 1 && isNameWord(tokens[$0.lowerBound]) ? $0 : nil }
            // A determiner capitalised by the sentence's start ("His top aide", "The governor")
            // names nobody; and in "A spokesman for Speaker Paul Ferris, Ben Adler, said" the
            // name after the role's link is whom the role serves, not who speaks.
            if let before, before.contains(where: { isNameWord(tokens[$0]) }) {
                if let inside, opensWithRoleLink(before, in: tokens) { return inside }
                return before
            }
            return inside ?? before
        }
        let found = phrase(endingAt: index, in: tokens, from: start).map { listEndingWith($0, in: tokens, from: start) }
        // (Not for a participle: in "wrote a letter to Lynch asking …" the writer asks.)
        if let found, !tokens[cue].endsInIng, let document = documentSending(to: found, in: tokens, from: start) { return document }
        return found
    }

    /// "Baker's fundraising email to his supporters notes …", "A letter from the union to its
    /// members says …": a phrase after "to" is a document's recipients, and the document before
    /// it (with its owner or sender) is the subject. The document's phrase opens at a
    /// determiner or at the name before a possessive, over the lower-case words no list holds
    /// before the noun ("Baker's new annual email"; the walk stops at any other word, so it
    /// needs no limit), and nothing but a "from", "of" or "by" phrase stands between the noun
    /// and "to".
    private func documentSending(to recipients: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int>? {
        var to = recipients.lowerBound - 1
        // ("to its members": the phrase reader leaves the determiner out.)
        if to > start, tokens[to].isWord, !tokens[to].classes.isDisjoint(with: [.determiner, .possessivePronoun]) { to -= 1 }
        guard to > start, tokens[to].isWord, !tokens[to].capitalized, grammar[.recipientPrepositions].contains(tokens[to].hash),
              let noun = (max(start, to - limits.documentBeforeRecipient)..<to).last(where: { tokens[$0].isWord && !tokens[$0].capitalized
                  && tokens[$0].classes.contains(.documentNoun) }) else { return nil }
        if noun + 1 < to {
            let link = tokens[noun + 1]
            guard link.isWord, !link.capitalized, grammar[.agentPrepositions].contains(link.hash) || grammar[.linking].contains(link.hash) else { return nil }
        }
        var first = noun
        var index = noun - 1
        while index >= start {
            let token = tokens[index]
            if token.isWord, token.classes.contains(.determiner) || token.classes.contains(.possessivePronoun) {
                first = index
                break
            }
            if token.kind == .possessive, index > start, tokens[index - 1].capitalized,
               let owner = phrase(endingAt: index - 1, in: tokens, from: start) {
                first = owner.lowerBound
                break
            }
            guard token.isWord, !token.capitalized, token.isUnlisted else { break }
            index -= 1
        }
        return first..<to
    }

    /// "Sens. Ann Cole, Ben Dorsey, Carl Eng and Dina Fox said": a coordinated phrase ("Carl Eng
    /// and Dina Fox") with the names before it that commas list. Each listed name opens at the
    /// sentence's start or after a comma (not "In Iowa, Cruz and Rubio"), and holds a
    /// capitalised word that is no time word ("Yesterday,").
    func listEndingWith(_ last: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int> {
        guard last.contains(where: { tokens[$0].isWord && listJoiners.contains(tokens[$0].hash) }) else {
            return placesSharing(last, in: tokens, from: start)
        }
        var lower = last.lowerBound
        while lower - 2 >= start, tokens[lower - 1].isPunct(UInt8(ascii: ",")),
              let item = phrase(endingAt: lower - 2, in: tokens, from: start), item.count <= limits.listItem,
              item.lowerBound == start || tokens[item.lowerBound - 1].isPunct(UInt8(ascii: ",")),
              isListedName(item, in: tokens) {
            lower = item.lowerBound
        }
        return lower..<last.upperBound
    }

    /// "“…,” wrote Ana Ruiz, Tom Hale and Ida Moss.": the names that commas list after `first`,
    /// up to a coordinated one that ends the list at `limit` or at punctuation.
    func listStartingWith(_ first: Range<Int>, in tokens: Tokens, before limit: Int) -> Range<Int> {
        var upper = first.upperBound
        while upper + 1 < limit, tokens[upper].isPunct(UInt8(ascii: ",")),
              let item = phrase(startingAt: upper + 1, in: tokens, before: limit), item.lowerBound == upper + 1, item.count <= limits.listItem,
              isListedName(item, in: tokens) {
            upper = item.upperBound
            if item.contains(where: { tokens[$0].isWord && listJoiners.contains(tokens[$0].hash) }) {
                // The coordinated name closes the list: the sentence ends or punctuation follows.
                return upper == limit || tokens[upper].kind == .punct ? first.lowerBound..<upper : first
            }
        }
        return first
    }

    /// "Chinese, Pakistani FMs", "US, Japan defense chiefs": a headline lists places before a
    /// plural head with commas alone, and they share it. `last` opens with a nationality or an
    /// acronym and ends in a title's plural or a group noun; each place before it is a short run
    /// of capitalised words that opens the clause or follows a comma.
    private func placesSharing(_ last: Range<Int>, in tokens: Tokens, from start: Int) -> Range<Int> {
        let head = tokens[last.upperBound - 1], opening = tokens[last.lowerBound]
        guard last.count >= 2, last.lowerBound - 2 >= start, tokens[last.lowerBound - 1].isPunct(UInt8(ascii: ",")),
              opening.isWord, opening.classes.contains(.nationality) || opening.acronym,
              head.isWord, head.classes.contains(.pluralTitle) || (!head.capitalized && head.classes.contains(.groupNoun)) else { return last }
        var lower = last.lowerBound
        while lower - 2 >= start, tokens[lower - 1].isPunct(UInt8(ascii: ",")) {
            var item = lower - 1
            while item > start, item > lower - 1 - limits.listItem, tokens[item - 1].isWord, tokens[item - 1].capitalized { item -= 1 }
            guard item < lower - 1, item == start || tokens[item - 1].isPunct(UInt8(ascii: ",")) else { break }
            lower = item
        }
        return lower..<last.upperBound
    }

    private func isListedName(_ item: Range<Int>, in tokens: Tokens) -> Bool {
        item.contains { tokens[$0].isWord && tokens[$0].capitalized
            && tokens[$0].classes.isDisjoint(with: [.timeWord, .skipBeforeCue, .functionWord, .title, .nationality]) }
    }

    /// The name a relative "who" right before a verb stands for ("Trump, who proclaimed …",
    /// adverbs between passed): the phrase before the comma that opens the relative clause.
    func relativeAntecedent(before verb: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        guard let index = relative(.personRelatives, before: verb, in: tokens, from: start), index - 2 >= start,
              tokens[index - 1].isPunct(UInt8(ascii: ",")), tokens[index - 2].isWord else { return nil }
        if tokens[index - 2].capitalized {
            // ("…, said Britt Halvorsen, a spokeswoman for Ms. Marquardt, who added": the name that
            // holds the role.)
            let antecedent = phrase(endingAt: index - 2, in: tokens, from: start)
            return antecedent.flatMap { name(beforeRole: $0, in: tokens, from: start) ?? affiliationHolder(ofObject: $0, in: tokens, from: start) }
                ?? antecedent
        }
        // "Rep. Dwight Ambrose Sr., the chairman of the platform committee, who called him …":
        // an appositive in lower case stands between the name and its "who".
        let floor = max(start, index - 2 - 2 * maxLength)
        guard let opening = (floor..<index - 1).last(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }), opening - 1 >= start,
              tokens[opening + 1].isWord, !tokens[opening + 1].capitalized,
              (opening + 1..<index - 1).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .possessive }),
              let name = phrase(endingAt: opening - 1, in: tokens, from: start),
              holdsName(name, in: tokens),
              // ("In Tallahassee, a senior strategist, who …": a place after a preposition is no
              // name the appositive describes; an agent after "by" is.)
              name.lowerBound == start || !tokens[name.lowerBound - 1].isWord
                || !tokens[name.lowerBound - 1].classes.contains(.functionWord)
                || grammar[.agentPrepositions].contains(tokens[name.lowerBound - 1].hash)
        else { return nil }
        return name
    }

    /// Where a relative pronoun of `role` stands right before a verb, adverbs between passed.
    private func relative(_ role: GrammarRole, before verb: Int, in tokens: Tokens, from start: Int) -> Int? {
        var index = verb - 1
        while index >= start, tokens[index].isWord, tokens[index].classes.contains(.skipBeforeCue) { index -= 1 }
        // (An acronym that spells one is a name: "…, WHO says".)
        guard index >= start, tokens[index].isWord, !tokens[index].acronym, grammar[role].contains(tokens[index].hash) else { return nil }
        return index
    }

    /// Does the phrase open with a role and its link ("A spokesman for …", "the mayor of …")?
    func opensWithRoleLink(_ phrase: Range<Int>, in tokens: Tokens) -> Bool {
        var index = phrase.lowerBound
        while index < phrase.upperBound, tokens[index].isWord, tokens[index].classes.contains(.determiner) { index += 1 }
        guard index + 1 < phrase.upperBound, tokens[index].isWord, !tokens[index].classes.isDisjoint(with: [.personNoun, .title]) else {
            return false
        }
        let link = tokens[index + 1]
        return link.isWord && !link.capitalized && grammar[.linking].contains(link.hash)
    }

    /// What a relative "which" (rules `thing_relatives`) right before a verb stands for
    /// ("Hellerstedt, the case which challenges HB-2", "the Pew Research Center, which said"):
    /// the phrase right before it,
    /// or before its comma, with where the "which" stands. `nil` when no "which" stands there;
    /// a `nil` antecedent when no phrase stands before it. "Which" never stands for a person,
    /// so the name before an appositive ("Hellerstedt") is never what it means.
    func whichAntecedent(before verb: Int, in tokens: Tokens, from start: Int) -> (which: Int, antecedent: Range<Int>?)? {
        guard let index = relative(.thingRelatives, before: verb, in: tokens, from: start) else { return nil }
        var end = index - 1
        if end >= start, tokens[end].isPunct(UInt8(ascii: ",")) { end -= 1 }
        guard let found = phrase(endingAt: end, in: tokens, from: start) else { return (index, nil) }
        // Only the phrase's last part: in "Holloway, the case which", "which" is the case.
        let last = found.last(where: { tokens[$0].isPunct(UInt8(ascii: ",")) }).map { $0 + 1 } ?? found.lowerBound
        return (index, last < found.upperBound ? last..<found.upperBound : nil)
    }

    /// Where a time phrase that ends at `end` opens ("during a Sunday rally", "in a speech
    /// Tuesday"): a time preposition at most five words back, a time word after it, and a
    /// capitalised word (the subject) before it.
    private func timePhrase(endingAt end: Int, in tokens: Tokens, from start: Int) -> Int? {
        var index = end, sawTime = false
        while index > start, end - index < limits.timePhrase, tokens[index].isWord {
            let classes = tokens[index].classes
            if classes.contains(.timeWord) { sawTime = true }
            if classes.contains(.timePreposition), !tokens[index].capitalized {
                return sawTime && tokens[index - 1].isWord && tokens[index - 1].capitalized ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The phrase whose last token is `end`, walking left.
    func phrase(endingAt end: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        guard end >= start else { return nil }
        if isPronoun(tokens[end]) { return end..<end + 1 }
        // "Her remarks calling …": a noun of speech after a possessive pronoun heads the phrase,
        // though the same form is a verb's after a name ("Clinton remarks that …").
        if end > start, tokens[end].classes.contains(.nominalCue), tokens[end - 1].classes.contains(.possessivePronoun) {
            return end - 1..<end + 1
        }
        // An unlisted plural noun standing right before the cue heads a group ("Japanese buyers called").
        if shapes.looksPlural(tokens[end]) {
            var first = end
            while first - 1 >= start, end - first < maxLength, isPhraseToken(tokens[first - 1]) { first -= 1 }
            return first..<end + 1
        }
        var first = end + 1
        while first - 1 >= start, end - first < maxLength, isPhraseToken(tokens[first - 1]) { first -= 1 }
        // "Joel Pollak of Breitbart California observed", "James Pethokoukis of the American
        // Enterprise Institute wrote": a name, then its affiliation; followed back over more
        // than one ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told").
        var found: Int? = nil
        while first - 2 >= start, first <= end, tokens[first - 1].isWord, grammar[.linking].contains(tokens[first - 1].hash),
              tokens[first - 2].isWord, tokens[first - 2].capitalized,
              tokens[first].capitalized || (tokens[first].classes.contains(.determiner) && first + 1 <= end && tokens[first + 1].capitalized) {
            var head = first - 1
            while head - 1 >= start, end - head < 2 * maxLength, isPhraseToken(tokens[head - 1]) { head -= 1 }
            guard let named = trimmed(head..<first - 1, in: tokens),
                  named.contains(where: { tokens[$0].capitalized && tokens[$0].classes.isDisjoint(with: [.title, .nationality]) }) else { break }
            found = named.lowerBound
            first = named.lowerBound
        }
        if let found { return found..<end + 1 }
        // "the mayor of Dunmore said", "a spokesman for Harbour Lines told", "residents of Dunmore
        // said": a role or people in lower case before the link speak, not the place or body
        // after it (the resolver reads them together).
        // (After a people link the body may open with its determiner: "a lawyer with the Civil
        // Liberties Union".)
        if first - 2 >= start, first <= end,
           tokens[first].capitalized || (tokens[first].classes.contains(.determiner) && first + 1 <= end && tokens[first + 1].capitalized
                                         && grammar[.peopleLinks].contains(tokens[first - 1].hash)),
           !tokens[first - 1].capitalized, AffiliatedPeople.isLink(first - 1, in: tokens, grammar: grammar),
           AffiliatedPeople.isHead(at: first - 2, in: tokens),
           // (A possessor after a group's link owns the noun after it, and the group is a verb's
           // object: "blames media for Kasik's 'mayor founded the gang' flap".)
           !tokens[first - 2].classes.isDisjoint(with: [.title, .personNoun]) || !(end + 1 < tokens.count && tokens[end + 1].kind == .possessive),
           let role = rolePhrase(role: first - 2, through: end, in: tokens, from: start) {
            return role
        }
        if let role = role(servingBody: end, in: tokens, from: start) { return role }
        return trimmed(first..<end + 1, in: tokens)
    }

    /// "a spokesman for the ministry said", "workers at the plant told", "a friend of the family
    /// said": a body, place or person in lower case after the link of a role or of people
    /// (`AffiliatedPeople`); they speak, read with what follows. Nil when `end` ends no such phrase.
    private func role(servingBody end: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        guard tokens[end].isWord, !tokens[end].capitalized else { return nil }
        var open = end
        while open - 1 >= start, end - open < maxLength, tokens[open - 1].isWord || tokens[open - 1].kind == .possessive,
              !tokens[open - 1].capitalized, !AffiliatedPeople.isLink(open - 1, in: tokens, grammar: grammar) { open -= 1 }
        guard open - 2 >= start, AffiliatedPeople.isLink(open - 1, in: tokens, grammar: grammar), AffiliatedPeople.isHead(at: open - 2, in: tokens),
              AffiliatedPeople.isLowerCaseBody(open..<end + 1, in: tokens) else { return nil }
        return rolePhrase(role: open - 2, through: end, in: tokens, from: start)
    }

    /// The phrase of a role in lower case at `role` and what follows it through `end`, opening
    /// at the lower-case words before the role ("a port spokesman for …").
    private func rolePhrase(role: Int, through end: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        var head = role
        while head - 1 >= start, end - head < 2 * maxLength, tokens[head - 1].isWord, !tokens[head - 1].capitalized,
              isPhraseToken(tokens[head - 1]) { head -= 1 }
        return trimmed(head..<end + 1, in: tokens)
    }

    /// A title or person noun in lower case: a role ("spokesman", "mayor") before its link.
    private func isLowerCaseRole(_ token: Token) -> Bool {
        token.isWord && !token.capitalized && !token.classes.isDisjoint(with: [.title, .personNoun])
    }

    /// The phrase starting at `start`, walking right (inverted cues, "according to", sentence subjects).
    func phrase(startingAt start: Int, in tokens: Tokens, before limit: Int) -> Range<Int>? {
        var index = start
        while index < limit, tokens[index].isWord, tokens[index].classes.contains(.skipBeforeCue) { index += 1 }
        guard index < limit else { return nil }
        if isPronoun(tokens[index]) { return index..<index + 1 }
        var end = index
        while end < limit, end - index < maxLength {
            let token = tokens[end]
            if isPhraseToken(token) { end += 1; continue }
            // "Article 33 of the convention", "Section 230": a number names the document with the word before it.
            // (Not a date's: "December 8"; the resolver tells "Nov. 8" by its stop.)
            if token.looksLikeNumber, end > index, tokens[end - 1].isWord, tokens[end - 1].capitalized,
               !tokens[end - 1].classes.contains(.timeWord) { end += 1; continue }
            // "port spokesman Piet Olsen": unlisted modifiers before a title or person noun; but
            // a lower-case word right after a name is its verb ("Gowdy referenced an inspector
            // general's report").
            // ("A Texas border sheriff": after a determiner, a capitalised word is a place that
            // modifies, not a name with its verb.)
            let afterName = end > index && tokens[end - 1].isWord && tokens[end - 1].capitalized
                && tokens[end - 1].classes.isDisjoint(with: [.nationality, .title, .modifier, .organisationWord])
                && !(end - 2 >= index && tokens[end - 2].isWord && tokens[end - 2].classes.contains(.determiner))
            if token.isWord, !token.capitalized, token.isUnlisted, !afterName,
               let noun = (end + 1..<min(limit, end + limits.modifierBeforeTitle)).first(where: { tokens[$0].isWord && !tokens[$0].classes.isDisjoint(with: [.title, .personNoun, .groupNoun]) }),
               (end + 1..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
               // ("Ana Ruiz, the campaign's chair, emailed supporters on Monday, telling …", "the
               // mayor's right-hand woman rallied supporters, saying …": a past form that opens
               // the phrase after a comma, or follows a noun that heads it, is the clause's verb,
               // its noun the object, unless a name follows the noun: "…, retired teacher Ann
               // Lee said". So is one after an institution's name: "A spokeswoman for the House
               // Armed Services Committee emailed reporters …".)
               !(token.endsInEd
                 && (end == index ? index > 0 && tokens[index - 1].isPunct(UInt8(ascii: ","))
                                  : tokens[end - 1].isWord
                                    && (tokens[end - 1].capitalized ? tokens[end - 1].classes.contains(.organisationWord)
                                        : (!tokens[end - 1].classes.isDisjoint(with: [.personNoun, .groupNoun]) || shapes.looksPlural(tokens[end - 1]))))
                 && !(noun + 1 < limit && tokens[noun + 1].isWord && tokens[noun + 1].capitalized)) {
                end = noun + 1
                continue
            }
            // "a spokesperson for the space agency as saying", "a spokesman for the country's
            // ministry": a role's body in lower case (a possessive in it, as read backwards).
            // (Not one that runs on past a link, "the ministry of defence": the role is read alone.)
            if token.isWord, grammar[.linking].contains(token.hash), end > index, isLowerCaseRole(tokens[end - 1]),
               end + 2 < limit, tokens[end + 1].isWord, tokens[end + 1].classes.contains(.determiner),
               let body = (end + 2..<min(limit, end + 2 + maxLength)).first(where: {
                   !tokens[$0].isWord && tokens[$0].kind != .possessive || tokens[$0].capitalized || tokens[$0].classes.contains(.organisationWord) }),
               tokens[body].isWord, !tokens[body].capitalized, tokens[body].classes.contains(.organisationWord),
               !(body + 1 < limit && tokens[body + 1].isWord && grammar[.linking].contains(tokens[body + 1].hash)) {
                end = body + 1
                continue
            }
            // "a statement from Beijing", "Secretary of State John Kerry"
            if token.isWord, grammar[.linking].contains(token.hash), end + 1 < limit, isPhraseToken(tokens[end + 1]) { end += 1; continue }
            break
        }
        return trimmed(index..<end, in: tokens)
    }

    /// Is the verb at `verb` the second of two joined by "and", "but" or "or" ("took the stage
    /// and called", "said … but added"), adverbs between aside?
    func isCoordinated(_ verb: Int, in tokens: Tokens, from start: Int) -> Bool {
        var index = verb - 1
        while index >= start, tokens[index].isWord, tokens[index].classes.contains(.skipBeforeCue) { index -= 1 }
        guard index >= start, tokens[index].isWord, !tokens[index].capitalized else { return false }
        return grammar[.coordinators].contains(tokens[index].hash)
    }

    /// The subject of the clause a verb belongs to, for a verb that has none of its own
    /// ("…, Whitfield went after her rival, calling him", "Bell took the stage in Baltimore and
    /// called", "such as when Cruz knocked Rubio and called him"): in the nearest clause before
    /// the verb (after a comma or the sentence's start), the first phrase that opens the clause or
    /// follows a function word and is followed by a lower-case word, its verb. A place or time set
    /// off by commas ("in Salem, New Hampshire,") has no verb after it and is passed over.
    func clauseSubject(in tokens: Tokens, sentence: Range<Int>, before verb: Int) -> Range<Int>? {
        var end = verb - 1
        // Skip the comma or coordinator that joins the verb to its clause.
        while end >= sentence.lowerBound, tokens[end].kind == .punct || (tokens[end].isWord && (grammar[.coordinators].contains(tokens[end].hash)
                || tokens[end].classes.contains(.skipBeforeCue))) { end -= 1 }
        var boundary = end
        while boundary >= sentence.lowerBound {
            while boundary >= sentence.lowerBound, !tokens[boundary].isPunct(UInt8(ascii: ",")), !tokens[boundary].isPunct(semicolon),
                  tokens[boundary].kind != .quote { boundary -= 1 }
            var position = boundary + 1
            // After a semicolon only the clause's own subject counts: a semicolon that separates
            // a list's items ("…; the false accusations that Obama was …") opens no clause.
            let afterSemicolon = boundary >= sentence.lowerBound && tokens[boundary].isPunct(semicolon)
            // Small words that open the clause ("And then Trump went …") leave its subject next.
            var leading = true
            while position < end {
                let token = tokens[position]
                let opensPhrase = leading || (!afterSemicolon && tokens[position - 1].isWord && tokens[position - 1].classes.contains(.clauseOpener))
                leading = leading && token.isWord && (grammar[.coordinators].contains(token.hash) || token.classes.contains(.skipBeforeCue))
                // (Not an appositive after a comma that an indefinite article opens: in "…, a rival
                // for the Republican nomination, saying" the rival is described, not acting.)
                let appositive = position == boundary + 1 && boundary >= sentence.lowerBound && tokens[boundary].isPunct(UInt8(ascii: ","))
                    && token.isWord && token.classes.contains(.determiner) && !grammar[.definiteArticles].contains(token.hash)
                if opensPhrase, !appositive, token.isWord, !token.classes.contains(.functionWord) || isPronoun(token),
                   let phrase = phrase(startingAt: position, in: tokens, before: end + 1), phrase.lowerBound == position,
                   phrase.upperBound <= end, isVerbLike(tokens[afterParenthesis(phrase.upperBound, in: tokens, before: end)]) {
                    return phrase
                }
                position += 1
            }
            boundary -= 1
        }
        return sentenceSubject(in: tokens, sentence: sentence, before: verb)
    }

    /// The token before a parenthesis that closes at `index` ("Sen. Durbin (D-Ill.), noting …,
    /// said"), else `index`.
    private func beforeParenthesis(_ index: Int, in tokens: Tokens, from start: Int) -> Int {
        guard index >= start, tokens[index].isPunct(UInt8(ascii: ")")),
              let open = (max(start, index - 3 * maxLength)..<index).last(where: { tokens[$0].isPunct(UInt8(ascii: "(")) })
        else { return index }
        return open - 1
    }

    /// The token after a parenthesis that opens at `index` ("Politifact (which is not known as
    /// partisan) rated …"), else `index`; never past `limit`.
    private func afterParenthesis(_ index: Int, in tokens: Tokens, before limit: Int) -> Int {
        guard index + 1 < limit, tokens[index].isPunct(UInt8(ascii: "(")),
              let close = (index + 1..<min(limit, index + 3 * maxLength)).first(where: { tokens[$0].isPunct(UInt8(ascii: ")")) })
        else { return index }
        return close + 1
    }

    /// Does a word other than a function word (a determiner, "and") stand in `range`? A subject
    /// with only function words between it and a quote does not act on the quote: "The
    /// protesters and the “Indo-Pacific Strategy” were raised" joins the quote to the subject.
    /// (Any case: a Title Case subhead's verb is capitalised, "Zoe Saldana Asked Men To “…”".)
    func holdsContentWord(_ range: Range<Int>, in tokens: Tokens) -> Bool {
        range.contains {
            tokens[$0].isWord && !tokens[$0].classes.contains(.functionWord) && !tokens[$0].classes.contains(.determiner)
                && !grammar[.coordinators].contains(tokens[$0].hash)
        }
    }

    /// A lower-case word that can be a clause's verb: not a function word, unless an auxiliary
    /// ("has", "was").
    private func isVerbLike(_ token: Token) -> Bool {
        token.isWord && !token.capitalized
            && (!token.classes.contains(.functionWord) || token.classes.contains(.skipBeforeCue))
            && token.classes.isDisjoint(with: [.groupNoun, .personNoun, .determiner])
    }

    /// The subject of the sentence: its first phrase, after an introductory phrase that starts
    /// with a function word ("Led by two ministries, officials …", "In Hanoi, he …").
    func sentenceSubject(in tokens: Tokens, sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        var start = sentence.lowerBound
        // A dateline ("Washington (AFP) –", "BEIJING, Aug. 2 (Xinhua) --") is no subject: the
        // sentence starts after its dash.
        if let dash = (start..<min(limit, start + limits.dateline)).first(where: { tokens[$0].isDash() }),
           tokens[start].isWord, tokens[start].capitalized,
           (start..<dash).allSatisfy({ tokens[$0].kind == .punct || (tokens[$0].isWord && (tokens[$0].capitalized || tokens[$0].range.count <= limits.datelineWordLetters)) }),
           tokens[start].acronym || (start..<dash).contains(where: { tokens[$0].isPunct(UInt8(ascii: "(")) || tokens[$0].isPunct(UInt8(ascii: ",")) }) {
            start = dash + 1
        }
        while start < limit, tokens[start].kind == .punct { start += 1 }
        // "But Obama, making it clear …, stood …": a coordinator before a name joins the sentence
        // to the one before; it opens no introductory phrase ("And for Perez, …" still does).
        if start + 1 < limit, tokens[start].isWord, grammar[.coordinators].contains(tokens[start].hash),
           tokens[start + 1].isWord, tokens[start + 1].capitalized, !tokens[start + 1].classes.contains(.functionWord) {
            start += 1
        }
        // "Perhaps Mr. Comey's most surprising suggestion …": a sentence adverb stands before the subject.
        while start + 1 < limit, tokens[start].isWord, tokens[start].capitalized, tokens[start].classes.contains(.skipBeforeCue),
              !tokens[start].classes.contains(.functionWord), tokens[start + 1].isWord, tokens[start + 1].capitalized { start += 1 }
        guard start < limit else { return nil }
        // "His answer: “…”", "Her reply was blunt: “…”": a possessive pronoun and a noun of speech
        // are the subject, not an introductory phrase.
        if start + 1 < limit, tokens[start].isWord, tokens[start].classes.contains(.possessivePronoun), tokens[start + 1].isWord,
           !tokens[start + 1].classes.isDisjoint(with: [.nominalCue, .documentNoun]) {
            return start..<start + 2
        }
        // "Her friend Mary Hall was less optimistic", "His wife Ana said": a possessive pronoun,
        // a person noun and a name are the subject, whom the pronoun only relates.
        if start + 2 < limit, tokens[start].isWord, tokens[start].classes.contains(.possessivePronoun),
           tokens[start + 1].isWord, !tokens[start + 1].capitalized, tokens[start + 1].classes.contains(.personNoun),
           tokens[start + 2].isWord, tokens[start + 2].capitalized,
           let named = phrase(startingAt: start + 1, in: tokens, before: limit), named.lowerBound == start + 1 {
            return named
        }
        if tokens[start].isWord, tokens[start].classes.contains(.functionWord) || !isPhraseToken(tokens[start])
            || opensIntroductoryPhrase(start, in: tokens, before: limit) {
            // An introductory phrase is short: its comma is looked for within a few phrases'
            // length, which also keeps a sentence of thousands of cues linear.
            let window = start..<min(limit, start + 3 * maxLength)
            let comma = window.first(where: { tokens[$0].isPunct(UInt8(ascii: ",")) })
            // "Among those in attendance was state Rep. Glenn Mattingly, who …", "So involved is
            // Mr. Hannity that …": a phrase with no comma, a form of "be", then the subject.
            if tokens[start].classes.contains(.functionWord),
               let verb = (start..<(comma ?? window.upperBound)).first(where: { tokens[$0].isWord && !tokens[$0].capitalized && grammar[.beForms].contains(tokens[$0].hash) }),
               let subject = phrase(startingAt: verb + 1, in: tokens, before: limit), subject.lowerBound == verb + 1,
               holdsName(subject, in: tokens),
               // (Not a name that modifies a noun after it: "Whether the issue is the Keystone XL
               // pipeline, …".)
               subject.upperBound >= limit || !tokens[subject.upperBound].isWord || tokens[subject.upperBound].classes.contains(.functionWord),
               !grammar[.frontedSubordinators].contains(tokens[start].hash) {
                return subject
            }
            guard let comma else { return nil }
            start = comma + 1
            // "In her 2003 book, Living History, Clinton noted …": a name set off by commas
            // right after the introductory phrase, with another phrase and its verb after it,
            // is the phrase's appositive (a title, a place); the subject follows it.
            if let appositive = phrase(startingAt: start, in: tokens, before: limit), appositive.lowerBound == start,
               appositive.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
               appositive.upperBound + 1 < limit, tokens[appositive.upperBound].isPunct(UInt8(ascii: ",")),
               let subject = phrase(startingAt: appositive.upperBound + 1, in: tokens, before: limit),
               subject.lowerBound == appositive.upperBound + 1, subject.upperBound < limit,
               tokens[subject.upperBound].isWord, !tokens[subject.upperBound].capitalized,
               !tokens[subject.upperBound].classes.contains(.functionWord) {
                return subject
            }
        }
        return phrase(startingAt: start, in: tokens, before: limit)
    }

    /// "Reprising one of her lines, …", "Recalling “…”, …": a capitalised word that opens the
    /// sentence into a quote, or a participle in -ing (six letters or more ending in -ng, no list
    /// holding it) into a lower-case word that is no cue or auxiliary ("Young said" is a name's).
    /// Not a word into small words: "Obama on Monday said", "Clinton this week said", the
    /// headline's "France to host".
    private func opensIntroductoryPhrase(_ start: Int, in tokens: Tokens, before limit: Int) -> Bool {
        guard start + 1 < limit, tokens[start].capitalized, !tokens[start].acronym else { return false }
        let next = tokens[start + 1]
        if next.kind == .quote { return true }
        guard next.isWord, !next.capitalized else { return false }
        // "Back in Des Moines, Hargrove closed …", "Later on Monday, …": an adverb the sieve
        // passes before cues, into a small word.
        if tokens[start].classes.contains(.skipBeforeCue), !tokens[start].classes.contains(.functionWord),
           next.classes.contains(.functionWord) {
            return true
        }
        // "Reached by phone, he said", "Pressed on the point, …": a participle in -ed into a small word.
        if tokens[start].range.count >= Int(shapes.shortest.openingParticiple), tokens[start].endsInEd, tokens[start].isUnlisted,
           next.classes.contains(.functionWord) {
            return true
        }
        return shapes.looksLikeOpeningParticiple(tokens[start]) && tokens[start].isUnlisted && next.classes.isDisjoint(with: [.verbCueStart, .skipBeforeCue, .cueStart])
    }

    /// The person whose words a noun phrase around the quote names: "Rand's “47 percent” remark",
    /// "Ward's pledge to stay “neutral”", "Kettle's call for a “revolution”". Between the
    /// possessive and the quote stand only a few lower-case words, none of them an auxiliary or
    /// a word ending in -ed (a verb makes the quote another subject's: "Ward's aide backed the
    /// “bold” plan"). The sieve asks only of a sentence without cues.
    func possessor(of quote: Int, in tokens: Tokens, sentence: Range<Int>) -> Range<Int>? {
        var index = quote - 1
        let floor = max(sentence.lowerBound, quote - limits.possessor)
        while index >= floor, tokens[index].kind != .possessive {
            let token = tokens[index]
            guard token.isWord, !token.capitalized,
                  token.classes.isDisjoint(with: [.skipBeforeCue, .clauseOpener]),
                  !(token.range.count >= limits.pastVerbLetters && token.endsInEd) else { return nil }
            index -= 1
        }
        guard index > sentence.lowerBound, index >= floor, tokens[index].kind == .possessive,
              let owner = phrase(endingAt: index - 1, in: tokens, from: sentence.lowerBound),
              tokens[index - 1].capitalized else { return nil }
        // A noun must follow the possessive: "Rand's “47 percent” remark" has it after the quote.
        if index == quote - 1 {
            guard quote + 1 < sentence.upperBound, tokens[quote + 1].isWord, !tokens[quote + 1].capitalized,
                  !tokens[quote + 1].classes.contains(.functionWord) else { return nil }
        }
        return owner
    }

    /// The person whose speech noun opens the clause the quote stands in: "Trump's claim that
    /// Obama “founded ISIS”", "Clinton's assertion of a “claim of right”". A possessive, a noun
    /// that reports speech, then "that" or "of", and the quote within a few words after, with no
    /// other quote and no speech verb between (in "Fox's claim that the auditor said …" the verb
    /// names the words' speaker).
    func speechOwner(of quote: Int, in tokens: Tokens, sentence: Range<Int>) -> Range<Int>? {
        let floor = max(sentence.lowerBound + 2, quote - limits.speechNoun)
        var index = quote - 1
        while index >= floor {
            let token = tokens[index]
            if token.kind == .quote { return nil }
            if token.isWord, token.classes.contains(.verbCueStart), !token.capitalized { return nil }
            if token.isWord, grammar[.complementizers].contains(token.hash) || grammar[.speechNounLinks].contains(token.hash), let owner = speechNounOwner(before: index, in: tokens, from: sentence.lowerBound) {
                return owner
            }
            index -= 1
        }
        return nil
    }

    /// The possessor of a speech noun that ends just before `link` ("that" or "of"), with a
    /// form of "be" between ("Podliska's claim is that …") and a few lower-case words before the
    /// noun ("Podliska's most explosive claim").
    private func speechNounOwner(before link: Int, in tokens: Tokens, from start: Int) -> Range<Int>? {
        var noun = link - 1
        if noun > start, tokens[noun].isWord, grammar[.copulas].contains(tokens[noun].hash) { noun -= 1 }
        // "his comment Monday that …": a time word may stand between the noun and its clause.
        if noun > start, tokens[noun].isWord, tokens[noun].classes.contains(.timeWord) { noun -= 1 }
        // "Obama's suggestion at a debate that …": a short phrase after a preposition may stand
        // between the noun and its clause.
        if noun > start, !(tokens[noun].isWord && tokens[noun].classes.contains(.nominalCue)),
           let preposition = ((max(start, noun - limits.speechNounPhrase) + 1)...noun).first(where: { tokens[$0].isWord && !tokens[$0].capitalized
               && tokens[$0].classes.contains(.functionWord) && tokens[$0 - 1].isWord && tokens[$0 - 1].classes.contains(.nominalCue) }),
           (preposition...noun).allSatisfy({ tokens[$0].isWord }) {
            noun = preposition - 1
        }
        guard noun > start, tokens[noun].isWord, tokens[noun].classes.contains(.nominalCue) else { return nil }
        var possessive = noun - 1
        while possessive > noun - limits.speechNounModifiers, possessive > start, tokens[possessive].isWord, !tokens[possessive].capitalized,
              !tokens[possessive].classes.contains(.verbCueStart), !tokens[possessive].classes.contains(.possessivePronoun) { possessive -= 1 }
        // "Trump stood by his comment that …": a possessive pronoun owns the noun, as a name's 's does.
        if possessive >= start, tokens[possessive].isWord, tokens[possessive].classes.contains(.possessivePronoun) {
            return possessive..<possessive + 1
        }
        guard possessive > start, tokens[possessive].kind == .possessive, tokens[possessive - 1].capitalized else { return nil }
        return phrase(endingAt: possessive - 1, in: tokens, from: start)
    }

    /// The agent of a nominal cue: "the agreement reached by X and Y", "an agreement between X
    /// and Y".
    func agent(ofNominal cue: Range<Int>, in tokens: Tokens, sentence: Range<Int>) -> Range<Int>? {
        // "X's remark" is not taken: the quote near it is as often someone's reply to the remark.
        var index = cue.upperBound
        // one participle may stand between noun and agent ("reached by")
        if index < sentence.upperBound, tokens[index].isWord, !tokens[index].capitalized,
           !grammar[.nominalAgentPrepositions].contains(tokens[index].hash) { index += 1 }
        guard index < sentence.upperBound, tokens[index].isWord,
              grammar[.nominalAgentPrepositions].contains(tokens[index].hash) else { return nil }
        return phrase(startingAt: index + 1, in: tokens, before: sentence.upperBound)
    }

    /// Drops leading and trailing "and" (and trailing determiners) and requires a head word.
    private func trimmed(_ range: Range<Int>, in tokens: Tokens) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, listJoiners.contains(tokens[lower].hash) || tokens[lower].kind == .possessive { lower += 1 }
        // A capitalised linking word at the end is a surname ("From said"), not a dangling "from".
        while upper > lower, listJoiners.contains(tokens[upper - 1].hash) || tokens[upper - 1].classes.contains(.determiner)
            || (grammar[.linking].contains(tokens[upper - 1].hash) && !tokens[upper - 1].capitalized) { upper -= 1 }
        guard lower < upper, (lower..<upper).contains(where: { isHead(tokens[$0]) }) else { return nil }
        return lower..<upper
    }
}
