// The Swift blocks of Docs/AuditingALog.md, verbatim between `docs:begin` and `docs:end`.
import Foundation
import Sotong

enum AuditingALog {
    /// Opens a copy read-only, without keys, and verifies the chain.
    static func verify(path: String) async throws -> ChainVerification {
        // docs:begin audit-verify
        let store = try await SotongStore.open(.sqlite(path: path, readOnly: true), keys: .none)
        let report = try await store.verify()
        if let failure = report.failure {
            print("BROKEN at position \(failure.position): \(failure.reason.rawValue)")
        } else {
            print("OK \(report.eventsChecked) events, head \(report.head)")
        }
        // docs:end
        return report
    }

    /// The office signs its head; returns the published checkpoint and public key files.
    static func publish(path: String) async throws -> (checkpoint: String, publicKey: String) {
        // docs:begin audit-sign
        let signingKey = CheckpointSigningKey()          // kept by the office, never by the auditor
        let office = try await SotongStore.open(.sqlite(path: path))
        let checkpoint = try await office.signCheckpoint(key: signingKey)
        let published = checkpoint.text                  // six lines, handed to the auditors
        let officeKey = signingKey.publicKey.fileText    // the auditors' copy of the public key
        // docs:end
        return (published, officeKey)
    }

    /// The auditor checks the log still extends the published checkpoint.
    static func check(path: String, published: String, officeKey: String) async throws -> ChainVerification {
        let store = try await SotongStore.open(.sqlite(path: path, readOnly: true), keys: .none)
        // docs:begin audit-check
        let checkpoint = try Checkpoint.parse(published)
        let publicKey = try CheckpointPublicKey(fileText: officeKey)
        let extended = try await store.check(checkpoint, publicKey: publicKey)   // throws CheckpointError if not
        print("still extends \(checkpoint.head.position) events; now \(extended.head.position)")
        // docs:end
        return extended
    }

    /// Exports the log for an independent verifier.
    static func export(path: String, to exportPath: String) async throws {
        let store = try await SotongStore.open(.sqlite(path: path, readOnly: true), keys: .none)
        // docs:begin audit-export
        var jsonLines = Data()
        try await Exporter(store: store.events).write { line in jsonLines.append(line) }
        try jsonLines.write(to: URL(fileURLWithPath: exportPath))
        // docs:end
    }

    /// Who read personal data, one petition's history, and a digest to compare.
    static func read(path: String) async throws -> (ProjectionResult, ProjectionResult, ProjectionResult) {
        let store = try await SotongStore.open(.sqlite(path: path, readOnly: true), keys: .none)
        // docs:begin audit-read
        let accesses = try await store.projection(AccessLogProjection())
        print(TableRenderer.text(accesses))   // who read whose personal data, when, and why

        let petition = try await store.projection(StreamHistoryProjection(stream: PetitionID("2018-0042").stream))
        print(TableRenderer.text(petition))   // every event of the petition, personal fields as ***

        let status = try await store.projection(named: "petitions", cutoff: .date(try LocalDate("2018-12-31")))
        print(status.digest)                  // the same log gives every auditor the same digest
        // docs:end
        return (accesses, petition, status)
    }
}
