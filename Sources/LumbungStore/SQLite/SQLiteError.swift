import CSQLite

/// An error reported by SQLite (or by this layer misusing it), with the codes, message and SQL.
///
/// Every SQLite result code becomes a Swift error here and nowhere else: the rest of the
/// layer calls `SQLiteError.check(_:_:sql:)` or `SQLiteError(code:db:sql:)`.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code (e.g. `SQLITE_CONSTRAINT`), always `extendedCode & 0xFF`.
    public let code: Int32
    /// The extended result code (e.g. `SQLITE_CONSTRAINT_CHECK`), or `code` when none is known.
    public let extendedCode: Int32
    /// SQLite's message for the failure (`sqlite3_errmsg`), or this layer's own message.
    public let message: String
    /// The SQL being prepared or run when the error happened, if any.
    public let sql: String?

    /// Creates an error from explicit parts; prefer `init(code:db:sql:)` for real SQLite failures.
    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Creates an error from a failed call's result code and the connection's error state.
    init(code: Int32, db: OpaquePointer?, sql: String? = nil) {
        let extended = db.map { sqlite3_extended_errcode($0) } ?? code
        // The connection's extended code is only meaningful if it matches the call's code.
        let useExtended = (extended & 0xFF) == (code & 0xFF) ? extended : code
        let text: String
        if let db, let cMessage = sqlite3_errmsg(db) {
            text = String(cString: cMessage)
        } else {
            text = String(cString: sqlite3_errstr(code))
        }
        self.init(code: code, extendedCode: useExtended, message: text, sql: sql)
    }

    /// Throws an `SQLiteError` unless `result` is `SQLITE_OK`.
    static func check(_ result: Int32, _ db: OpaquePointer?, sql: String? = nil) throws(SQLiteError) {
        guard result == SQLITE_OK else { throw SQLiteError(code: result, db: db, sql: sql) }
    }

    /// An error for API misuse detected by this layer (e.g. using a closed database).
    static func misuse(_ message: String, sql: String? = nil) -> SQLiteError {
        SQLiteError(code: SQLITE_MISUSE, message: message, sql: sql)
    }

    /// True for CHECK, UNIQUE, NOT NULL, FOREIGN KEY and PRIMARY KEY violations.
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }

    /// True when the database stayed locked by another connection past the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY }

    /// A one-line description: codes, message, and the SQL when known.
    public var description: String {
        var text = "SQLite error \(code) (extended \(extendedCode)): \(message)"
        if let sql { text += " — SQL: \(sql)" }
        return text
    }
}
