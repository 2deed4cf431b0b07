import QuoteCheckText
import QuoteCheckRules

extension Gender {
    /// The gender words of the rules (honorifics, first names, pronouns), as word hashes.
    struct Lexicon: Sendable {
        private let honorifics: HashTable<Gender>
        private let firstNames: HashTable<Gender>
        private let pronouns: HashTable<Gender>

        init(rules: SpeakerRules) {
            var honorifics = HashTable<Gender>(capacity: 32), firstNames = HashTable<Gender>(capacity: 512)
            var pronouns = HashTable<Gender>(capacity: 16)
            for (name, words) in rules.genders {
                guard let gender: Gender = name == "male" ? .male : name == "female" ? .female : nil else { continue }
                for word in words.honorifics { honorifics.update(WordHash.hash(word)) { $0 = gender } }
                for word in words.firstNames { firstNames.update(WordHash.hash(word)) { $0 = gender } }
                for word in words.pronouns { pronouns.update(WordHash.hash(word)) { $0 = gender } }
            }
            self.honorifics = honorifics
            self.firstNames = firstNames
            self.pronouns = pronouns
        }

        func honorific(_ hash: UInt64) -> Gender? { honorifics[hash] }
        func firstName(_ hash: UInt64) -> Gender? { firstNames[hash] }
        func pronoun(_ hash: UInt64) -> Gender? { pronouns[hash] }
    }
}
