// A second (third, …) process on one store, for the tests that need real processes:
//
//   SotongTestWriter --db PATH --stream NAME --count N [--batch B] [--retry]
//   SotongTestWriter --db PATH --task shared:2 --task own [--count N] [--batch-range 1-5] [--retry] ...
//
// Each task appends `sample.noted` events in batches (of B, or of random sizes in A-B) to its stream
// (`--stream NAME`; `--task own`: its own stream; `--task shared:K`: one of K streams shared with
// every other writer). The payload names the writer, task, batch, index and batch size. With
// --retry it appends with the exact expected version and, on a concurrency conflict, reloads and
// retries. --count 0 appends until the process is killed.
//
// Prints `ready` once the store is open; per acknowledged batch
// `ack FIRST LAST STREAM VERSION TASK BATCH ID,ID,…`; per conflict `conflict STREAM EXPECTED ACTUAL TASK`;
// at the end `conflicts C`. A store error prints `error CODE` (message on stderr) and exits 3.
//
// Fault helpers: --hold-lock SECONDS holds BEGIN EXCLUSIVE on the file (prints `locked`);
// --limit-file-size BYTES caps the size of files it writes (a stand-in for a full disk), also
// in front of another program with --exec.
import Foundation
import GRDB
import SotongCore
import SotongPostgres
import SotongSQLite

let output = Output()
guard let options = Options(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data(Options.usage.utf8))
    exit(64)
}
if !options.exec.isEmpty { execute(options.exec, fileSizeLimit: options.limitFileSize!) }

do {
    if let seconds = options.holdLockSeconds {
        let queue = try DatabaseQueue(path: options.db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            output.line("locked")
            Thread.sleep(forTimeInterval: seconds)
            try db.execute(sql: "ROLLBACK")
        }
        exit(0)
    }
    let store: any EventStore = PostgresLocation.isURL(options.db)
        ? try openStore(options.db)
        : try SQLiteEventStore(
            path: options.db,
            options: SQLiteStoreOptions(synchronous: options.synchronousNormal ? .normal : .full,
                                        busyTimeout: options.busyTimeout))
    if let bytes = options.limitFileSize, !limitFileSize(to: bytes) {
        output.error("setrlimit failed")
        exit(70)
    }
    output.line("ready")
    let loop = AppendLoop(store: store, options: options, output: output)
    let conflicts = try await loop.runAll()
    output.line("conflicts \(conflicts)")
} catch let error as EventStoreError {
    output.line("error \(error.code)")
    output.error("\(error.code): \(error.message)")
    exit(3)
} catch {
    output.error("\(error)")
    exit(1)
}
