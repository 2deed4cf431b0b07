import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckReports

/// Quote text in the Markdown report: hostile bytes are shown, never acted on.
@Suite struct MarkdownTextTests {
    @Test("terminal escapes are written out, not sent raw to a terminal")
    func controlCharacters() {
        let escaped = MarkdownText.escape("red \u{1B}[31malert\u{07}")
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 })
        #expect(escaped == #"red \\u{1B}\[31malert\\u{7}"#)
    }

    @Test("web addresses in quotes do not become live links")
    func addressesStayText() {
        let escaped = MarkdownText.escape("see https://evil.example/x or www.evil.example")
        #expect(!escaped.contains("https://"))
        #expect(!escaped.contains("www."))
        #expect(escaped.replacingOccurrences(of: "\u{200B}", with: "") == "see https://evil.example/x or www.evil.example")
    }
}
