// swift-tools-version:6.1
// The libFuzzer targets (`make fuzz`), a package of their own so that the main package's `swift build` and
// `swift test` never see them. Built only with `-sanitize=fuzzer,address -parse-as-library` (see the Makefile):
// the code under test is the main package's own source, through symlinks (Sources/Guidance, and the CSV readers
// in Sources/NeuvoFiles), so that it is instrumented for coverage and the address sanitizer. DECISIONS.md says why.
import PackageDescription

let targets = ["Contacts", "Feedback", "Mood", "Staffing", "Handoffs", "IdentityCode", "Answers", "Catalog"]

let package = Package(
    name: "neuvo-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .target(
            name: "Guidance",
            dependencies: [.product(name: "Crypto", package: "swift-crypto"), .product(name: "CSV", package: "CSV.swift")]
        ),
        /// neuvo's ContactFile.swift, RecordFile.swift and FileFuzzEntry.swift, beside a `Context` of their own.
        .target(
            name: "NeuvoFiles",
            dependencies: [
                "Guidance", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", dependencies: ["Guidance", "NeuvoFiles"]),
    ] + targets.map { .executableTarget(name: "Fuzz\($0)", dependencies: ["FuzzSupport", "Guidance", "NeuvoFiles"]) }
)
