import QuoteCheckText

/// The string operations of the reference scorer (`score.py`), reproduced on Unicode scalars so
/// that quotecheck's figures equal Python's: `str.lower()`, `str.split()` and the scorer's `fold`.
///
/// Swift's own `lowercased()` and `==` differ from Python in ways that change scores on real
/// names: Swift compares strings up to canonical equivalence (Python compares code points) and
/// does not apply Greek final-sigma casing (Python does). So folded text is kept as UTF-8 bytes
/// and compared byte for byte.
public enum PythonText {
    /// `" ".join(str(s).lower().split())` as UTF-8 bytes: lower case, whitespace runs made one
    /// space, no space at either end.
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        // ASCII, nearly all names and cues, folds byte by byte; Python's lower() and split() agree
        // with this on ASCII (whitespace there is 0x09-0x0D, 0x1C-0x20).
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            var pendingSpace = false
            for byte in text.utf8 {
                if (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(UTF8Scan.asciiLowercased(byte))
            }
            return out
        }
        for word in split(lower(text)) {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: word.utf8)
        }
        return out
    }

    /// `fold` of an optional: Python's `fold(None)` is `None`.
    public static func fold(_ text: String?) -> [UInt8]? {
        text.map { fold($0) }
    }

    /// Python's `str.lower()`: the full Unicode lower-case mapping of each scalar, with capital
    /// sigma becoming final sigma at the end of a word.
    public static func lower(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x80 {
                out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if scalar.value == 0x03A3 {
                out.append(isFinalSigma(at: index, in: scalars) ? "\u{03C2}" : "\u{03C3}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Python's rule (Unicode's Final_Sigma condition): a cased letter before, skipping
    /// case-ignorable ones, and no cased letter after.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return !(after < scalars.count && scalars[after].properties.isCased)
    }

    /// Python's `str.split()` with no separator: runs of whitespace separate words; no empty words.
    /// Works on scalars, not `Character`s: a space followed by a combining mark still separates.
    public static func split(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Python's `str.isspace()` for one scalar (bidirectional class WS, B or S, or category Zs).
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
