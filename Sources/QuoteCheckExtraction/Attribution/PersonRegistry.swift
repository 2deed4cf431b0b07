import QuoteCheckText
import QuoteCheckRules

/// The people an article names in full ("Japanese Defence Minister Toshimi Kitazawa" gives
/// "Toshimi Kitazawa"), so that a later "Kitazawa" or "Xi" resolves to the full name.
struct PersonRegistry: Sendable {
    struct Mention: Sendable {
        let position: Int
        /// Where the name's last word ends (bytes).
        let end: Int
        let paragraph: Int
        let name: NameID
        let first: UInt64
        /// The surname: the last word, or the one before a suffix ("Pike" in "Gerald W. Pike Jr.").
        let last: UInt64
        /// The name ends in a suffix of `name_suffixes`.
        var suffixed = false
    }
    private(set) var mentions: [Mention]
    /// Words after a surname that tell a generation apart (rules `name_suffixes`).
    private let suffixes: WordHashSet?
    /// Organisations named by a run of capitalised words that ends in an organisation word
    /// ("Quinnipiac University"): only their spelling is compared, across articles.
    private var organisations: [(bytes: Range<Int>, name: NameID)] = []
    /// Whether organisations are kept: only the cross-source check asks for them.
    let keepsOrganisations: Bool
    /// Single names seen after a title ("President Obama"): people, though the article never gives more.
    private(set) var titledSingles: Set<UInt64> = []
    /// Genders told by an honorific before a surname ("Mr. Trump"), by the surname's hash.
    private var surnameGenders: [UInt64: Gender] = [:]
    /// Genders told by a first name or an honorific, by the person's name.
    private var nameGenders: [NameID: Gender] = [:]
    let genderLexicon: Gender.Lexicon?
    /// Words that open a clause ("And", "But" at a sentence's start): never a name's first word.
    private let clauseOpeners: WordHashSet?

    /// News outlets ("Fox Business"): names of no person.
    private let outlets: OutletNames?
    /// The roles a definite description refers back by ("the mayor"), and each person named
    /// with one ("Mayor Ann Ruiz", "Republican presidential candidate Donald Trump"), in text order.
    private let roles: RoleTitles?
    /// The most words of a name, and how far back its roles are read (rules `limits`).
    private let nameWords: UInt8, roleWords: UInt8
    /// What word endings tell on words long enough to trust them.
    private let shapes: WordShapes
    private var roleMentions: [RoleMention] = []

    /// A person named with a role: the role's name, where the name starts (bytes), the
    /// capitalised words before it ("Florida" in "Florida Sen. Marco Rubio"), and whether one
    /// of them is an organisation's ("World Bank President Jim Yong Kim").
    private struct RoleMention {
        let role: UInt64
        let position: Int
        let name: NameID
        let modifiers: [UInt64]
        let inOrganisation: Bool
        /// A single name's hash ("President Obama"): the full name is looked for when asked.
        let single: UInt64?
    }

    init(limits: SieveLimits, shapes: WordShapes, genders: Gender.Lexicon? = nil, keepsOrganisations: Bool = false, clauseOpeners: WordHashSet? = nil,
         outlets: OutletNames? = nil, roles: RoleTitles? = nil, suffixes: WordHashSet? = nil) {
        // (A byte each: the registry is copied often. The rules keep the limits small.)
        nameWords = UInt8(clamping: limits.nameWords)
        self.shapes = shapes
        roleWords = UInt8(clamping: limits.roleWords)
        genderLexicon = genders
        self.suffixes = suffixes
        self.roles = roles
        self.clauseOpeners = clauseOpeners
        self.outlets = outlets
        self.keepsOrganisations = keepsOrganisations
        // Most articles name a dozen people or fewer: room for them from the start.
        mentions = []
        mentions.reserveCapacity(16)
    }

