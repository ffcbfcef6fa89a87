public import Foundation
import SotongSQLite

extension SotongStore {
    /// The log's stable identifier, made with the store: the `origin` line of its signed
    /// checkpoints. `nil` for a store without one (in memory).
    ///
    /// ```swift
    /// let origin = try await store.storeID()   // "9f1c…", as `sotong verify` prints it
    /// ```
    public func storeID() async throws -> String? {
        guard let identified = events as? any IdentifiedStore else { return nil }
        return try await identified.storeID()
    }

    /// Signs the log's head after verifying the chain up to it: the statement an office publishes to
    /// its auditors ("this log had N events ending in this hash at this time").
    ///
    /// - Throws: ``CheckpointError`` when the chain does not verify or the store has no id.
    ///
    /// ```swift
    /// let checkpoint = try await store.signCheckpoint(key: signingKey)
    /// try checkpoint.text.write(toFile: "head.checkpoint", atomically: true, encoding: .utf8)
    /// ```
    public func signCheckpoint(key: CheckpointSigningKey, time: Date = Date()) async throws -> Checkpoint {
        let report = try await verify()
        if let failure = report.failure { throw CheckpointError.notExtended(failure) }
        return try Checkpoint.sign(origin: try await origin(), head: report.head, time: time, key: key)
    }

    /// Proves the log still extends a signed checkpoint: the signature verifies with the office's
    /// public key, the checkpoint is of this log, and the chain is intact and still holds the
    /// checkpoint's hash at its position — which a rewritten history cannot fake.
    ///
    /// - Throws: ``CheckpointError`` saying which of these fails.
    ///
    /// ```swift
    /// let checkpoint = try Checkpoint.parse(try String(contentsOfFile: "head.checkpoint", encoding: .utf8))
    /// let report = try await store.check(checkpoint, publicKey: officeKey)
    /// ```
    public func check(_ checkpoint: Checkpoint, publicKey: CheckpointPublicKey) async throws -> ChainVerification {
        try await checkpoint.check(events, storeID: try await origin(), publicKey: publicKey)
    }

    private func origin() async throws -> String {
        guard let id = try await storeID(), !id.isEmpty else {
            throw CheckpointError.malformed("this store has no id to sign or check checkpoints with (an in-memory store)")
        }
        return id
    }
}
