import Foundation
import GRDB
import SotongCore
import SotongSQLite
import SotongTesting
import Testing

extension Reliability.EnvironmentFaults {
    /// Files that are not Sotong stores, handed to the library and to the CLI.
    enum NotAStore: String, CaseIterable, Sendable {
        case text, foreignDatabase, randomBytes, image, folder, truncatedStore

        /// What the library must say.
        var code: EventStoreError.Code {
            self == .truncatedStore ? .corrupt : .notAStore
        }

        func make(at path: String, from seed: String) throws {
            let url = URL(fileURLWithPath: path)
            switch self {
            case .text: try Data("민원 접수 대장 2018\nthese are notes, not events\n".utf8).write(to: url)
            case .foreignDatabase:
                let queue = try DatabaseQueue(path: path)
                try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)") }
                try queue.close()
            case .randomBytes:
                var random = SeededRandom(seed: 7)
                try Data((0..<10_000).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: url)
            case .image: try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 100)).write(to: url)
            case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .truncatedStore: try Data(try Data(contentsOf: URL(fileURLWithPath: seed)).prefix(20_000)).write(to: url)
            }
        }
    }

    @Test(arguments: NotAStore.allCases)
    func aFileThatIsNotAStoreIsAClearErrorAndIsLeftAlone(kind: NotAStore) async throws {
        let scene = try await FaultScene()
        let path = scene.folder.path("not-a-store-\(kind.rawValue)")
        try kind.make(at: path, from: scene.seed)
        let before = kind == .folder ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))

        var code: EventStoreError.Code?
        do {
            let store = try SQLiteEventStore(path: path)
            _ = try await store.verify()
        } catch let error as EventStoreError {
            code = error.code
        }
        #expect(code == kind.code)
        let small = scene.folder.path("small.jsonl")
        try Data(try String(contentsOfFile: scene.big, encoding: .utf8).split(separator: "\n").prefix(2)
            .joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: small))
        for arguments in [["import", "--db", path, small], ["verify", "--db", path]] {
            let output = try ProcessRunner.run(scene.sotong, arguments)
            #expect(output.status == 3, "\(arguments[0]): \(output.stderr)")
            #expect(output.stderr.hasPrefix("sotong: \(path)") && output.stderr.split(separator: "\n").count == 1,
                    "\(arguments[0]): \(output.stderr)")
        }
        if kind != .folder {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal") || kind == .truncatedStore)
        }
    }
}
