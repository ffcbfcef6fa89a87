public import Foundation

/// Where the data subjects' keys live: apart from the log (their own file or table), backed up
/// separately. Destroying a subject's key is the erasure of its personal data.
///
/// ```swift
/// let keys = InMemorySubjectKeyStore()
/// let key = try await keys.key(for: "subject-2018-0001", creating: true)   // 32 bytes
/// try await keys.destroyKey(of: "subject-2018-0001")
/// ```
public protocol SubjectKeyStore: Sendable {
    /// The subject's 256-bit key; with `creating`, a new random key is made and kept when there is none.
    /// `nil` when there is none and `creating` is false (never used, or erased).
    func key(for subject: SubjectID, creating: Bool) async throws -> Data?
    /// Destroys the subject's key so that its sealed values can never be opened again.
    func destroyKey(of subject: SubjectID) async throws
    /// Keeps each given key for its subject unless the subject already has one, all in one commit,
    /// and returns the key each subject has afterwards. A write makes its new keys this way just
    /// before appending the events they seal, so a refused write leaves the key store untouched;
    /// a returned key that differs from the given one means another writer made it first.
    func keepKeys(_ keys: [SubjectID: Data]) async throws -> [SubjectID: Data]
}

/// Keys in memory: for tests and for tools that embed Sotong without a key file.
///
/// ```swift
/// let office = Office(store: InMemoryEventStore(), keys: InMemorySubjectKeyStore())
/// ```
public actor InMemorySubjectKeyStore: SubjectKeyStore {
    private var keys: [SubjectID: Data] = [:]

    /// No keys yet.
    public init() {}

    /// The subject's key, made when `creating` and there is none.
    public func key(for subject: SubjectID, creating: Bool) -> Data? {
        if let key = keys[subject] { return key }
        guard creating else { return nil }
        let key = SealedValue.newKey()
        keys[subject] = key
        return key
    }

    /// Forgets the subject's key.
    public func destroyKey(of subject: SubjectID) {
        keys[subject] = nil
    }

    /// Keeps each key unless its subject has one; the keys the subjects have afterwards.
    public func keepKeys(_ given: [SubjectID: Data]) -> [SubjectID: Data] {
        given.reduce(into: [:]) { kept, pair in
            if keys[pair.key] == nil { keys[pair.key] = pair.value }
            kept[pair.key] = keys[pair.key]
        }
    }

    /// The subjects that have a key.
    public var subjects: [SubjectID] { keys.keys.sorted() }
}
