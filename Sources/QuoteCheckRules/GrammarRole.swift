/// The roles of the small words of English grammar that attribution reads a sentence's
/// structure by: each is a list in rules/speakers.yaml `grammar`, keyed by its raw value.
public enum GrammarRole: String, CaseIterable, Sendable {
    /// Join the parts of a source phrase ("Easley for Morning Consult", "the head of the agency");
    /// names split at them too.
    case linking
    /// Join verbs that share a subject ("took the stage and called").
    case coordinators
    /// Link a speech noun to its clause ("Podliska's claim is that …").
    case copulas
    /// Make an -ed cue passive ("was branded").
    case beForms = "be_forms"
    /// Besides `beForms`, stand before a cue in the passive ("as described by").
    case passiveMarkers = "passive_markers"
    /// Cues whose object is the listener ("told Kyodo" makes Kyodo an intermediary).
    case recipientCues = "recipient_cues"
    /// Prepositions whose object a participle after it does not take as subject ("wrote a letter
    /// to Lynch asking"; not "with": in "with McCain telling reporters" the object is the
    /// participle's subject).
    case objectPrepositions = "object_prepositions"
    /// Open a reported clause right after its cue ("said he would", "said that").
    case clauseStarts = "clause_starts"
    /// Before a cue, make its speech foreseen, not reported ("Americans will say “no”"): the
    /// words are those of whoever foresees it, a cue earlier in the sentence.
    case modals
    /// Open the phrase of a document's recipients ("email to his supporters"), which is not the
    /// subject of the verb after it.
    case recipientPrepositions = "recipient_prepositions"
    /// Relative pronouns that never stand for a person, nor for a name farther back than the
    /// phrase right before them ("Hellerstedt, the case which challenges …").
    case thingRelatives = "thing_relatives"
    /// The relative pronoun that stands for a person ("Trump, who proclaimed …").
    case personRelatives = "person_relatives"
    /// Join the names of a list ("Cole, Dorsey and Fox said").
    case listJoiners = "list_joiners"
    /// Name the agent of a passive cue ("was branded … by") or a document's sender ("a letter by").
    case agentPrepositions = "agent_prepositions"
    /// Name the parties of a nominal cue ("the agreement reached by", "an agreement between").
    case nominalAgentPrepositions = "nominal_agent_prepositions"
    /// Name a document's sender ("a statement from Beijing") or a quote's source before a colon
    /// ("More from Jones: “…”").
    case senderPrepositions = "sender_prepositions"
    /// Open the clause a speech noun or a cue reports ("his claim that …", "said that …").
    case complementizers
    /// Make a participle after it perfect ("…, having referred to him as …").
    case perfectAuxiliaries = "perfect_auxiliaries"
    /// Make a description definite, so that it refers back ("the mayor").
    case definiteArticles = "definite_articles"
    /// Open a subordinate clause at a sentence's start that a comma closes ("While Ortiz calls
    /// the plan “bold,” Baker …"): a cue inside it reports that clause, not the main one.
    case frontedSubordinators = "fronted_subordinators"
    /// Open a sentence that points back at the quote before it ("Those were the words of …").
    case demonstratives
    /// After a pointing-back opening, name the quote's source ("the words of", "came from",
    /// "That was how … put it").
    case creditLinks = "credit_links"
    /// Name the place of an affiliation ("of Federal District Court in Columbus"): the place is
    /// no speaker.
    case placePrepositions = "place_prepositions"
    /// A participle after a cue that makes its subject the relayer of someone else's words
    /// ("Boone said, reading from the candidate's remarks", "tweeted, quoting Comey's statement").
    case relayParticiples = "relay_participles"
    /// Before a verb, make it an infinitive, which reports nothing ("to say"), or a purpose
    /// after a nominal cue's agent ("the agreement reached by X to seek …").
    case infinitiveMarkers = "infinitive_markers"
    /// End a phrase cue that names its source after it ("according to X", "as told by X").
    case sourceLinks = "source_links"
    /// Link a speech noun to the clause that holds the quote, as a complementizer does
    /// ("his promise of “a new deal”").
    case speechNounLinks = "speech_noun_links"
    /// Cues that put a question to someone ("“So is that a yes?” Park pressed."): a pronoun
    /// that answers it is the one asked, not the asker.
    case questionCues = "question_cues"
    /// Cues of an answer ("“It's a yes,” she replied."): after a question, the pronoun is not the
    /// asker.
    case answerCues = "answer_cues"
    /// Open an absolute clause whose participle has its own subject ("…, with Gorka noting …").
    case absoluteOpeners = "absolute_openers"
    /// Participles whose agent only handled a work, never wrote it ("audio obtained by the
    /// Ledger"): the agent is no author.
    case handlingParticiples = "handling_participles"
    /// Join two nouns of one title or name, its head before them ("Secretary of State", "code of
    /// conduct"): a title may follow one, and a term's head noun stands before one.
    case titleLinks = "title_links"
    /// Open a noun phrase as its preposition ("through “political revolution”", "forms of
    /// “printing money”"): a quote after one names a thing of its own sentence.
    case phrasePrepositions = "phrase_prepositions"
    /// Open what a handling verb's object said ("KCNA quoted a spokesperson as saying"): the
    /// object speaks, the subject relays.
    case relayedSpeechMarkers = "relayed_speech_markers"
    /// Join people, and only people, to the body they work for or belong to ("an official with
    /// the agency", "a lawyer with the ACLU"): a link after a title, person noun or group noun.
    case peopleLinks = "people_links"
}
