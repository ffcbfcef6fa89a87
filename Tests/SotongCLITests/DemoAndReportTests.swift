import Foundation
import SotongTesting
import Testing

@Suite("sotong demo and report, end to end") struct DemoAndReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures/incheon-2018").path
    static let golden = root.appendingPathComponent("Tests/SotongCLITests/Golden/demo.txt")

    /// The demo's output with what differs per run and checkout (paths, the head hash) replaced.
    static func normalised(_ output: String, db: String) -> String {
        output.replacingOccurrences(of: db, with: "DB").replacingOccurrences(of: fixtures, with: "Fixtures/incheon-2018")
            .replacingOccurrences(of: #"head [0-9a-f]{64}"#, with: "head HASH", options: .regularExpression)
    }

    @Test func theDemoPrintsThePlansTablesExactly() throws {
        let cli = try CLI()
        let output = try cli.run(["demo", "--db", cli.db, "--fixtures", Self.fixtures], db: false)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let actual = Self.normalised(output.stdout, db: cli.db)
        if ProcessInfo.processInfo.environment["SOTONG_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(actual == expected, "demo output changed; rerun with SOTONG_UPDATE_GOLDEN=1 and review the diff")
        #expect(actual.contains("계          17/18(2)  1/1  4/4(1)  7/7(1)  5/5  0/1"))
        #expect(actual.contains("verify: OK 4431 events, head HASH"))
        // The store the demo leaves verifies on its own too.
        #expect(try cli.run(["verify", "--db", cli.db], db: false).status == 0)
    }

    static var chromiumAvailable: Bool {
        ProcessInfo.processInfo.environment["SOTONG_REQUIRE_CHROMIUM"] == "1"
            || ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: chromiumAvailable, "needs headless Chromium (apt-get install chromium-headless-shell); CI installs it"))
    func theReportRendersItsChartsInAHeadlessBrowserWithPersonalDataMasked() throws {
        let cli = try CLI()
        for file in ["plan-2017.jsonl", "year-2018.jsonl"] {
            let imported = try cli.run(["import", Self.fixtures + "/" + file])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let html = cli.folder.path("report.html")
        let written = try cli.run(["report", "--year", "2018", "--out", html])
        #expect(written.status == 0, "\(written.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("2018년 직소민원 분석 보고서 및 사례집"))
        for id in ["by-kind", "by-channel", "by-district", "by-department", "processing-time", "outcomes",
                   "indicator-achievement"] {
            #expect(page.contains("id=\"chart-\(id)\""), "chart \(id) missing")
        }
        // No petitioner's name or phone number appears in plain text.
        let fixture = try String(contentsOfFile: Self.fixtures + "/year-2018.jsonl", encoding: .utf8)
        let names = Self.values(of: "name", in: fixture)
        let phones = Self.values(of: "phone", in: fixture)
        #expect(names.count > 100)
        for personal in names + phones { #expect(!page.contains(personal), "personal data in the report") }
        #expect(page.contains("*"))

        let check = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                          ["python3", Self.root.appendingPathComponent("Scripts/check-report.py").path, html])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("3 passed, 0 failed"))
    }

    /// Every value of a petitioner field in a JSON Lines fixture.
    static func values(of field: String, in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\"petitioner\":\\{[^}]*\"\(field)\":\"([^\"]+)\"")
        let range = NSRange(text.startIndex..., in: text)
        return Array(Set(pattern.matches(in: text, range: range).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }))
    }
}
