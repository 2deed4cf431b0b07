import QuoteCheckText
import QuoteCheckExtraction

/// Whether a speaker is named in an article: the speaker, folded as the scorer folds names
/// (lower case, single spaces), occurs in the folded article as whole words.
public struct SpeakerMention: Sendable {
    private let folded: [UInt8]

    public init(article: Article) {
        folded = PythonText.fold(article.text)
    }

    /// True when `speaker` occurs in the article, starting and ending at word boundaries.
    public func names(_ speaker: String) -> Bool {
        let needle = PythonText.fold(speaker)
        guard !needle.isEmpty, needle.count <= folded.count else { return false }
        return folded.withUnsafeBufferPointer { haystack in
            var start = 0
            while start + needle.count <= haystack.count {
                guard let hit = firstOccurrence(of: needle, in: haystack, from: start) else { return false }
                let end = hit + needle.count
                let boundaryBefore = hit == 0 || !UTF8Scan.isLetterOrDigit(UTF8Scan.scalar(before: hit, in: haystack))
                let boundaryAfter = end == haystack.count || !UTF8Scan.isLetterOrDigit(UTF8Scan.scalar(at: end, in: haystack)?.0)
                if boundaryBefore && boundaryAfter { return true }
                start = hit + 1
            }
            return false
        }
    }

    private func firstOccurrence(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = needle[0]
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
