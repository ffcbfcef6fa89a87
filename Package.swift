// swift-tools-version: 6.2
import PackageDescription

// The package layout shows the architecture:
//   SotongCore     — the domain-agnostic event log: events, the store protocol, the hash chain,
//                    the in-memory reference store. No storage dependency.
//   SotongSQLite   — the embedded store on GRDB over the system libsqlite3.
//   SotongPostgres — the shared store on PostgreSQL (postgres-nio): one log, many writers, many machines.
//   SotongDomain   — Incheon's Communication Office: events, commands, rules, deadlines.
//   SotongProjections — folds of the log into the office's tables, as of any date or position,
//                    with explanations, digests and table/JSON/CSV rendering.
//   Sotong         — the one import an embedding tool needs: opens a store and re-exports the public API
//                    (Docs/PublicAPI.md says what that is).
//   SotongTesting  — support for tests: temporary directories, deterministic clocks, sample events.
//   sotong         — the command-line tool (thin; everything lives in the libraries).
//   Examples/      — small tools that embed Sotong as another city tool would; built and run by the tests.
let package = Package(
    name: "Sotong",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Sotong", targets: ["Sotong"]),
        .library(name: "SotongCore", targets: ["SotongCore"]),
        .library(name: "SotongSQLite", targets: ["SotongSQLite"]),
        .library(name: "SotongPostgres", targets: ["SotongPostgres"]),
        .library(name: "SotongDomain", targets: ["SotongDomain"]),
        .library(name: "SotongProjections", targets: ["SotongProjections"]),
        .library(name: "SotongTesting", targets: ["SotongTesting"]),
        .executable(name: "sotong", targets: ["SotongCLI"]),
        .executable(name: "sotong-fixtures", targets: ["SotongFixtureGenerator"]),
        .executable(name: "notice-dispatcher", targets: ["NoticeDispatcher"]),
        .executable(name: "subjects-by-district", targets: ["SubjectsByDistrict"]),
        .executable(name: "sotong-bench", targets: ["SotongBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "SotongCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "SotongSQLite",
            dependencies: [
                "SotongCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "SotongPostgres",
            dependencies: ["SotongCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(
            name: "SotongDomain",
            dependencies: ["SotongCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "SotongProjections",
            dependencies: ["SotongCore", "SotongDomain", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The facade for embedding tools: `import Sotong` and `SotongStore.open(…)`.
        .target(
            name: "Sotong",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongPostgres", "SotongDomain", "SotongProjections",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
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
                "SotongCore", "SotongSQLite", "SotongPostgres", "SotongDomain", "SotongProjections",
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
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongPostgres", "SotongTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Examples of embedding tools: they import only `Sotong`, as a tool outside the package would.
        .executableTarget(
            name: "NoticeDispatcher",
            dependencies: ["Sotong", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Examples/NoticeDispatcher"
        ),
        .executableTarget(
            name: "SubjectsByDistrict",
            dependencies: ["Sotong", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Examples/SubjectsByDistrict"
        ),
        .testTarget(name: "SotongCoreTests", dependencies: ["SotongCore", "SotongTesting"]),
        .testTarget(
            name: "SotongStoreContractTests",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongPostgres", "SotongTesting", "SotongTestWriter",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Needs a server: SOTONG_TEST_POSTGRES_URL (set by .ci/run); skipped, and says so, without one.
        // PostgresNIO: a plain session beside the store, to watch and disturb the store's sessions.
        .testTarget(
            name: "SotongPostgresTests",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongPostgres", "SotongTesting", "SotongTestWriter", "SotongCLI",
                .product(name: "PostgresNIO", package: "postgres-nio"),
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
        .testTarget(name: "SotongCLITests", dependencies: ["SotongCLI", "SotongTesting"], exclude: ["Golden"]),
        .testTarget(
            name: "SotongBenchTests",
            dependencies: ["SotongBench", "SotongCore", "SotongDomain", "SotongTesting"]
        ),
        .testTarget(
            name: "SotongProjectionsTests",
            dependencies: ["SotongCore", "SotongDomain", "SotongProjections", "SotongTesting"]
        ),
        // Crashes, concurrent writers, tampering, bad input and environment faults (Docs/Reliability.md).
        .testTarget(
            name: "SotongReliabilityTests",
            dependencies: [
                "SotongCore", "SotongSQLite", "SotongDomain", "SotongTesting", "SotongTestWriter", "SotongCLI",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Corpus")]
        ),
        // The facade and the examples, run as processes (the dispatcher killed and restarted).
        .testTarget(
            name: "SotongTests",
            dependencies: ["Sotong", "SotongTesting", "NoticeDispatcher", "SubjectsByDistrict"],
            exclude: ["Golden"]
        ),
        // The docs cannot rot: their Swift blocks are these snippets, compiled and run; every public
        // declaration has a doc comment.
        .testTarget(name: "SotongDocsTests", dependencies: ["Sotong", "SotongTesting"]),
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
