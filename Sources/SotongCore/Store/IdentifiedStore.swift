/// A store with a stable identity, chosen when it was created: the `origin` of signed checkpoints,
/// so a checkpoint of one log cannot be presented as another's.
///
/// ```swift
/// if let store = store as? any IdentifiedStore { print(try await store.storeID()) }
/// ```
public protocol IdentifiedStore: EventStore {
    /// The store's identifier (32 lowercase hex digits for SQLite and PostgreSQL stores).
    func storeID() async throws -> String
}

/// A store that can tell, before a write saves anything elsewhere, whether it can take the write
/// lock now. A write that must save subject keys before its events asks first, so that a locked
/// or read-only store refuses it before any key is saved.
package protocol WriteLockProbing: EventStore {
    /// Waits (within the store's busy timeout) until the write lock can be taken, then releases it.
    ///
    /// - Throws: ``EventStoreError`` `locked` when another writer holds it past the timeout,
    ///   `readOnly` for a store opened read-only.
    func probeWriteLock() async throws
}
