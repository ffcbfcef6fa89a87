import Foundation
import GRDB
import SotongTesting
import Testing

/// `keygen`, `checkpoint` and `verify --checkpoint`: a rewritten history with recomputed hashes passes
/// plain `verify`, and the signed checkpoint catches it.
@Suite("sotong checkpoints, end to end") struct CheckpointCLITests {
    static func sessions(participants second: Int) -> String {
        (1...3).map { index in
            #"{"id":"00000000-0000-4000-8000-00000000000\#(index)","type":"academy.session-held","schemaVersion":1,"#
                + #""occurredAt":"2018-03-0\#(index)T10:00:00+09:00","metadata":{"actor":"clerk:kim"},"#
                + #""payload":{"title":"소통아카데미 \#(index)회","participants":\#(index == 2 ? second : 90),"#
                + #""departmentsAttending":["budget"]}}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func aCheckpointCatchesARewrittenHistoryThatVerifyCannotSee() throws {
        let cli = try CLI()
        #expect(try cli.run(["import", try cli.write("true.jsonl", Self.sessions(participants: 95))]).status == 0)
        let prefix = cli.folder.path("office")
        let keygen = try cli.run(["keygen", "--out", prefix])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: prefix + ".key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: prefix + ".pub", encoding: .utf8).hasPrefix("sotong-ed25519-public-key v1\n"))
        let checkpointPath = cli.folder.path("head.checkpoint")
        let signed = try cli.run(["checkpoint", "--key", prefix + ".key", "--out", checkpointPath])
        #expect(signed.status == 0, "\(signed.stderr)")
        let text = try String(contentsOfFile: checkpointPath, encoding: .utf8)
        #expect(text.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
            == ["sotong-checkpoint", "origin", "size", "hash", "time", "signature"])
        #expect(text.contains("\nsize 3\n"))
        let check = ["verify", "--checkpoint", checkpointPath, "--public-key", prefix + ".pub"]
        let extends = try cli.run(check)
        #expect(extends.status == 0 && extends.stdout.hasPrefix("OK 3 "), "\(extends.stdout)\(extends.stderr)")

        // The insider: a second log with the second session altered, every hash recomputed, given the
        // first log's store id, copied over the first.
        let forged = cli.folder.path("forged.sqlite")
        #expect(try cli.run(["import", "--db", forged, try cli.write("forged.jsonl", Self.sessions(participants: 9))],
                            db: false).status == 0)
        let origin = try DatabaseQueue(path: cli.db).read { try String.fetchOne($0, sql: "SELECT value FROM store_info WHERE key = 'store_id'") }
        let queue = try DatabaseQueue(path: forged)
        try queue.write { db in
            try db.execute(sql: "UPDATE store_info SET value = ? WHERE key = 'store_id'", arguments: [origin])
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cli.db + suffix) }
        try FileManager.default.copyItem(atPath: forged, toPath: cli.db)

        let plain = try cli.run(["verify"])
        #expect(plain.status == 0 && plain.stdout.hasPrefix("OK 3 "), "plain verify sees a whole, valid chain")
        let caught = try cli.run(check)
        #expect(caught.status == 1)
        #expect(caught.stdout == "CHECKPOINT FAILED: the log does not extend the checkpoint: position 3 does not match the expected head\n")

        // Someone else's key, or an edited checkpoint, fails too.
        let other = cli.folder.path("other")
        _ = try cli.run(["keygen", "--out", other])
        let wrongKey = try cli.run(["verify", "--checkpoint", checkpointPath, "--public-key", other + ".pub"])
        #expect(wrongKey.status == 1 && wrongKey.stdout.contains("signature does not verify"))
        let edited = try cli.write("edited.checkpoint", text.replacingOccurrences(of: "size 3", with: "size 2"))
        #expect(try cli.run(["verify", "--checkpoint", edited, "--public-key", prefix + ".pub"]).status == 1)
        let halfGiven = try cli.run(["verify", "--checkpoint", checkpointPath])
        #expect(halfGiven.status == 2 && halfGiven.stderr.split(separator: "\n").count == 1)
    }
}
