import Foundation
import PostgresNIO
public import SotongCore

/// The shared store: one log in a PostgreSQL database, written by many processes on many machines.
///
/// Every append takes the lock on the single `chain_head` row (`SELECT … FOR UPDATE`) before it
/// computes positions and hashes, so appends are serialised across all writers: positions are
/// gap-free and committed in position order, and a polling subscriber never skips an event that
/// commits late. Transient failures — serialization failure, deadlock, a dropped connection — are
/// tried again with a bounded, growing pause; event ids make a retry of an append that did commit
/// come back as `wasAlreadyStored` instead of storing it twice.
///
/// The store has its own connection pool (postgres-nio's `PostgresClient`), which only answers
/// while its `run()` runs, and opens the schema on first use, creating or migrating it when allowed.
/// The structured way: ``withStore(url:options:clock:_:)`` runs the pool in a child task for as long
/// as the body runs, then closes the store (or call ``run()`` from a task of your own, as a service).
///
/// ```swift
/// let intact = try await PostgresEventStore.withStore(url: "postgres://sotong@db.local/sotong") { store in
///     try await store.append(event, to: "petition-2018-0001", expecting: .noStream)
///     return try await store.verify().isIntact
/// }
/// ```
///
/// A store that is simply created and used starts its pool itself on first use; ``close()`` stops it
/// and waits until it has stopped (a store released without it cancels its pool too).
///
/// ```swift
/// let store = try PostgresEventStore(url: "postgres://sotong@db.local/sotong")
/// try await store.append(event, to: "petition-2018-0001", expecting: .noStream)
/// await store.close()
/// ```
public final class PostgresEventStore: IdentifiedStore {
    /// Where the log is (printable: no password).
    public let location: PostgresLocation
    /// How the store was opened (read-only, schema, timeouts, retries).
    public let options: PostgresStoreOptions
    let client: PostgresClient
    let clock: StoreClock
    let logger: Logger
    let gate = OpeningGate()
    let lifecycle: ClientLifecycle

    /// Prepares a store at `url`; nothing is sent to the server until the first operation (or ``open()``).
    ///
    /// - Throws: ``EventStoreError`` (`notAStore`) when the URL or the schema name is unusable.
    public init(url: String, options: PostgresStoreOptions = .init(), clock: StoreClock = .system) throws {
        var location = try PostgresLocation(url: url)
        if let schema = options.schema {
            if let problem = PostgresLocation.problem(schema: schema) {
                throw EventStoreError(code: .notAStore, message: "the schema name '\(schema)' \(problem)")
            }
            location.schema = schema
        }
        self.location = location
        self.options = options
        self.clock = clock
        var logger = Logger(label: "sotong.postgres")
        logger.logLevel = .critical
        self.logger = logger
        client = PostgresClient(configuration: location.clientConfiguration(options: options))
        lifecycle = ClientLifecycle(startsOnFirstUse: options.runsItsPool)
    }

    deinit {
        lifecycle.cancelOwnRun()
    }