    /// Collects full names from runs of capitalised words, after stripping titles and nationality words.
    mutating func collect(from tokens: Tokens, paragraph: Int, requireTitle: Bool = false, in bytes: UnsafeBufferPointer<UInt8>,
                          names: NameTable) {
        var index = 0
        while index < tokens.count {
            // "And Sanders kept up his attacks": the capital is the sentence's, not a name's.
            guard isNameWord(tokens[index]), !(clauseOpeners?.contains(tokens[index].hash) ?? false) else {
                if index + 2 < tokens.count, tokens[index].isPunct(UInt8(ascii: "(")), tokens[index + 1].acronym,
                   tokens[index + 2].isPunct(UInt8(ascii: ")")) {
                    noteAcronym(opening: index, tokens: tokens, bytes: bytes, names: names)
                }
                index += 1
                continue
            }
            // "Suddenly I …", "Maybe Trump …": an adverb that opens the sentence is no first name.
            if index == 0 || tokens[index - 1].kind != .word,
               shapes.looksLikeAdverb(tokens[index]) || shapes.looksLikeOpeningParticiple(tokens[index]) || tokens[index].classes.contains(.skipBeforeCue),
               genderLexicon?.firstName(tokens[index].hash) == nil {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count, isNameWord(tokens[end]) || isParticle(tokens, end) || isFunctionWordSurname(tokens, end, start: index) { end += 1 }
            // "Said Voss, “…”", "Stated Voss:": a cue that opens its sentence is not the name's first word.
            if end - index >= 2, end < tokens.count, tokens[end].isPunct(UInt8(ascii: ",")) || tokens[end].isPunct(UInt8(ascii: ":")),
               tokens[index].classes.contains(.verbCueStart),
               index == 0 || tokens[index - 1].kind == .punct || tokens[index - 1].kind == .quote {
                index += 1
            }
            register(index..<end, tokens: tokens, paragraph: paragraph, requireTitle: requireTitle, bytes: bytes, names: names)
            index = end
        }
    }

    private func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.capitalized && !token.classes.contains(.functionWord)
    }

    /// "George Will", "Al From", "Ian Read": a capitalised word that is also a function word
    /// ends a name when it follows a first name mid-sentence and no name word follows it.
    private func isFunctionWordSurname(_ tokens: Tokens, _ index: Int, start: Int) -> Bool {
        let token = tokens[index]
        guard index > start, token.isWord, token.capitalized, !token.acronym, token.classes.contains(.functionWord),
              index - start == 1, !tokens[index - 1].classes.contains(.title) else { return false }
        // A first name stands before it; it ends the run (no further capitalised word).
        return index + 1 >= tokens.count || !(tokens[index + 1].isWord && tokens[index + 1].capitalized)
    }

    /// Surnames that are also function words ("Will", "From"), by hash: attribution reads such
    /// a capitalised word as a name.
    private(set) var functionWordSurnames: Set<UInt64> = []

    /// Acronyms the article spells out before a parenthesis ("South Korea's Joint Chiefs of
    /// Staff (JCS)"), by the acronym's hash: the name a later "the JCS said" stands for.
    private var acronyms: [UInt64: NameID] = [:]

    /// The name the article spells out for an acronym, if it does.
    func expansion(ofAcronym word: UInt64) -> NameID? { acronyms.isEmpty ? nil : acronyms[word] }

