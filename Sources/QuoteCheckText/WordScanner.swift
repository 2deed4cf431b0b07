/// Where a word of article text ends, for every lexer that splits text into words: the
/// attribution tokenizer, title look-up (`TitleLexer`) and quote comparison (`ComparisonLexer`).
/// A word is letters and digits, and the marks between them that its lexer lets it go on over
/// (`joins`): an apostrophe between a word character and the next letter or digit ("don't",
/// "Xi’s"), a separator between digits ("3,000", "2.5"), or a hyphen, stop or ampersand
/// ("Holtz-Eakin", "U.S", "AT&T"). Anything else ends it. Each part of the word is handed to
/// `visit` as it is read, so that a lexer builds its own form of the word (a hash, a lower-cased
/// string, its joiners' places) in the same pass.
public enum WordScanner {
    /// One part of a word, as `visit` receives it.
    public enum Part {
        /// A letter or digit: an ASCII byte (`scalar.value < 0x80`) or any other scalar.
        case letterOrDigit(Unicode.Scalar)
        /// A mark inside the word that the lexer let it go on over, and the mark's offset.
        case joiner(Unicode.Scalar, at: Int)
    }

    /// Reads the word that starts at `start` (a letter or digit) and returns where it ends.
    /// `joins` is asked of each mark that stands between a letter or digit (`previous`, the
    /// word's last) and another (`next`): does the word go on over it?
    @inlinable
    public static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>,
                               joins: (_ mark: Unicode.Scalar, _ offset: Int, _ previous: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool,
                               visit: (Part) -> Void) -> Int {
        var offset = start
        var previous = Unicode.Scalar(UInt8(0))
        while offset < bytes.count {
            let byte = bytes[offset]
            // ASCII letters and digits, nearly every byte of a word, without decoding.
            if byte < 0x80 && UTF8Scan.isASCIIWordByte(byte) {
                previous = Unicode.Scalar(byte)
                visit(.letterOrDigit(previous))
                offset += 1
                continue
            }
            guard let (scalar, length) = UTF8Scan.scalar(at: offset, in: bytes) else { break }
            if byte >= 0x80 && UTF8Scan.isLetterOrDigit(scalar) {
                previous = scalar
                visit(.letterOrDigit(scalar))
                offset += length
                continue
            }
            guard let next = UTF8Scan.scalar(at: offset + length, in: bytes)?.0, UTF8Scan.isLetterOrDigit(next),
                  joins(scalar, offset, previous, next) else { break }
            visit(.joiner(scalar, at: offset))
            offset += length
        }
        return offset
    }

    /// A plain word: letters and digits, an apostrophe between them (any of `apostrophes`, the
    /// marks rules/apostrophes.yaml `in_word` lists: Trump’s, Trump`s, Trumpʼs), and with
    /// `digitSeparators` a comma or stop between two digits.
    @inlinable
    public static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, apostrophes: ScalarSet,
                               digitSeparators: Bool = false, visit: (Part) -> Void) -> Int {
        wordEnd(from: start, in: bytes, joins: { mark, _, previous, next in
            apostrophes.contains(mark) || (digitSeparators && (mark == "," || mark == ".") && UTF8Scan.isDigit(previous) && UTF8Scan.isDigit(next))
        }, visit: visit)
    }
}
