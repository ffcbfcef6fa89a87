import Foundation
import GRDB
import GRDBSQLite
import SotongCore

/// Values bound to and read from a statement through SQLite's C API. Bound text and blobs are
/// copied by SQLite (`SQLITE_TRANSIENT`); text is read as its bytes with their length.
enum SQLiteValues {
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func bind(_ text: String?, _ statement: SQLiteStatement, _ index: Int32) {
        guard var text else { sqlite3_bind_null(statement, index); return }
        text.withUTF8 { utf8 in
            // An empty buffer may have no address, which SQLite would bind as NULL.
            if utf8.isEmpty { sqlite3_bind_text(statement, index, "", 0, transient); return }
            sqlite3_bind_text(statement, index, UnsafeRawPointer(utf8.baseAddress!).assumingMemoryBound(to: CChar.self),
                              Int32(utf8.count), transient)
        }
    }

    /// Binds an id as its canonical lowercase text (formatted on the stack), or NULL.
    static func bind(_ id: UUID?, _ statement: SQLiteStatement, _ index: Int32) {
        guard let id else { sqlite3_bind_null(statement, index); return }
        _ = UUIDText.withText(of: id) { text in
            sqlite3_bind_text(statement, index, text.baseAddress!.assumingMemoryBound(to: CChar.self), 36, transient)
        }
    }

    static func bind(_ data: Data, _ statement: SQLiteStatement, _ index: Int32) {
        data.withUnsafeBytes { bytes in
            if bytes.isEmpty { sqlite3_bind_zeroblob(statement, index, 0); return }
            sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), transient)
        }
    }

    /// Steps `statement`: `true` at a row, `false` when done; SQLite's error as GRDB's `DatabaseError`.
    /// `sql` is evaluated only on failure (GRDB's `Statement.sql` builds a new string).
    static func step(_ statement: SQLiteStatement, db: Database, sql: @autoclosure () -> String) throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(db, sql: sql())
        }
    }

    /// Runs `statement` to its end (an insert or update) and resets it.
    static func stepToEnd(_ statement: SQLiteStatement, db: Database, sql: String) throws {
        defer { sqlite3_reset(statement) }
        while try step(statement, db: db, sql: sql) {}
    }

    /// The connection's last error, with its extended code, as GRDB reports it.
    static func error(_ db: Database, sql: String) -> DatabaseError {
        let connection = db.sqliteConnection
        return DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                             message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    /// The column as text (SQLite converts other types), decoded as UTF-8 with its whole length.
    static func text(_ statement: SQLiteStatement, _ index: Int32) -> String {
        withText(statement, index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the column's text bytes in SQLite's buffer (valid only during the call).
    static func withText<T>(_ statement: SQLiteStatement, _ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let text = sqlite3_column_text(statement, index) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index))))
    }

    /// The column as bytes (text columns give their UTF-8).
    static func blob(_ statement: SQLiteStatement, _ index: Int32) -> Data {
        guard let bytes = sqlite3_column_blob(statement, index) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(statement, index)))
    }

    /// The first column of the first row as an integer, `nil` when there is no row or it is NULL.
    static func integer(_ statement: SQLiteStatement, db: Database, sql: String) throws -> Int64? {
        defer { sqlite3_reset(statement) }
        guard try step(statement, db: db, sql: sql), sqlite3_column_type(statement, 0) != SQLITE_NULL else { return nil }
        return sqlite3_column_int64(statement, 0)
    }
}
