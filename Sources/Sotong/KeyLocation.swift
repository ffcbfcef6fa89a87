/// Where the data subjects' keys live: the keys that seal petitioners' names and phone numbers.
/// They are kept apart from the log (and backed up apart); destroying one erases a subject.
///
/// ```swift
/// let store = try await SotongStore.open(.sqlite(path: "office.sqlite"), keys: .file(path: "/secure/office.keys"))
/// let auditor = try await SotongStore.open(.sqlite(path: "office.sqlite", readOnly: true), keys: .none)
/// ```
public struct KeyLocation: Sendable {
    /// The kinds of key store (internal: callers use the factory members).
    enum Kind: Sendable {
        case besideStore
        case file(path: String)
        case store(any SubjectKeyStore)
        case none
    }

    let kind: Kind

    /// The store's own key file: `<path>.keys` beside a SQLite file (as the `sotong` CLI uses it),
    /// keys in memory for an in-memory store. The file is opened the first time a key is needed,
    /// so a tool that never meets personal data never touches it.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.sqlite(path: "office.sqlite"), keys: .besideStore)
    /// ```
    public static let besideStore = KeyLocation(kind: .besideStore)

    /// A SQLite key file at `path`, created on first use when missing.
    ///
    /// ```swift
    /// let keys = KeyLocation.file(path: "/secure/office.keys")
    /// ```
    public static func file(path: String) -> KeyLocation { KeyLocation(kind: .file(path: path)) }

    /// A key store of the tool's own (an HSM, a vault): anything that implements ``SubjectKeyStore``.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.inMemory, keys: .store(InMemorySubjectKeyStore()))
    /// ```
    public static func store(_ keys: any SubjectKeyStore) -> KeyLocation { KeyLocation(kind: .store(keys)) }

    /// No keys: events that carry personal data are refused and personal data cannot be read.
    /// For audits, which need neither.
    ///
    /// ```swift
    /// let auditor = try await SotongStore.open(.sqlite(path: "office.sqlite", readOnly: true), keys: .none)
    /// ```
    public static let none = KeyLocation(kind: .none)
}
