import Foundation
import Testing
@testable import QuoteCheckCore
@testable import QuoteCheckExtraction
@testable import QuoteCheckCrossCheck
@testable import QuoteCheckReports

/// The Markdown report as a GFM renderer reads it (`cmark-gfm`, Debian's package, with the
/// table and strikethrough extensions and raw HTML kept, as GitHub keeps `<details>`, `<b>`,
/// `<i>` and `<ins>`): tables keep their columns, each article's table sits in its `<details>`,
/// each statement in a finding gets a Mermaid block, and nothing a quote, a name or an article
/// id holds turns into markup, in Markdown, Mermaid or HTML. Skipped, saying so, where
/// `cmark-gfm` is not installed (`scripts/install-deps` installs it).
@Suite struct ReportRenderingTests {
    /// The `cmark-gfm` binary on the PATH, if any.
    static let cmark: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("cmark-gfm") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Hostile input everywhere it can reach the report: article ids and outlets (JSONL
    /// metadata), the title and the quote. The two articles credit one quote to two speakers.
    static let hostile: [Article] = {
        let id = "wire\"]-->x[\"<img src=x onerror=alert(1)>`|#quot;%%\n```\n# h"
        let outlet = "Reut\"ers]]|<b>#35;; %%{init}%% `x`"
        let title = "Harbour <script>alert(1)</script> | reopens\n\n"
        let quote = "The harbour will reopen to container traffic | <img src=x onerror=alert(1)> ``` ]]> #quot; %% within two weeks,"
        return [
            Article(id: id, text: title + "\"\(quote)\" said port spokesman Piet Olsen.", outlet: outlet, date: "2024-03-05"),
            Article(id: "b|<i>.txt", text: title + "\"\(quote)\" Anna Lind said.", outlet: "AFP<script>", date: "2024-03-05"),
        ]
    }()

    static func hostileReport() -> CheckReport {
        TestSupport.checker.check(hostile.map { TestSupport.checker.analyse($0) })
    }

    /// `markdown` rendered to HTML by cmark-gfm.
    static func render(_ markdown: String) throws -> String {
        let executable: URL = try #require(cmark)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-e", "table", "-e", "strikethrough", "--unsafe"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread: a large report fills the pipe before cmark answers.
        let data = Data(markdown.utf8)
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: html, as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int { TestSupport.count(needle, in: text) }

    /// The Mermaid blocks of a Markdown report, each as its lines.
    static func mermaidBlocks(_ markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```mermaid" { current = [] } else if line == "```", let block = current {
                blocks.append(block)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Every line of a Mermaid block is one this reporter writes, and every label is escaped:
    /// no quote, bracket, pipe, backtick, angle bracket, `;` or `%` but in an entity code.
    static func expectSafeMermaid(_ block: [String]) {
        #expect(block.first == "flowchart LR")
        let label = #"(?:[^"\[\]|`<>;%#]|#[0-9]+;)*"#
        let shapes = [
            #"^  (source|m[0-9]+|more)\[""# + label + #"(?:<br/>"# + label + #")?"\]$"#,
            #"^  source -->\|""# + label + #""\| m[0-9]+$"#,
            #"^  source -\.-> more$"#,
            #"^  classDef (origin|diverging) [a-z:#0-9,-]+$"#,
            #"^  class (source|m[0-9]+(,m[0-9]+)*) (origin|diverging)$"#,
        ]
        for line in block.dropFirst() {
            #expect(shapes.contains { line.range(of: $0, options: .regularExpression) != nil }, "\(line)")
        }
    }

    @Test func mermaidLabelsKeepOnlyPlainCharacters() {
        #expect(MermaidText.escape(#"a"b] c[d|e`f<g>h#i;j%k"#) == "a#34;b#93; c#91;d#124;e#96;f#60;g#62;h#35;i#59;j#37;k")
        #expect(MermaidText.escape("Jérôme Ñúñez, 3.5-4") == "Jérôme Ñúñez, 3.5-4")
        #expect(MermaidText.escape("line\nbreak\u{202E}rtl\u{1B}") == "line break rtl ")
        #expect(MermaidText.escape("“quoted” ·") == "#8220;quoted#8221; #183;")
        #expect(MermaidText.escape(String(repeating: "x", count: 60), limit: 10) == "xxxxxxxxxx#8230;")
    }

    @Test func htmlTextCannotOpenATag() {
        #expect(HTMLText.escape(#"<script>"a" & 'b'</script>"#) == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;")
        #expect(HTMLText.escape("a\r\nb\nc\td\u{1B}[31m") == "a<br>b<br>c d\\u{1B}[31m")
        #expect(HTMLText.attribute("a\nb") == "a b")
    }

    /// The hostile report: the Markdown's Mermaid blocks are safe and the HTML holds no tag
    /// that the input wrote.
    @Test func hostileInputStaysText() {
        let report = Self.hostileReport()
        #expect(report.findings.contains { $0.check == .speakerConflict }, "\(report.findings.map(\.message))")
        let markdown = CheckMarkdownReporter().render(report)
        let blocks = Self.mermaidBlocks(markdown)
        #expect(blocks.count == ReportOutline(report, articleTables: .findings).travels.count && !blocks.isEmpty)
        for block in blocks { Self.expectSafeMermaid(block) }
        let html = CheckHTMLReporter().render(report)
        for tag in ["<script", "<img", "<b>#", "<i>.txt"] { #expect(!html.contains(tag), "\(tag)") }
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test(.enabled(if: cmark != nil, "cmark-gfm is not installed (apt-get install cmark-gfm, or scripts/install-deps); skipped"))
    func exampleReportRendersAsIntended() throws {
        let report = ExampleStoriesTests.report()
        let markdown = CheckMarkdownReporter().render(report)
        let html = try Self.render(markdown)
        let outline = ReportOutline(report, articleTables: .findings)
        // Tables: the summary, one per finding, one per cited article with quotes, the speakers.
        let articleTables = outline.articles.filter { report.articles[$0].recordCount > 0 }.count
        #expect(Self.count("<table>", in: html) == 1 + report.findings.count + articleTables + 1)
        Self.expectRegularTables(html)
        // Each cited article folded, its table inside.
        #expect(Self.count("<details>", in: html) == outline.articles.count)
        for folded in html.components(separatedBy: "<details>").dropFirst() {
            let inside = folded.components(separatedBy: "</details>")[0]
            #expect(inside.hasPrefix("<summary>") && inside.contains("<table>"))
        }
        // One Mermaid block per statement in a finding, kept as code for GitHub to draw.
        #expect(Self.count("<pre><code class=\"language-mermaid\">flowchart LR", in: html) == outline.travels.count)
        #expect(outline.travels.count >= 1)
        // Evidence marks and the diff.
        #expect(html.contains("<b>We will send 300 engineers"))
        #expect(html.contains("<i>Defence Minister Tomas Rendel</i> <ins>told</ins>"))
        #expect(html.contains("<del>300</del> <strong>3,000</strong>"))
    }

    @Test(.enabled(if: cmark != nil, "cmark-gfm is not installed (apt-get install cmark-gfm, or scripts/install-deps); skipped"))
    func hostileReportRendersWithoutMarkupFromTheInput() throws {
        let report = Self.hostileReport()
        let markdown = CheckMarkdownReporter(articleTables: .all).render(report)
        let html = try Self.render(markdown)
        for tag in ["<script", "<img", "<b>#", "<i>.txt"] { #expect(!html.contains(tag), "\(tag)") }
        #expect(Self.count("<h1>", in: html) == 1)
        Self.expectRegularTables(html)
        #expect(Self.count("<details>", in: html) == 2)
        let blocks = html.components(separatedBy: "<pre><code class=\"language-mermaid\">").dropFirst()
        #expect(blocks.count == ReportOutline(report, articleTables: .findings).travels.count && !blocks.isEmpty)
        for block in blocks {
            // The Mermaid block as GitHub hands it to Mermaid: HTML entities decoded.
            let code = block.components(separatedBy: "</code></pre>")[0]
            let decoded = code.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            Self.expectSafeMermaid(decoded.split(separator: "\n").map(String.init))
        }
    }

    /// Every row of every rendered table has as many cells as its header.
    static func expectRegularTables(_ html: String) {
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<tr>").dropFirst().map { count("<th", in: $0) + count("<td", in: $0) }
            #expect(Set(rows).count == 1, "\(rows)")
        }
    }
}
