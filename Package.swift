// swift-tools-version: 6.2
import PackageDescription

// The package layout shows the architecture:
//   SotongCore     — the domain-agnostic event log: events, the store protocol, the hash chain,
//                    the in-memory reference store. No storage dependency.
//   SotongSQLite   — the embedded store on GRDB over the system libsqlite3.
//   SotongDomain   — Incheon's Communication Office: events, commands, rules, deadlines.
//   SotongProjections — folds of the log into the office's tables, as of any date or position,
//                    with explanations, digests and table/JSON/CSV rendering.
//   SotongTesting  — support for tests: temporary directories, deterministic clocks, sample events.
//   sotong         — the command-line tool (thin; everything lives in the libraries).
let package = Package(
    name: "Sotong",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SotongCore", targets: ["SotongCore"]),
        .library(name: "SotongSQLite", targets: ["SotongSQLite"]),
        .library(name: "SotongDomain", targets: ["SotongDomain"]),
        .library(name: "SotongProjections", targets: ["SotongProjections"]),
        .library(name: "SotongTesting", targets: ["SotongTesting"]),
        .executable(name: "sotong", targets: ["SotongCLI"]),
        .executable(name: "sotong-fixtures", targets: ["SotongFixtureGenerator"]),
        .executable(name: "sotong-bench", targets: ["SotongBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "SotongCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "SotongSQLite",
            dependencies: ["SotongCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "SotongDomain",
            dependencies: ["SotongCore"]
        ),
        .target(
            name: "SotongProjections",
            dependencies: ["SotongCore", "SotongDomain", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The deterministic generator of the fixture logs in Fixtures/ (library, so tests can rerun it).
        .target(name: "SotongFixtures", dependencies: ["SotongCore", "SotongDomain"]),
        .executableTarget(name: "SotongFixtureGenerator", dependencies: ["SotongFixtures", "SotongCore", "SotongDomain"]),
        .target(
            name: "SotongTesting",
            dependencies: ["SotongCore", "SotongSQLite"]
        ),
        .executableTarget(
            name: "SotongCLI",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongDomain", "SotongProjections",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmarks (Docs/Performance.md): `swift run -c release sotong-bench <scenario>`.
        .executableTarget(
            name: "SotongBench",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongDomain", "SotongProjections",
                // SQLite's C API, through GRDB's system-library module, for the bare-SQLite ceilings.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A small writer process used by the tests that need a second process on one store.
        .executableTarget(
            name: "SotongTestWriter",
            dependencies: ["SotongCore", "SotongSQLite", "SotongTesting"]
        ),
        .testTarget(name: "SotongCoreTests", dependencies: ["SotongCore", "SotongTesting"]),
        .testTarget(
            name: "SotongStoreContractTests",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongTesting", "SotongTestWriter",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "SotongSQLiteTests",
            dependencies: ["SotongCore", "SotongSQLite", "SotongTesting", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "SotongDomainTests", dependencies: ["SotongCore", "SotongDomain", "SotongTesting"]),
        .testTarget(
            name: "SotongFixtureTests",
            dependencies: ["SotongCore", "SotongDomain", "SotongProjections", "SotongFixtures", "SotongTesting"]
        ),
        .testTarget(name: "SotongCLITests", dependencies: ["SotongCLI", "SotongTesting"]),
        .testTarget(
            name: "SotongBenchTests",
            dependencies: ["SotongBench", "SotongCore", "SotongDomain", "SotongTesting"]
        ),
        .testTarget(
            name: "SotongProjectionsTests",
            dependencies: ["SotongCore", "SotongDomain", "SotongProjections", "SotongTesting"]
        ),
    ]
)

// As in swift-log: stricter checks for every target of this package.
for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.treatAllWarnings(as: .error))
    target.swiftSettings = settings
}
