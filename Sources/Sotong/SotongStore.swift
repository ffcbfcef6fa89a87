import Foundation
import SotongPostgres
import SotongSQLite

/// An open Sotong store: the office's event log, the data subjects' keys and the projections a
/// tool can run by name. The entry point for a tool that embeds Sotong.
///
/// ```swift
/// import Sotong
///
/// let store = try await SotongStore.open(.sqlite(path: "office.sqlite"))
/// try await store.record(NetworkMemberJoined.example,
///                        context: RecordContext(actor: "clerk:kim", occurredAt: Date()))
/// let network = try await store.projection(NetworkProjection(), cutoff: .date(try LocalDate("2018-12-31")))
/// print(TableRenderer.text(network))
/// ```
///
/// A value: copies share the same log and keys; ``projections`` is per copy.
public struct SotongStore: Sendable {
    /// The event log itself, for what the facade does not wrap (reading a stream, paging, exporting).
    public let events: any EventStore
    /// The data subjects' keys; `nil` when opened with ``KeyLocation/none``.
    public let keys: (any SubjectKeyStore)?
    /// The clock rules, projections and access records read "now" from.
    public let clock: StoreClock
    /// The projections ``projection(named:parameters:cutoff:)`` can run: the office's, then the tool's own.
    public var projections = ProjectionRegistry()

    /// Wraps a log the tool opened itself (any ``EventStore``: a store of its own, a test store).
    ///
    /// ```swift
    /// let store = SotongStore(events: InMemoryEventStore(), keys: InMemorySubjectKeyStore())
    /// ```
    public init(events: any EventStore, keys: (any SubjectKeyStore)? = nil, clock: StoreClock = .system) {
        self.events = events
        self.keys = keys
        self.clock = clock
    }

    /// Opens (or creates) a store.
    ///
    /// - Parameters:
    ///   - location: a SQLite file, a PostgreSQL database or memory (``StoreLocation``).
    ///   - keys: where the data subjects' keys live; by default the store's own key file.
    ///   - clock: "now" for the rules and the recorded-at times; fixed in tests.
    /// - Throws: ``EventStoreError`` when the file is missing (read-only), locked, of another kind or damaged.
    ///
    /// ```swift
    /// let store = try await SotongStore.open(.sqlite(path: "office.sqlite"), keys: .file(path: "office.keys"))
    /// ```
    public static func open(
        _ location: StoreLocation, keys: KeyLocation = .besideStore, clock: StoreClock = .system
    ) async throws -> SotongStore {
        let events: any EventStore
        var keyFilePath: String?
        switch location.kind {
        case .sqlite(let path, let readOnly):
            events = try SQLiteEventStore(
                path: path, options: SQLiteStoreOptions(readOnly: readOnly, createIfMissing: !readOnly), clock: clock)
            keyFilePath = path + ".keys"
        case .postgres(let url, let readOnly):
            // No key file beside a database: pass `keys: .file(path:)` to record or read personal data.
            let store = try PostgresEventStore(
                url: url, options: PostgresStoreOptions(readOnly: readOnly, createIfMissing: !readOnly), clock: clock)
            try await store.open()
            events = store
        case .inMemory:
            events = InMemoryEventStore(clock: clock)
        }
        let subjectKeys: (any SubjectKeyStore)? = switch keys.kind {
        case .besideStore: keyFilePath.map { KeyFileSubjectKeys(path: $0) } ?? InMemorySubjectKeyStore()
        case .file(let path): KeyFileSubjectKeys(path: path)
        case .store(let store): store
        case .none: nil
        }
        return SotongStore(events: events, keys: subjectKeys, clock: clock)
    }

    /// The office's front door on this store: commands checked against the rules, then appended.
    ///
    /// ```swift
    /// let history = try await store.office.history(of: PetitionID("2018-0042").stream)
    /// ```
    public var office: Office { Office(store: events, clock: clock, keys: keys) }

    /// The replay engine on this store: folds, views as of a date or position, explanations of cells.
    ///
    /// ```swift
    /// let sources = try await store.runner.explain(NetworkProjection(), table: "network", row: "total", column: "members")
    /// ```
    public var runner: ProjectionRunner { ProjectionRunner(store: events, clock: clock) }

    /// Executes one of the office's commands: checks the event's rules against the history, seals
    /// its personal fields, and appends it.
    ///
    /// - Throws: ``DomainError`` when a rule refuses (nothing is appended); ``ConcurrencyError`` when
    ///   the event's stream changed meanwhile (check again and retry).
    ///
    /// ```swift
    /// let context = RecordContext(actor: "staff:S-6333", occurredAt: try LocalDate("2018-03-02").at(hour: 10))
    /// try await store.record(PetitionReceived.example, context: context)
    /// ```
    @discardableResult
    public func record<Event: OfficeEvent>(_ event: Event, context: RecordContext) async throws -> RecordedEvent {
        try await office.record(event, context: context)
    }

    /// Executes several commands in one transaction: all of them or none; each sees the ones before it.
    ///
    /// ```swift
    /// try await store.record([(received, context), (notice, context)])
    /// ```
    @discardableResult
    public func record(_ items: [(any OfficeEvent, RecordContext)]) async throws -> [RecordedEvent] {
        try await office.record(items)
    }

    /// Reads a data subject's decrypted personal data for a stated purpose, recording the access
    /// first (who, when, which subject, why) — the only way to see plaintext.
    ///
    /// - Throws: ``DomainError`` when the store has no keys, or the purpose or actor is missing.
    ///
    /// ```swift
    /// let records = try await store.readPersonalData(of: "subject-2018-0042", purpose: "결과 통지 발송",
    ///                                                actor: "tool:notice-dispatcher")
    /// ```
    public func readPersonalData(of subject: SubjectID, purpose: String, actor: String) async throws
        -> [PersonalDataReader.Record]
    {
        guard let keys else {
            throw DomainError(rule: "privacy.no-key-store", korean: "키 저장소 없음",
                              detail: "the store was opened without keys (KeyLocation.none); personal data cannot be read")
        }
        return try await PersonalDataReader(store: events, keys: keys, clock: clock)
            .read(subject: subject, purpose: purpose, actor: actor)
    }
}
