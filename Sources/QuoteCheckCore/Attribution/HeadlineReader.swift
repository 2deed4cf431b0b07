/// Reads the parts of a headline that say who speaks, as the wire services write them: a kicker
/// before the first colon ("Xi Focus:"), a credit after the last one ("…: Chinese FM"), a leading
/// credit ("Envoy: '…'"), and quoted labels that nobody is presented as saying. The lists are
/// rules/headlines.yaml; the sieve that uses them is `Attributor.attributeHeadline`.
struct HeadlineReader: Sendable {
    private let rules: HeadlineRules
    private let colon = UInt8(ascii: ":")
    private let topicPrepositions = WordHashSet(words: ["on", "about"])

    init(rules: HeadlineRules) {
        self.rules = rules
    }

    /// Where the headline proper opens: after a kicker and its colon ("Explainer: What is …"),
    /// else at its first token.
    func start(of tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let colon = tokens.firstIndex(where: { $0.isPunct(colon) }), colon > 0, colon + 1 < tokens.count,
              (0..<colon).allSatisfy({ tokens[$0].kind != .quote }) else { return 0 }
        let label = text(0..<colon, tokens, bytes)
        if rules.kickers.contains(label) { return colon + 1 }
        if let last = label.split(separator: " ").last, rules.kickerWords.contains(String(last)) { return colon + 1 }
        return 0
    }

    /// A credit after the headline's last colon: a few words to the end, no quote among them
    /// ("… 'playing with fire' on Taiwan: FM"). The colon and the credit's tokens.
    func trailingCredit(in tokens: Tokens, from start: Int) -> (colon: Int, credit: Range<Int>)? {
        guard let colon = (start..<tokens.count).last(where: { tokens[$0].isPunct(colon) }), colon > start else { return nil }
        var end = tokens.count
        while end > colon + 1, tokens[end - 1].kind == .punct, !tokens[end - 1].isPunct(UInt8(ascii: ")")) { end -= 1 }
        let credit = (colon + 1)..<end
        guard !credit.isEmpty, credit.count <= rules.trailingCreditMaxWords + 2,
              credit.allSatisfy({ tokens[$0].kind != .quote }),
              credit.filter({ tokens[$0].isWord }).count <= rules.trailingCreditMaxWords,
              (start..<colon).contains(where: { tokens[$0].kind == .quote }) else { return nil }
        return (colon, credit)
    }

    /// "on" or "about" after a leading credit, before its topic: "UN chief on floods: '…'".
    func isTopicPreposition(_ token: Token) -> Bool {
        token.isWord && !token.capitalized && topicPrepositions.contains(token.hash)
    }

    /// A credit that names nobody: "…: report", "…: state media".
    func isAnonymous(_ credit: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rules.anonymousCredits.contains(text(credit, tokens, bytes))
    }

    /// A place that stands for its government ("China: …", "…: Kremlin").
    func isGovernment(_ phrase: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rules.governments.contains(text(phrase, tokens, bytes))
    }

    /// Is the quote at `position` a label that nobody is presented as saying? A marker stands
    /// before it ("so-called 'harbor tax'"); it modifies the noun after it ("'Taiwan independence'
    /// forces", "'Wild' Trump tweet") and is no adjective of judgement ("'unfounded' rumors" is
    /// somebody's); or, in a headline not in Title Case, it is a short capitalised name in mid
    /// headline ("criticizes US 'Notorious Markets List'").
    func isLabel(_ position: Int, in tokens: Tokens, from start: Int, quote: Range<Int>, titleCase: Bool,
                 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if position > start, let marker = lastWord(before: tokens[position].range.lowerBound, from: tokens[start].range.lowerBound, bytes),
           rules.labelMarkers.contains(marker) {
            return true
        }
        let words = quoteWords(quote, bytes)
        // A modifier is short and runs into its noun: a quote ending in punctuation ("'top
        // risk,' says UN") or followed by a participle ("'most likely' caused") is not one.
        if position + 1 < tokens.count, tokens[position + 1].isWord, words.count <= 3,
           let lastByte = bytes[quote.upperBound - 1] as UInt8?, !Self.isPunctuation(lastByte),
           !tokens[position + 1].classes.contains(.functionWord), !Self.endsInEd(tokens[position + 1]) {
            let next = tokens[position + 1]
            // (In Title Case every word is capitalised, and the next one tells nothing; an
            // acronym is a name either way: "'baseless' US accusations".)
            if next.capitalized && !next.acronym {
                if !titleCase { return true }
            } else if let last = words.last, !rules.judgementEndings.contains(where: { last.count > $0.count + 2 && last.hasSuffix($0) }) {
                return true
            }
        }
        // A quote that opens the headline and runs into its verb is its subject, a thing named:
        // "'Night market' plan revives …", "'Dollar selling' does not mean outflow".
        if position == start, position + 1 < tokens.count, tokens[position + 1].isWord, !titleCase,
           !Self.isPunctuation(bytes[quote.upperBound - 1]) {
            return true
        }
        // A name in mid headline: every word capitalised ("US 'Notorious Markets List'"), or a
        // capitalised word or two ("playing 'Taiwan card'").
        if !titleCase, position > start, tokens[position - 1].kind != .punct, let first = words.first?.first,
           first.isUppercase || first.isNumber,
           words.count <= 2 || (words.count <= 3 && words.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false })) {
            return true
        }
        return false
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// A verb form ending in -ed: in a wire headline, which speaks in the present, a passive.
    func isPastParticiple(_ token: Token) -> Bool { Self.endsInEd(token) }

    private static func endsInEd(_ token: Token) -> Bool {
        token.range.count >= 4 && token.secondLastByte == UInt8(ascii: "e") && token.lastByte == UInt8(ascii: "d")
    }

    /// The quote's words, lower-cased only for the ending test (capitals kept for the name test).
    private func quoteWords(_ quote: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[quote]), as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " }).map { word in
            var trimmed = word
            while let first = trimmed.first, first.isPunctuation { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last.isPunctuation { trimmed = trimmed.dropLast() }
            // The first letter's case kept for the name test; the rest lower-cased for endings.
            return Substring(String(trimmed.prefix(1)) + trimmed.dropFirst().lowercased())
        }.filter { !$0.isEmpty }
    }

    /// The last whitespace-separated word that ends before `end`, lower-cased ("so-called").
    private func lastWord(before end: Int, from floor: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var upper = end
        while upper > floor, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        var lower = upper
        while lower > floor, bytes[lower - 1] != UInt8(ascii: " ") { lower -= 1 }
        guard lower < upper else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self).lowercased()
    }

    /// The tokens' text as the lists hold it: lower-cased, apostrophes straightened, one space
    /// between words.
    func text(_ range: Range<Int>, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !range.isEmpty else { return "" }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound]),
                         as: UTF8.self)
        return raw.lowercased().straightApostrophes.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
