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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        /// ncursesw through a small C shim; only the Terminal layer will import it.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        /// libpq, PostgreSQL's client library, as a system library; only PQ imports it.
        .systemLibrary(
            name: "CLibpq",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        /// libxlsxwriter, a C library that writes .xlsx workbooks, as a system library; only XLSX imports it.
        .systemLibrary(
            name: "CXlsxwriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        /// Workbooks (`Guidance.Workbook`'s sheets and cells) written as .xlsx files through libxlsxwriter.
        .target(name: "XLSX", dependencies: ["CXlsxwriter", "Guidance"]),
        /// A thin synchronous Swift layer over libpq: connections, statements, COPY, LISTEN/NOTIFY.
        .target(name: "PQ", dependencies: ["CLibpq"]),
        /// The domain: pure Swift, no I/O, no ncurses, no SQLite.
        .target(
            name: "Guidance",
            dependencies: [.product(name: "Crypto", package: "swift-crypto"), .product(name: "CSV", package: "CSV.swift")]
        ),
        /// The contact log behind one interface, on SQLite (GRDB) or a team's PostgreSQL (PQ): migrations, contacts,
        /// repeats, reports, audit, drafts, settings.
        .target(
            name: "Store",
            dependencies: [
                "Guidance",
                "PQ",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        /// The only code that will touch ncurses: keys, semantic styles, a canvas of cells, the terminals.
        .target(name: "Terminal", dependencies: ["CNcursesw", "Guidance"]),
        /// The app: one state + update + render per screen, components, and the loop that runs effects
        /// against the Store.
        .target(name: "Screens", dependencies: ["Guidance", "Store", "Terminal", "XLSX"]),
        .executableTarget(
            name: "neuvo",
            dependencies: [
                "Guidance",
                "Store",
                "Terminal",
                "Screens",
                "XLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        /// `make bench`: prints figures, asserts nothing.
        .executableTarget(name: "NeuvoBench", dependencies: ["Guidance", "Store", "Terminal", "Screens"]),
        /// The shipped data/ for every test target.
        .target(name: "TestSupport", dependencies: ["Guidance", "Store"], path: "Tests/TestSupport"),
        .testTarget(name: "GuidanceTests", dependencies: ["Guidance", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Guidance", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "neuvoTests", dependencies: ["neuvo", "Guidance", "Terminal", "Screens", "TestSupport"]),
        .testTarget(name: "PQTests", dependencies: ["PQ", "TestSupport"]),
        .testTarget(name: "CNcurseswTests", dependencies: ["CNcursesw"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Guidance"]),
        .testTarget(
            name: "ScreensTests", dependencies: ["Screens", "Store", "Terminal", "Guidance", "TestSupport"],
            exclude: ["Golden"]),
    ]
)
