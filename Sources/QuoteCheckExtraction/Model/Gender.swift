/// A person's gender as the text tells it, for "he" and "she": from an honorific before the
/// name ("Mr. Trump", "Mrs. Clinton"), a first name, or nothing (then the person stays a
/// candidate for either pronoun).
public enum Gender: UInt8, Sendable {
    case male, female
}
