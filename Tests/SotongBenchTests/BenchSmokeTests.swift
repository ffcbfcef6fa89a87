import Foundation
import SotongTesting
import Testing

/// Runs every scenario of the built `sotong-bench` with a tiny log, so that the bench never rots:
/// each must succeed and print only result lines in the issue's exact format. The figures of such
/// runs mean nothing (debug build, tiny N) and are not checked.
@Suite(.serialized) struct BenchSmokeTests {
    /// `mode=<name> events=<n> seconds=<s> rate=<events/s>`, optionally ` peak_rss_mb=<m>`.
    static var line: Regex<(Substring, Substring?)> { #/^mode=[a-z0-9-]+ events=[0-9]+ seconds=[0-9]+\.[0-9]{3} rate=[0-9]+( peak_rss_mb=[0-9]+\.[0-9])?$/# }

    static var executable: URL {
        get throws { try #require(TestProducts.executable("sotong-bench"), "the sotong-bench executable was not built") }
    }

    /// Runs one scenario in a fresh folder; returns its result lines by mode.
    func run(_ arguments: [String]) throws -> [String: String] {
        let folder = try TemporaryDirectory(prefix: "sotong-bench")
        let output = try ProcessRunner.run(try Self.executable, arguments + ["--db", folder.path("bench.sqlite")])
        #expect(output.status == 0, "sotong-bench \(arguments.joined(separator: " ")) failed: \(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty, "no result from \(arguments)")
        var results: [String: String] = [:]
        for line in lines {
            #expect(line.wholeMatch(of: Self.line) != nil, "not a result line: \(line)")
            let mode = String(line.prefix { $0 != " " }.dropFirst("mode=".count))
            results[mode] = line
        }
        return results
    }

    @Test func appendScenarios() throws {
        let tiny = ["--streams", "40", "--batch", "50"]
        #expect(try run(["append-batch", "--events", "200"] + tiny).keys.contains("append-batch"))
        #expect(try run(["append-single", "--events", "10", "--durability", "normal"] + tiny).keys.contains("append-single"))
        let growth = try run(["growth", "--events", "150"] + tiny)
        #expect(growth["growth"]?.contains("events=150 ") == true)
        #expect(growth.keys.contains("growth-from-0"))
    }

    @Test func rawSQLiteCeilings() throws {
        let results = try run(["raw-sqlite", "--events", "120", "--new-events", "10", "--durability", "normal",
                               "--batch", "40"])
        #expect(Set(results.keys).isSuperset(of: ["raw-sqlite-batch", "raw-sqlite-single", "raw-scan", "generate"]))
        #expect(results["raw-scan"]?.contains("events=130 ") == true)
    }

    @Test func logScenarios() throws {
        let small = ["--events", "300", "--new-events", "20", "--per-year", "20000"]
        let rebuild = try run(["rebuild"] + small)
        #expect(rebuild["rebuild"]?.contains("peak_rss_mb=") == true)
        #expect(rebuild.keys.contains("rebuild-petitions"))
        #expect(try run(["verify"] + small)["verify"]?.contains("events=320 ") == true)
        let catchUp = try run(["catch-up"] + small)
        #expect(catchUp["catch-up"]?.contains("events=20 ") == true)
        #expect(try run(["as-of"] + small).keys.contains("as-of"))
        let micro = try run(["micro"] + small)
        #expect(micro.keys.contains("micro-chain-hash-after") && micro.keys.contains("micro-typed-pages-before"))
    }

    @Test func scaleScenario() throws {
        let results = try run(["scale", "--events", "400", "--new-events", "10", "--per-year", "20000"])
        #expect(Set(results.keys).isSuperset(of: ["generate", "raw-scan", "verify", "rebuild", "catch-up"]))
    }
}
