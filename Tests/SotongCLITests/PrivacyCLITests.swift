import Foundation
import SotongSQLite
import SotongTesting
import Testing

/// Personal data end to end through the CLI: sealed in the log and every export, readable only with a
/// purpose (and recorded), and gone from every file after erasure.
@Suite("sotong, personal data end to end") struct PrivacyCLITests {
    static let canaryName = "카나리아박새"
    static let canaryPhone = "010-4242-9876"
    static let canaryAddress = "인천광역시 중구 카나리아로 42"
    static let keptName = "보존용참새"

    static func petition(_ id: String, subject: String, name: String, phone: String) -> String {
        #"{"channel":"visit","department":"transport-policy","district":"jung-gu","kind":"grievance","petitionID":"\#(id)","#
            + #""petitioner":{"address":"\#(canaryAddress)","name":"\#(name)","phone":"\#(phone)","subject":"\#(subject)"},"#
            + #""subject":"버스 노선 조정 요청"}"#
    }

    /// Every byte of the files (and their WAL and shared-memory files) as one blob.
    static func bytes(_ paths: [String]) -> Data {
        paths.flatMap { [$0, $0 + "-wal", $0 + "-shm"] }.reduce(into: Data()) { all, path in
            all.append(FileManager.default.contents(atPath: path) ?? Data())
        }
    }

    static func canaries(in data: Data) -> [String] {
        [canaryName, canaryPhone, "42429876", "4242-9876", canaryAddress].filter { data.range(of: Data($0.utf8)) != nil }
    }

    @Test func personalDataIsSealedReadWithAPurposeAndGoneAfterErasure() throws {
        let cli = try CLI()
        let keysPath = cli.db + ".keys"
        for (id, subject, name) in [("2008-0001", "subject-canary", Self.canaryName), ("2008-0002", "subject-kept", Self.keptName)] {
            let recorded = try cli.run(["record", "petition.received", "--actor", "clerk:kim",
                                        "--occurred-at", "2008-03-0\(id.suffix(1))T10:00:00+09:00",
                                        "--json", Self.petition(id, subject: subject, name: name, phone: Self.canaryPhone)])
            #expect(recorded.status == 0, "\(recorded.stderr)")
        }
        // Before erasure: the log, its WAL and an export hold no plaintext; the key file holds keys only.
        let before = try cli.run(["export"])
        #expect(before.status == 0)
        #expect(Self.canaries(in: Data(before.stdout.utf8)) == [])
        #expect(before.stdout.contains(#""name":"sotong:sealed:v1:"#))
        #expect(Self.canaries(in: Self.bytes([cli.db])) == [])
        #expect(Self.canaries(in: Self.bytes([keysPath])) == [])
        #expect(!Self.bytes([cli.db]).isEmpty && !Self.bytes([keysPath]).isEmpty)
        let key = try #require(try SQLiteKeyFile(path: keysPath, createIfMissing: false).key(for: "subject-canary", creating: false))
        #expect(Self.bytes([cli.db]).range(of: key) == nil, "a key in the log file")

        // Reading needs a purpose and an actor, and is recorded.
        let noPurpose = try cli.run(["show", "petitioner", "--subject", "subject-canary", "--actor", "staff:S-1"])
        #expect(noPurpose.status == 2 && noPurpose.stderr.contains("--purpose"))
        let read = try cli.run(["show", "petitioner", "--subject", "subject-canary", "--purpose", "결과 통지", "--actor", "staff:S-1"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("petitioner.name\t\(Self.canaryName)"))
        #expect(read.stdout.contains("petitioner.phone\t\(Self.canaryPhone)"))
        let accessLog = try cli.run(["show", "access-log"])
        #expect(accessLog.stdout.contains("staff:S-1") && accessLog.stdout.contains("결과 통지"))
        #expect(Self.canaries(in: Data(accessLog.stdout.utf8)) == [])

        // Erasure needs a basis; then nothing of the canary is left anywhere.
        let noBasis = try cli.run(["erase", "--subject", "subject-canary", "--basis", " ", "--actor", "privacy:officer"])
        #expect(noBasis.status == 2)
        let erased = try cli.run(["erase", "--subject", "subject-canary", "--basis", "보유기간 경과", "--actor", "privacy:officer"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout == "erased subject-canary at position 4; its key is destroyed\n")
        let after = try cli.run(["export"])
        let files = Self.bytes([cli.db, keysPath])
        #expect(Self.canaries(in: Data(after.stdout.utf8) + files) == [])
        #expect(files.range(of: key) == nil, "the erased key survives in a file")
        #expect(after.stdout.contains(#""type":"privacy.subject-erased""#))

        // The chain still verifies; the views show the fields as erased; the other subject is intact.
        #expect(try cli.run(["verify"]).stdout.hasPrefix("OK 4 "))
        let history = try cli.run(["show", "history", "--stream", "petition-2008-0001"])
        #expect(history.stdout.contains("삭제됨"))
        let reread = try cli.run(["show", "petitioner", "--subject", "subject-canary", "--purpose", "감사", "--actor", "auditor:park"])
        #expect(reread.stdout.contains("petitioner.name\t삭제됨"))
        let kept = try cli.run(["show", "petitioner", "--subject", "subject-kept", "--purpose", "감사", "--actor", "auditor:park"])
        #expect(kept.stdout.contains("petitioner.name\t\(Self.keptName)"))
        // Retention: the kept subject's petition was never answered, the erased one is not listed.
        let due = try cli.run(["retention", "due", "--as-of", "2030-01-01"])
        #expect(due.status == 0 && !due.stdout.contains("subject-canary") && !due.stdout.contains("subject-kept"))
    }

    @Test func auditCommandsNeverOpenTheKeyFile() throws {
        let cli = try CLI()
        let imported = try cli.run(["import", try cli.write("one.jsonl", CLICommandTests().session)])
        #expect(imported.status == 0)
        #expect(!FileManager.default.fileExists(atPath: cli.db + ".keys"), "events without personal data need no key file")
        for arguments in [["verify"], ["log"], ["export"], ["show", "access-log"], ["show", "history", "--stream", "academy"],
                          ["retention", "due"]] {
            let output = try cli.run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.db + ".keys"), "an audit command created the key file")
        // Decrypting needs the key file: without it, a one-line error and exit 3.
        let read = try cli.run(["show", "petitioner", "--subject", "s-1", "--purpose", "감사", "--actor", "auditor:park"])
        #expect(read.status == 3 && read.stderr == "sotong: there is no key file at \(cli.db).keys\n")
        #expect(try cli.run(["show", "access-log"]).stdout.contains("열람 기록 없음"), "a failed read was recorded")
    }
}