    /// Notes the acronym in the parenthesis that opens at `open`, when it abbreviates the
    /// capitalised words right before it (`Acronym`: "World Health Organization (WHO)"; small
    /// words between them are passed over, "Joint Chiefs of Staff (JCS)"). The fewest words that
    /// fit make the name.
    @inline(never)  // (Rare: kept out of `collect`'s loop over every token.)
    private mutating func noteAcronym(opening open: Int, tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>, names: NameTable) {
        let acronym = tokens[open + 1]
        var letters: [UInt8] = []
        for byte in bytes[acronym.range] {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return }
            letters.append(byte | 0x20)
        }
        guard letters.count >= 2 else { return }
        var initials: [UInt8] = []
        var index = open - 1
        // (Back from the parenthesis; the initials grow, so an exact match comes before an
        // all-but-last one, and past one letter more none can come.)
        while index >= 0, tokens[index].isWord, initials.count <= letters.count {
            let token = tokens[index]
            if token.capitalized {
                var word: [UInt8] = []
                Acronym.appendInitials(of: bytes[token.range], to: &word)
                initials.insert(contentsOf: word, at: 0)
                if Acronym.abbreviates(letters, initials: initials) {
                    acronyms[acronym.hash] = names.join((index..<open).lazy.map { tokens[$0].range }, in: bytes)
                    return
                }
            } else if token.range.count > 3
                        || (token.classes.isDisjoint(with: [.functionWord, .determiner, .nameParticle]) && !(clauseOpeners?.contains(token.hash) ?? false)) {
                return
            }
            index -= 1
        }
    }

    private func isParticle(_ tokens: Tokens, _ index: Int) -> Bool {
        tokens[index].isWord && tokens[index].classes.contains(.nameParticle)
            && index + 1 < tokens.count && isNameWord(tokens[index + 1])
    }

    /// The classes of the descriptive words a person's name follows and is stripped of: titles,
    /// person nouns, nationality words, determiners, institutions, outlet words ("Harbour Master
    /// Joan Whitcombe", "U.S. Defense Secretary Leon Panetta"). The registry and the resolver
    /// read names by the one list.
    static let descriptive: WordClass = [.title, .personNoun, .nationality, .determiner, .organisationWord, .outletDescriptor]

    /// "Mary Hall", "Andrew House": a word of an institution's name ("Carnegie Hall", "White
    /// House") that follows a first name the lexicon knows, and nothing but stripped words
    /// (titles, determiners) before that, is a surname.
    func isSurname(_ index: Int, from lower: Int, tokens: Tokens) -> Bool {
        let strip = Self.descriptive
        guard index > lower, tokens[index].isWord, tokens[index].capitalized,
              tokens[index].classes.intersection(strip) == .organisationWord,
              tokens[index - 1].isWord, tokens[index - 1].capitalized,
              tokens[index - 1].classes.isDisjoint(with: strip),
              genderLexicon?.firstName(tokens[index - 1].hash) != nil else { return false }
        return index - 1 == lower || !tokens[index - 2].classes.isDisjoint(with: strip) || !tokens[index - 2].isWord
    }

    private mutating func register(_ run: Range<Int>, tokens: Tokens, paragraph: Int, requireTitle: Bool, bytes: UnsafeBufferPointer<UInt8>,
                                   names: NameTable) {
        // The name follows the last title or other descriptive word of the run: "Harbour Master
        // Joan Whitcombe", "U.S. Defense Secretary Leon Panetta".
        let strip = Self.descriptive
        // (A person noun that ends the run is a surname: "Mark Singer", "Ed Cook".)
        let lastStrip = run.last(where: { !tokens[$0].classes.isDisjoint(with: strip)
            && !($0 == run.upperBound - 1 && tokens[$0].classes.intersection(strip) == .personNoun)
            && !($0 == run.upperBound - 1 && isSurname($0, from: run.lowerBound, tokens: tokens)) })
        let titled = run.contains { tokens[$0].classes.contains(.title) && $0 <= (lastStrip ?? -1) }
        let lower = lastStrip.map { $0 + 1 } ?? run.lowerBound
        let name = lower..<run.upperBound
        if keepsOrganisations, name.isEmpty, !requireTitle, tokens[run.upperBound - 1].classes.contains(.organisationWord) {
            noteOrganisation(run, tokens: tokens, bytes: bytes, names: names)
        }
        guard !name.isEmpty, titled || !requireTitle else { return }
        // "Mr. Trump", "Mrs. Clinton": the honorific just before the name tells the gender.
        let honorific = lastStrip.flatMap { genderLexicon?.honorific(tokens[$0].hash) }
        let blocked: WordClass = [.organisationWord, .title, .nationality, .groupNoun, .documentNoun, .outletDescriptor]
        guard !name.contains(where: { !tokens[$0].classes.isDisjoint(with: blocked)
            && !($0 == name.upperBound - 1 && isSurname($0, from: name.lowerBound, tokens: tokens)) }) else { return }
        if name.count == 1 {
            if titled { titledSingles.insert(tokens[name.lowerBound].hash) }
            if let honorific { surnameGenders[tokens[name.lowerBound].hash] = honorific }
            // ("President Obama": the full name is looked for when a role asks; "New Jersey" has no title.)
            let single = tokens[name.lowerBound]
            if titled {
                noteRoles(before: name.lowerBound, tokens: tokens, single: single.hash) {
                    names.name(UnsafeBufferPointer(rebasing: bytes[single.range]))
                }
            }
            return
        }
        guard name.count <= Int(nameWords) else { return }
        // "in Coral Springs, Florida Friday,", "Super Tuesday", "Labor Day": a name that ends in
        // a word of time is a place or an occasion and that time, unless a first name opens it
        // ("Theresa May", "Doris Day").
        if tokens[name.upperBound - 1].classes.contains(.timeWord), genderLexicon?.firstName(tokens[name.lowerBound].hash) == nil { return }
        if let outlets, outlets.names(exactly: name, tokens) { return }
        let text = names.join(name.lazy.map { tokens[$0].range }, in: bytes)
        noteRoles(before: name.lowerBound, tokens: tokens) { text }
        if tokens[name.upperBound - 1].classes.contains(.functionWord) { functionWordSurnames.insert(tokens[name.upperBound - 1].hash) }
        if let gender = honorific ?? genderLexicon?.firstName(tokens[name.lowerBound].hash) {
            nameGenders[text] = gender
            if honorific != nil { surnameGenders[tokens[name.upperBound - 1].hash] = gender }
        }
        let suffixed = name.count >= 3 && suffixes?.contains(tokens[name.upperBound - 1].hash) == true
        mentions.append(Mention(position: tokens[name.lowerBound].range.lowerBound, end: tokens[name.upperBound - 1].range.upperBound,
                                paragraph: paragraph, name: text,
                                first: tokens[name.lowerBound].hash, last: tokens[name.upperBound - (suffixed ? 2 : 1)].hash,
                                suffixed: suffixed))
    }

    /// Notes the roles named right before a name that starts at `start`: in its run and the
    /// words before it ("Mayor Ann Ruiz", "former secretary of state Hillary Clinton", "Florida
    /// Sen. Marco Rubio"), over titles, person nouns, nationality words, modifiers, capitalised
    /// words and "of" before a title, `limits.role_words` back at most; with the capitalised words
    /// before the role. A role after a prefix ("Vice President") is another role. The name is
    /// made only when a role is found, and `single` is a single name's hash.
    private mutating func noteRoles(before start: Int, tokens: Tokens, single: UInt64? = nil, name: () -> NameID) {
        guard let roles else { return }
        var found: [UInt64] = [], modifiers: [UInt64] = [], inOrganisation = false
        var index = start - 1
        while index >= 0, start - index <= Int(roleWords), tokens[index].isWord {
            let token = tokens[index]
            if let role = roles.role(token.hash) {
                if index == 0 || !(tokens[index - 1].isWord && roles.isPrefix(tokens[index - 1].hash)) { found.append(role) }
            } else if roles.isTitleLink(token.hash) {
                // "Secretary of State Hillary Clinton", not "governor of New Jersey": a title follows "of".
                guard tokens[index + 1].classes.contains(.title) else { break }
            } else if token.classes.isDisjoint(with: [.title, .personNoun, .nationality, .modifier]), !token.capitalized {
                // (A verb ends it: "the president portrayed Mr. Trump".)
                break
            } else if token.capitalized, !found.isEmpty {
                // (Kept only once a role is found, so that most names cost no allocation.)
                modifiers.append(token.hash)
                if token.classes.contains(.organisationWord) { inOrganisation = true }
            }
            index -= 1
        }
        guard !found.isEmpty else { return }
        let named = name()
        for role in found {
            roleMentions.append(RoleMention(role: role, position: tokens[start].range.lowerBound, name: named, modifiers: modifiers,
                                            inOrganisation: inOrganisation && !roles.isBodyRole(role), single: single))
        }
    }

    /// The role a word names ("senator" and "sen." name one), if the rules list it.
    func role(of hash: UInt64) -> UInt64? { roles?.role(hash) }
    /// Does the word make the role after it another ("vice", "deputy")?
    func isRolePrefix(_ hash: UInt64) -> Bool { roles?.isPrefix(hash) ?? false }
    func isEpithet(_ hash: UInt64) -> Bool { roles?.isEpithet(hash) ?? false }

    /// The person last named with a role before `position` ("the mayor" → Ann Ruiz), with every
    /// capitalised modifier the description gives ("the Florida senator" → "Florida Sen. Marco
    /// Rubio"); a role held in an organisation ("World Bank President Jim Yong Kim") only when
    /// the description names one too.
    ///
    /// A single name ("President Obama") gives the one full name the article has for it, if it
    /// has exactly one ("Bush" after George and Laura Bush stays "Bush").
    func person(withRole role: UInt64, modifiers: [UInt64], before position: Int) -> NameID? {
        guard let mention = roleMentions.last(where: { mention in
            mention.role == role && mention.position < position && modifiers.allSatisfy(mention.modifiers.contains)
                && (!mention.inOrganisation || !modifiers.isEmpty)
        }) else { return nil }
        guard let single = mention.single else { return mention.name }
        let full = Set(mentions.lazy.filter { $0.last == single }.map(\.name))
        return full.count == 1 ? full.first! : mention.name
    }

    /// The person the article first names with a role held in no organisation ("Gov. Helen
    /// Marquardt"), outside the headline's bytes: whom a headline's bare title ("Governor Vetoes
    /// …") means.
    func firstPerson(withRole role: UInt64, outside headline: Range<Int>) -> NameID? {
        guard let mention = roleMentions.first(where: { $0.role == role && !$0.inOrganisation && !headline.contains($0.position) }) else { return nil }
        return person(withRole: role, modifiers: [], before: mention.position + 1)
    }

    /// The full name a single name refers to: the latest full mention before `position` whose
    /// surname (then first name) matches, else the first one after it. Of several people of
    /// one surname, an honorific's `gender` ("Mrs. Clinton") picks those it fits.
    func fullName(for word: UInt64, before position: Int, gender: Gender? = nil) -> NameID? {
        mention(matching: word, before: position, bySurname: true, gender: gender) ?? mention(matching: word, before: position, bySurname: false)
    }

    /// The full name a name of two words or more stands for ("Vargas Llosa" for "Mario Vargas
    /// Llosa"): the latest longer mention before `position` (else the first after it) whose
    /// last words are the name's; `last` is the name's last word. (Not one that only adds an
    /// abbreviated title the lists do not know: "Del. Stacey Plaskett".)
    func fullName(endingWith name: NameID, last: UInt64, before position: Int, names: NameTable) -> NameID? {
        var found: NameID? = nil
        for mention in mentions where mention.last == last && mention.name != name {
            let full = names.bytes(of: mention.name), tail = names.bytes(of: name)
            guard full.count > tail.count, full[full.count - tail.count - 1] == UInt8(ascii: " "),
                  full[(full.count - tail.count)...].elementsEqual(tail) else { continue }
            let added = full[..<(full.count - tail.count - 1)]
            guard !added.split(separator: UInt8(ascii: " ")).contains(where: { $0.count > 2 && $0.last == UInt8(ascii: ".") }) else { continue }
            if mention.position > position { return found ?? mention.name }
            found = mention.name
        }
        return found
    }

    /// One pass over the mentions: the latest match at or before `position`, else the first
    /// match; of those `gender` fits (by surname), where any mention of the surname fits it.
    private func mention(matching word: UInt64, before position: Int, bySurname: Bool, gender: Gender? = nil) -> NameID? {
        var first: Int? = nil, latest: Int? = nil, fitFirst: Int? = nil, fitLatest: Int? = nil, anyFits = false
        // ("Trump" is Donald Trump's where the article names Donald Trump Jr. too.)
        let plain = bySurname && mentions.contains { $0.last == word && !$0.suffixed }
        let byGender = bySurname ? gender : nil
        for index in mentions.indices where (bySurname ? mentions[index].last : mentions[index].first) == word {
            let fits = byGender.map { self.gender(of: mentions[index].name) == $0 } ?? false
            anyFits = anyFits || fits
            guard !(plain && mentions[index].suffixed) else { continue }
            if first == nil { first = index }
            if mentions[index].position <= position { latest = index }
            if fits {
                if fitFirst == nil { fitFirst = index }
                if mentions[index].position <= position { fitLatest = index }
            }
        }
        return (anyFits ? fitLatest ?? fitFirst : latest ?? first).map { mentions[$0].name }
    }

    /// The person a pronoun most likely means when nobody has spoken yet: the first person named
    /// in the latest paragraph that names anyone before `position` (subjects come first).
    func lastMention(before position: Int, gender: Gender? = nil) -> NameID? {
        let fits = { (mention: Mention) in gender == nil || self.gender(of: mention.name).map { $0 == gender } ?? true }
        guard let last = mentions.last(where: { $0.position < position && fits($0) }) else { return nil }
        return mentions.first(where: { $0.paragraph == last.paragraph && fits($0) })?.name
    }

    /// The gender the article tells for a person, if any: by the full name's first name or
    /// honorific, else an honorific given to the surname anywhere in the article.
    func gender(of name: NameID) -> Gender? {
        if let known = nameGenders[name] { return known }
        guard let mention = mentions.first(where: { $0.name == name }) else { return nil }
        return surnameGenders[mention.last]
    }

    /// "Quinnipiac University", "the Associated Press": the run's words from its first
    /// capitalised word that is neither a determiner nor a title, when two or more are left and
    /// only the last is an organisation word.
    private mutating func noteOrganisation(_ run: Range<Int>, tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>, names: NameTable) {
        var first = run.lowerBound
        while first < run.upperBound, !tokens[first].classes.isDisjoint(with: [.determiner, .title]) { first += 1 }
        let words = first..<run.upperBound
        guard words.count >= 2, !words.dropLast().contains(where: { tokens[$0].classes.contains(.organisationWord) }) else { return }
        organisations.append((tokens[words.lowerBound].range.lowerBound..<tokens[words.upperBound - 1].range.upperBound,
                              names.join(words.lazy.map { tokens[$0].range }, in: bytes)))
    }

    /// Every full name the article gives, in text order, as written (canonical text) with the
    /// gender its first name tells, if the lexicon knows it; then the organisations it names.
    func people(names: NameTable) -> [PersonMention] {
        mentions.map { mention in
            PersonMention(name: names.string(mention.name), bytes: mention.position..<mention.end,
                          firstNameGender: genderLexicon?.firstName(mention.first))
        } + organisations.map { PersonMention(name: names.string($0.name), bytes: $0.bytes, firstNameGender: nil, kind: .organisation) }
    }

    /// Does the word name a person: a first name, a name given after a title, or a surname
    /// whose full name has a gender? (`isKnownPerson` says more: the registry holds any
    /// capitalised run, "Harbour Lines" too.)
    func namesPerson(_ token: Token) -> Bool {
        if genderLexicon?.firstName(token.hash) != nil { return true }
        guard token.capitalized else { return false }
        if titledSingles.contains(token.hash) { return true }
        return fullName(for: token.hash, before: token.range.lowerBound).flatMap { gender(of: $0) } != nil
    }

    /// Does a full name outside `bytes` (a headline's) hold the word? A Title Case headline's
    /// own runs ("Billionaire Hurls Insult At Rival") make names of its verbs.
    func isNamed(_ word: UInt64, outside bytes: Range<Int>) -> Bool {
        mentions.contains { ($0.last == word || $0.first == word) && !bytes.contains($0.position) }
    }

    /// May the word name a person: a first name the lexicon knows, or a word of a name the
    /// article gives?
    func mayNamePerson(_ word: UInt64) -> Bool {
        genderLexicon?.firstName(word) != nil || isKnownPerson(word)
    }

    func isKnownPerson(_ word: UInt64) -> Bool {
        titledSingles.contains(word) || mentions.contains { $0.last == word || $0.first == word }
    }
}