    /// Creates a store at `url`, runs its connection pool in a child task while `body` uses the
    /// store, then closes it — when `body` returns or throws — and waits until the pool has stopped.
    ///
    /// - Throws: what `body` throws, or ``EventStoreError`` (`notAStore`) when the URL or the schema
    ///   name is unusable.
    public static func withStore<Result>(
        url: String, options: PostgresStoreOptions = .init(), clock: StoreClock = .system,
        _ body: (PostgresEventStore) async throws -> Result
    ) async throws -> Result {
        let store = try PostgresEventStore(url: url, options: options, clock: clock)
        _ = store.lifecycle.claim()  // a new store: no one runs its pool yet
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { await store.lifecycle.runClaimed(store.client) }
            let result: Result
            do {
                result = try await body(store)
            } catch {
                await store.close()
                throw error
            }
            await store.close()
            return result
        }
    }

    /// Runs the store's connection pool in the calling task until ``close()`` is called or the task
    /// is cancelled (then the store is closed): the structured lifetime postgres-nio asks for, with
    /// the shape of a swift-service-lifecycle service's `run()`. Create the store with
    /// ``PostgresStoreOptions/runsItsPool`` `false`, so that only `run()` runs the pool: operations
    /// wait until it does. (A store that runs its own pool, started on first use, returns from
    /// `run()` at once, as does a closed store.)
    ///
    /// ```swift
    /// let store = try PostgresEventStore(url: url, options: PostgresStoreOptions(runsItsPool: false))
    /// try await withThrowingDiscardingTaskGroup { group in
    ///     group.addTask { await store.run() }
    ///     try await serve(store)     // the tool's own work
    ///     await store.close()        // ends run()
    /// }
    /// ```
    public func run() async {
        guard lifecycle.claim() else { return }
        await lifecycle.runClaimed(client)
        await gate.close()
    }

    /// Connects and checks (creates, migrates) the schema now rather than on first use.
    ///
    /// - Throws: ``EventStoreError`` — `notAStore` when the schema holds other tables and no Sotong
    ///   marker, `newerSchema` for a log written by a newer Sotong, `missing` when there is no log and
    ///   none may be created (read-only), `storage` when the server cannot be reached in time.
    public func open() async throws {
        lifecycle.startIfIdle(client)
        try await gate.open(closedMessage: "the store at \(location) was closed") { [self] in
            try await prepareWithinTimeout()
        }
    }

    /// Closes the store: stops its connection pool — the one it started, or the caller's ``run()``
    /// — and waits until the pool has stopped. Later operations fail with `closed`.
    public func close() async {
        await gate.close()
        await lifecycle.close()
    }

    /// A stable identifier of this log, chosen when its schema was created.
    public func storeID() async throws -> String {
        try await session("reading the store id") { [self] connection in
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT value FROM \(table("store_info")) WHERE key = 'store_id'"), logger: logger
            ).collect()
            return try rows.first?.decode(String.self) ?? ""
        }
    }

    /// A table of the log's schema, quoted for SQL.
    func table(_ name: String) -> String { "\(location.quotedSchema).\(name)" }

    /// A unit of work on one connection.
    typealias Work<T> = @Sendable (PostgresConnection) async throws -> T

    /// Runs `body` on a pooled connection once the schema is open, trying again on transient failures.
    func session<T: Sendable>(_ operation: String, _ body: @escaping Work<T>) async throws -> T {
        try await open()
        return try await retrying(operation) { try await withOpenConnection(body) }
    }

    /// Like ``session(_:_:)``, inside one READ COMMITTED transaction.
    func transaction<T: Sendable>(_ operation: String, _ body: @escaping Work<T>) async throws -> T {
        try await session(operation) { [self] connection in
            try await inTransaction(connection, body)
        }
    }

    /// A pooled connection that is still open, for `body`, watched so that a connection that closes
    /// under it ends the wait (see ``ConnectionWatch``).
    func withOpenConnection<T: Sendable>(_ body: @escaping Work<T>) async throws -> T {
        try await client.withConnection { connection in
            guard !connection.isClosed else { throw PostgresFailure.ConnectionLost() }
            return try await ConnectionWatch.run(on: connection) { try await body(connection) }
        }
    }

    /// BEGIN, `body`, COMMIT — or ROLLBACK when `body` throws.
    func inTransaction<T: Sendable>(_ connection: PostgresConnection, _ body: Work<T>) async throws -> T {
        try await connection.query("BEGIN ISOLATION LEVEL READ COMMITTED", logger: logger)
        do {
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            // A lost connection has rolled back on the server; sending on it would wait forever.
            if !PostgresFailure.isConnectionFailure(error), !connection.isClosed {
                _ = try? await connection.query("ROLLBACK", logger: logger)
            }
            throw error
        }
    }

    /// Tries `body` up to `maximumAttempts` times while it fails transiently, pausing a little longer
    /// (with jitter) each time; maps the final failure to a store error.
    func retrying<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        var attempt = 1
        var pause = options.initialBackoff
        while true {
            do {
                return try await body()
            } catch {
                guard attempt < options.maximumAttempts, PostgresFailure.isTransient(error), !Task.isCancelled else {
                    throw PostgresFailure.storeError(error, location: location, operation: operation)
                }
                let ceiling = pause.milliseconds
                try await Task.sleep(for: .milliseconds(Int64.random(in: (ceiling / 2)...ceiling)))
                pause = min(pause * 2, options.maximumBackoff)
                attempt += 1
            }
        }
    }

    /// ``prepareSchema()``, giving up after `connectTimeout` (the pool alone would wait a minute).
    private func prepareWithinTimeout() async throws {
        let timeout = options.connectTimeout
        let location = location
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { [self] in
                try await prepareSchema()
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            let prepared = try await group.next() ?? false
            group.cancelAll()
            guard prepared else {
                throw EventStoreError(code: .storage,
                                      message: "no answer from \(location) within \(timeout.milliseconds / 1000) s (is the server running?)")
            }
        }
    }
}
