import SotongCore
import SotongPostgres
import SotongSQLite

/// Opens the store that `--db` names: a PostgreSQL URL (`postgres://…?schema=…`) or a SQLite path.
func openStore(_ location: String) throws -> any EventStore {
    if PostgresLocation.isURL(location) { return try PostgresEventStore(url: location) }
    return try SQLiteEventStore(path: location)
}
