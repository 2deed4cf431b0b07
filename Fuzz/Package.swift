// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for quotecheck, kept out of the main package so that `swift build` and
// `swift test` there never see them: they link only with `-sanitize=fuzzer`. Build and run them
// with `scripts/fuzz`, which passes the flags.
let package = Package(
    name: "quotecheck-fuzz",
    dependencies: [.package(name: "quotecheck", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver (the library itself comes with the sanitizer).
        .systemLibrary(name: "LibFuzzer"),
        // The project's rules and the driver, for both targets.
        .target(name: "FuzzSupport", dependencies: ["LibFuzzer", .product(name: "QuoteCheckCore", package: "quotecheck")]),
        // Arbitrary bytes as one article: read (as a .txt file and as a JSON line), laid out,
        // quotes found, attributed, written.
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzSupport", .product(name: "QuoteCheckCore", package: "quotecheck")]),
        // Arbitrary YAML as one rule file, loaded strictly over the project's rules, its examples run.
        .executableTarget(name: "FuzzRules", dependencies: ["FuzzSupport", .product(name: "QuoteCheckCore", package: "quotecheck")]),
    ]
)
