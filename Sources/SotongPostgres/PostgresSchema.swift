import PostgresNIO
import SotongCore

/// The stored format in PostgreSQL: the same tables and columns as the SQLite file
/// (Docs/StoredFormat.md), with `bigint` for integers, `text` for text and `bytea` for blobs, and
/// versioned migrations recorded in `sotong_migrations`.
enum PostgresSchema {
    /// Schema migrations, in order; each runs once, in one transaction with its record.
    static let migrations: [(id: String, statements: @Sendable (_ schema: String) -> [String])] = [
        ("v1-event-log", { s in
            [
                """
                CREATE TABLE \(s).events (
                    position bigint PRIMARY KEY,
                    event_id text NOT NULL CHECK (length(event_id) = 36 AND event_id = lower(event_id)),
                    stream_id text NOT NULL CHECK (length(stream_id) > 0),
                    stream_version bigint NOT NULL CHECK (stream_version >= 1),
                    event_type text NOT NULL,
                    schema_version bigint NOT NULL CHECK (schema_version >= 1),
                    occurred_at bigint NOT NULL,
                    recorded_at bigint NOT NULL,
                    actor text NOT NULL,
                    correlation_id text,
                    causation_id text,
                    reason text,
                    payload bytea NOT NULL,
                    previous_hash bytea NOT NULL CHECK (length(previous_hash) = 32),
                    hash bytea NOT NULL CHECK (length(hash) = 32),
                    CONSTRAINT events_event_id UNIQUE (event_id),
                    CONSTRAINT events_stream UNIQUE (stream_id, stream_version)
                )
                """,
                "CREATE INDEX events_type ON \(s).events (event_type, position)",
                """
                CREATE TABLE \(s).chain_head (
                    id integer PRIMARY KEY CHECK (id = 1),
                    position bigint NOT NULL,
                    hash bytea NOT NULL CHECK (length(hash) = 32)
                )
                """,
                "INSERT INTO \(s).chain_head (id, position, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'))",
                "CREATE TABLE \(s).store_info (key text PRIMARY KEY, value text NOT NULL)",
                """
                INSERT INTO \(s).store_info (key, value) VALUES
                    ('format', 'sotong-event-log'), ('store_id', replace(gen_random_uuid()::text, '-', ''))
                """,
                """
                CREATE FUNCTION \(s).sotong_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    RAISE EXCEPTION 'sotong: the log is append-only';
                END
                $body$
                """,
                """
                CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON \(s).events
                FOR EACH ROW EXECUTE FUNCTION \(s).sotong_refuse_change()
                """,
                """
                CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON \(s).events
                FOR EACH STATEMENT EXECUTE FUNCTION \(s).sotong_refuse_change()
                """,
                // The recorded head only moves forward (a writer role may update it, never roll it back).
                """
                CREATE FUNCTION \(s).sotong_head_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF NEW.id <> OLD.id OR NEW.position < OLD.position THEN
                        RAISE EXCEPTION 'sotong: the recorded head only moves forward';
                    END IF;
                    RETURN NEW;
                END
                $body$
                """,
                """
                CREATE TRIGGER chain_head_forward BEFORE UPDATE ON \(s).chain_head
                FOR EACH ROW EXECUTE FUNCTION \(s).sotong_head_moves_forward()
                """,
                """
                CREATE TRIGGER chain_head_kept BEFORE DELETE ON \(s).chain_head
                FOR EACH ROW EXECUTE FUNCTION \(s).sotong_refuse_change()
                """,
                """
                CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON \(s).chain_head
                FOR EACH STATEMENT EXECUTE FUNCTION \(s).sotong_refuse_change()
                """,
            ]
        }),
    ]

    static var knownMigrations: Set<String> { Set(migrations.map(\.id)) }

