// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "neuvo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "neuvo", targets: ["neuvo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        /// ncursesw through a small C shim; only the Terminal layer will import it.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        /// The domain: pure Swift, no I/O, no ncurses, no SQLite.
        .target(
            name: "Guidance",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "neuvo",
            dependencies: [
                "Guidance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// `make bench`: prints figures, asserts nothing.
        .executableTarget(name: "NeuvoBench", dependencies: ["Guidance"]),
        .testTarget(name: "GuidanceTests", dependencies: ["Guidance"]),
        .testTarget(name: "neuvoTests", dependencies: ["neuvo", "Guidance"]),
        .testTarget(name: "CNcurseswTests", dependencies: ["CNcursesw"]),
    ]
)
