import Foundation
import Sotong
import SotongTesting
import Testing

/// The package's folders and built examples, and a store holding the seed fixtures.
enum Examples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures/incheon-2018")
    static let golden = root.appendingPathComponent("Tests/SotongTests/Golden")

    static func executable(_ name: String) throws -> URL {
        try #require(TestProducts.executable(name), "the \(name) example was not built")
    }

    /// A SQLite store at `path` with both seed fixture logs imported (keys in `<path>.keys`).
    static func fixtureStore(at path: String) async throws -> SotongStore {
        let store = try await SotongStore.open(.sqlite(path: path))
        let importer = Importer(store: store.events, keys: store.keys)
        for name in ["plan-2017.jsonl", "year-2018.jsonl"] {
            let report = try await importer.run(lines: try Data(contentsOf: fixtures.appendingPathComponent(name)))
            try #require(report.problems.isEmpty, "\(name): \(report.problems)")
        }
        return store
    }
}

/// A child process left running, with its output in files (no pipe to fill up), that a test can kill.
final class RunningProcess {
    let process = Process()
    let stdout: URL
    let stderr: URL

    init(_ executable: URL, _ arguments: [String], outputIn folder: TemporaryDirectory, name: String) throws {
        stdout = URL(fileURLWithPath: folder.path("\(name).out"))
        stderr = URL(fileURLWithPath: folder.path("\(name).err"))
        for url in [stdout, stderr] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Sends SIGKILL: no handler runs, nothing is flushed or saved.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to end on its own; kills it after `timeout`.
    func wait(timeout: Duration = .seconds(120)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                kill()
                Issue.record("the process did not end within \(timeout)")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }
}