    /// What the target schema holds.
    enum Identity: Equatable {
        /// The schema does not exist.
        case absent
        /// The schema exists and holds no tables.
        case empty
        /// A Sotong log, with the migrations it records.
        case sotong(applied: Set<String>)
        /// Tables, but not Sotong's (no `store_info` marker).
        case foreign
    }

    static func identify(_ connection: PostgresConnection, location: PostgresLocation, logger: Logger) async throws
        -> Identity
    {
        let schema = location.schema
        let exists = try await connection.query(
            "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = \(schema)", logger: logger
        ).collect().first?.decode(Int64.self) ?? 0
        guard exists > 0 else { return .absent }
        let tables = try await connection.query("""
            SELECT c.relname::text FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = \(schema) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            """, logger: logger).collect().map { try $0.decode(String.self) }
        if tables.isEmpty { return .empty }
        guard tables.contains("store_info"), tables.contains("sotong_migrations") else { return .foreign }
        let s = location.quotedSchema
        let format = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT value FROM \(s).store_info WHERE key = 'format'"), logger: logger
        ).collect().first?.decode(String.self)
        guard format == "sotong-event-log" else { return .foreign }
        let applied = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT id FROM \(s).sotong_migrations"), logger: logger
        ).collect().map { try $0.decode(String.self) }
        return .sotong(applied: Set(applied))
    }
}

extension PostgresEventStore {
    /// Checks the schema and, when allowed, creates or migrates it.
    func prepareSchema() async throws {
        let identity = try await retrying("opening the store") {
            try await withOpenConnection { [self] connection in
                try await PostgresSchema.identify(connection, location: location, logger: logger)
            }
        }
        guard try check(identity) else { return }
        try await retrying("creating the store's tables") {
            try await withOpenConnection { [self] connection in
                try await inTransaction(connection) { connection in try await migrate(connection) }
            }
        }
    }

    /// Refuses what cannot be opened; returns whether migrations are due.
    private func check(_ identity: PostgresSchema.Identity) throws -> Bool {
        switch identity {
        case .foreign:
            throw EventStoreError(code: .notAStore,
                                  message: "\(location) holds tables that are not a Sotong store (no Sotong marker in schema \(location.schema))")
        case .absent, .empty:
            guard !options.readOnly, options.createIfMissing else {
                throw EventStoreError(code: .missing, message: "there is no Sotong store at \(location)")
            }
            return true
        case .sotong(let applied):
            if !applied.isSubset(of: PostgresSchema.knownMigrations) {
                throw EventStoreError(code: .newerSchema,
                    message: "\(location) was written by a newer Sotong (schema \(applied.sorted().last ?? "?")); upgrade Sotong to open it")
            }
            guard applied != PostgresSchema.knownMigrations else { return false }
            if options.readOnly {
                throw EventStoreError(code: .readOnly,
                                      message: "\(location) uses an older schema; open it once for writing to upgrade it")
            }
            return true
        }
    }

    /// Creates the schema and applies the missing migrations, under an advisory lock so that
    /// several processes opening a new store at once create it once.
    private func migrate(_ connection: PostgresConnection) async throws {
        try await connection.query(
            "SELECT 1 FROM pg_advisory_xact_lock(1397708871, hashtext(\(location.schema)))", logger: logger)
        let identity = try await PostgresSchema.identify(connection, location: location, logger: logger)
        guard try check(identity) else { return }
        let s = location.quotedSchema
        var applied: Set<String> = []
        if identity == .absent {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(s)"), logger: logger)
        }
        if case .sotong(let recorded) = identity {
            applied = recorded
        } else {
            try await connection.query(PostgresQuery(unsafeSQL: """
                CREATE TABLE \(s).sotong_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """), logger: logger)
        }
        for migration in PostgresSchema.migrations where !applied.contains(migration.id) {
            for statement in migration.statements(s) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("INSERT INTO \(unescaped: s).sotong_migrations (id) VALUES (\(migration.id))",
                                       logger: logger)
        }
    }
}
