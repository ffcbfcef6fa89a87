import Foundation
import SotongCore
import SotongSQLite

/// Where the bench keeps its stores, and the options every scenario shares.
final class BenchWorkspace {
    let directory: URL
    let command: BenchCommand
    private var created: [String] = []
    private var ownsDirectory: Bool

    init(command: BenchCommand) throws {
        self.command = command
        if let db = command.db {
            directory = URL(fileURLWithPath: db).deletingLastPathComponent()
            ownsDirectory = false
        } else {
            directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("sotong-bench-\(ProcessInfo.processInfo.processIdentifier)")
            ownsDirectory = true
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var options: SQLiteStoreOptions { SQLiteStoreOptions(synchronous: command.durability.synchronous) }

    var writer: LogWriter { LogWriter(seed: command.seed, perYear: command.perYear) }

    /// A path for a new store (append scenarios). With `--db`, that path, which must not exist yet.
    func freshPath(_ name: String) throws -> String {
        let path = command.db.map { "\($0).\(name)" } ?? directory.appendingPathComponent("\(name).sqlite").path
        if FileManager.default.fileExists(atPath: path) {
            throw BenchError("\(path) exists; append scenarios measure a fresh store")
        }
        created.append(path)
        return path
    }

    /// The national log with at least `events + extra` events: reused when the store is there,
    /// extended when it is shorter, generated otherwise (printing a `generate` line). Returned open
    /// read-only, as a reporting process would open it: the writer (and its page cache) is closed
    /// before anything is measured on the log.
    func nationalLog(events: Int, extra: Int = 0) async throws -> SQLiteEventStore {
        let path = command.db ?? directory.appendingPathComponent("national-\(events).sqlite").path
        let existed = FileManager.default.fileExists(atPath: path)
        if !existed { created.append(path) }
        try await ensureLog(at: path, events: events + extra)
        return try SQLiteEventStore(path: path, options: SQLiteStoreOptions(readOnly: true))
    }

    private func ensureLog(at path: String, events wanted: Int) async throws {
        let store = try SQLiteEventStore(path: path, options: options)
        let stored = Int(try await store.head().position)
        if stored < wanted {
            note(stored == 0 ? "generating the national log: \(wanted) events into \(path)"
                             : "extending the national log at \(path) from \(stored) to \(wanted) events")
            PeakMemory.reset()
            let outcome = try await writer.write(wanted - stored, after: stored, to: store)
            BenchResult(mode: "generate", events: wanted - stored, seconds: outcome.total.seconds,
                        peakRSSMegabytes: PeakMemory.megabytes()).print()
            BenchResult(mode: "generate-append", events: wanted - stored, seconds: outcome.appending.seconds).print()
            if outcome.windows.count > 1 {
                for window in outcome.windows {
                    BenchResult(mode: "generate-append-from-\(window.start)", events: window.events,
                                seconds: window.seconds).print()
                }
            }
            try await store.checkpointWAL()
        } else if stored > wanted {
            note("\(path) holds \(stored) events, more than the \(wanted) asked for: the extra events are read too")
        }
    }

    /// Deletes the store files the bench created, unless `--keep`.
    func cleanUp() {
        guard !command.keep else {
            if !created.isEmpty { note("kept: \(created.joined(separator: ", "))") }
            return
        }
        for path in created {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        if ownsDirectory { try? FileManager.default.removeItem(at: directory) }
    }
}
