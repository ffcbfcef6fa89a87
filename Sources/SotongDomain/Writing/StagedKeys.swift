package import Foundation
import SotongCore

/// The key store as one write sees it: existing keys are read from the store; a subject without
/// one gets a new key that stays here, unsaved, until the write commits (``commit()``). So a
/// refused write never touches the key store, and the keys a write made are saved just before the
/// events they seal are appended.
package actor StagedKeys: SubjectKeyStore {
    /// The key store the write commits to.
    package let base: any SubjectKeyStore
    private var known: [SubjectID: Data] = [:]
    private var made: [SubjectID: Data] = [:]

    /// Stages over `base`.
    package init(_ base: any SubjectKeyStore) {
        self.base = base
    }

    /// The subject's key: the store's, else (with `creating`) a new key staged for the commit.
    package func key(for subject: SubjectID, creating: Bool) async throws -> Data? {
        if let key = known[subject] ?? made[subject] { return key }
        let stored: Data?
        do {
            stored = try await base.key(for: subject, creating: false)
        } catch let error as EventStoreError where error.code == .missing {
            stored = nil
        }
        if let stored {
            known[subject] = stored
            return stored
        }
        guard creating else { return nil }
        let key = SealedValue.newKey()
        made[subject] = key
        return key
    }

    /// Destroying goes straight to the store (an erasure is not part of a write).
    package func destroyKey(of subject: SubjectID) async throws {
        try await base.destroyKey(of: subject)
    }

    /// Passes through to the store.
    package func keepKeys(_ keys: [SubjectID: Data]) async throws -> [SubjectID: Data] {
        try await base.keepKeys(keys)
    }

    /// Whether the write made keys that the store does not have yet.
    package var hasNewKeys: Bool { !made.isEmpty }

    /// Saves the keys this write made, in one commit of the key store.
    ///
    /// - Throws: ``WriteRace`` when another writer made a key for one of the subjects first: what
    ///   was sealed with the staged key must be sealed again.
    package func commit() async throws {
        guard !made.isEmpty else { return }
        let kept = try await base.keepKeys(made)
        let lost = made.filter { kept[$0.key] != $0.value }.keys
        for (subject, key) in kept { known[subject] = key }
        made = [:]
        if !lost.isEmpty { throw WriteRace.keyMadeElsewhere }
    }
}
