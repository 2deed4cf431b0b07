// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quotecheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quotecheck", targets: ["quotecheck"]),
        .library(name: "QuoteCheckCore", targets: ["QuoteCheckCore"]),
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
        .target(
            name: "QuoteCheckCore",
            dependencies: ["Matcher", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "quotecheck",
            dependencies: [
                "QuoteCheckCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "QuoteCheckTests",
            dependencies: ["QuoteCheckCore", "Matcher"],
            exclude: ["Snapshots"]
        ),
    ]
)
