// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quotecheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quotecheck", targets: ["quotecheck"]),
        .library(name: "QuoteCheckCore", targets: ["QuoteCheckCore", "QuoteCheckReports", "QuoteCheckEvaluation", "QuoteCheckCrossCheck",
                                                        "QuoteCheckExtraction", "QuoteCheckRules", "QuoteCheckText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // PCRE2 (8-bit code units) from the system: apt `libpcre2-dev`, pkg-config `libpcre2-8`.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // The only module that talks to PCRE2: compiled patterns, per-call match data, limits.
        .target(name: "Matcher", dependencies: ["CPCRE2"]),
        // Text: the article's bytes and what every later stage reads of them (scanning, lines,
        // sentences, words, hashes). Depends on nothing of quotecheck.
        // Its hot helpers (byte scanning, word hashes, the hash table) are `@inlinable`: the later
        // stages call them once per byte or word, and must inline and specialise them.
        .target(name: "QuoteCheckText"),
        // Rules: loading and strict validation of the rules files (`rules/*.yaml`), the kinds they
        // define, and their examples as cases (run by the layer above the stages they need).
        .target(
            name: "QuoteCheckRules",
            dependencies: ["QuoteCheckText", "Matcher", .product(name: "Yams", package: "Yams")]
        ),
        // Extraction: one article to its quote records (read, lay out, find, classify,
        // attribute, write), and the parallel map that runs it over many.
        .target(
            name: "QuoteCheckExtraction",
            dependencies: ["QuoteCheckText", "QuoteCheckRules", "Matcher"]
        ),
        // CrossCheck: over all articles, grouping of statements (Compare), the checks and their
        // findings (Checks), and where each statement came from (Provenance).
        .target(
            name: "QuoteCheckCrossCheck",
            dependencies: ["QuoteCheckText", "QuoteCheckRules", "QuoteCheckExtraction", "Matcher"]
        ),
        // Evaluation: annotated datasets validated against the articles, and scored against
        // what extraction finds (`validate`, `eval`).
        .target(
            name: "QuoteCheckEvaluation",
            dependencies: ["QuoteCheckText", "QuoteCheckRules", "QuoteCheckExtraction", "QuoteCheckCrossCheck", "Matcher"]
        ),
        // Reports: every format of every command (check, validate, eval), one reporter type each.
        .target(
            name: "QuoteCheckReports",
            dependencies: ["QuoteCheckText", "QuoteCheckRules", "QuoteCheckExtraction", "QuoteCheckCrossCheck",
                           "QuoteCheckEvaluation"]
        ),
        // The rules' examples, run with every stage they may need, and the library's top.
        .target(
            name: "QuoteCheckCore",
            dependencies: ["QuoteCheckText", "QuoteCheckRules", "QuoteCheckExtraction", "QuoteCheckCrossCheck",
                           "QuoteCheckEvaluation", "QuoteCheckReports", "Matcher"]
        ),
        .executableTarget(
            name: "quotecheck",
            dependencies: [
                "QuoteCheckCore",
                "QuoteCheckReports",
                "QuoteCheckEvaluation",
                "QuoteCheckCrossCheck",
                "QuoteCheckExtraction",
                "QuoteCheckRules",
                "QuoteCheckText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "QuoteCheckTests",
            dependencies: ["QuoteCheckCore", "QuoteCheckReports", "QuoteCheckEvaluation", "QuoteCheckCrossCheck", "QuoteCheckExtraction",
                           "QuoteCheckRules", "QuoteCheckText", "Matcher"],
            exclude: ["Snapshots"]
        ),
    ]
)
