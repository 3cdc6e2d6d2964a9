import CSQLite

/// `SQLITE_TRANSIENT`, which does not import into Swift: SQLite copies bound text and blobs.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement (`sqlite3_stmt`), owned by the connection that prepared it.
///
/// Not Sendable: use it only on the thread currently using its connection. Finalized on deinit.
public final class Statement {
    /// The SQL text the statement was prepared from.
    public let sql: String
    /// The underlying handle; nil once finalized.
    private(set) var handle: OpaquePointer?
    /// The owning connection's handle, for error messages.
    private let db: OpaquePointer
    /// Each result column's index by name (the first of equal names), read from the prepared statement when a row is
    /// first asked for a column by name: a query's column names are fixed by its SQL, so a decoder reading every row
    /// by name looks each one up instead of comparing it with every name (a quarter of an alert list's time).
    private var columnIndexes: [String: Int]?

    /// Prepares `sql` (one statement) on the connection handle `db`.
    init(sql: String, db: OpaquePointer) throws {
        self.sql = sql
        self.db = db
        var stmt: OpaquePointer?
        let result = sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        try SQLiteError.check(result, db, sql: sql)
        guard let stmt else { throw SQLiteError.misuse("no SQL statement in text", sql: sql) }
        self.handle = stmt
    }

    deinit { finalize() }

    /// Binds `values` to parameters 1, 2, … in order.
    public func bind(_ values: [any SQLBindable]) throws {
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: offset + 1)
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: some SQLBindable, at index: Int) throws {
        try bind(value.sqlValue, at: index)
    }

    /// Binds one `SQLValue` to the 1-based parameter `index`.
    public func bind(_ value: SQLValue, at index: Int) throws {
        let stmt = try liveHandle()
        let i = Int32(index)
        let result: Int32
        switch value {
        case .null:
            result = sqlite3_bind_null(stmt, i)
        case .integer(let v):
            result = sqlite3_bind_int64(stmt, i, v)
        case .real(let v):
            result = sqlite3_bind_double(stmt, i, v)
        case .text(let v):
            // Explicit byte length, so text containing NUL characters survives intact.
            let length = UInt64(v.utf8.count)
            result = v.withCString { sqlite3_bind_text64(stmt, i, $0, length, transient, UInt8(SQLITE_UTF8)) }
        case .blob(let v) where v.isEmpty:
            // A nil pointer would bind NULL; an empty blob is a zero-length blob.
            result = sqlite3_bind_zeroblob(stmt, i, 0)
        case .blob(let v):
            result = v.withUnsafeBytes { sqlite3_bind_blob64(stmt, i, $0.baseAddress, UInt64($0.count), transient) }
        }
        try SQLiteError.check(result, db, sql: sql)
    }

    /// Advances to the next row: true when a row is available (read it via `row`), false when done.
    public func step() throws -> Bool {
        let result = sqlite3_step(try liveHandle())
        switch result {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(code: result, db: db, sql: sql)
        }
    }

    /// The current row; valid only until the next `step`, `reset` or finalize.
    public var row: Row { Row(statement: handle, owner: self) }

    /// The index of the result column called `name`, nil when there is none.
    func columnIndex(_ name: String) -> Int? {
        if let columnIndexes { return columnIndexes[name] }
        var indexes: [String: Int] = [:]
        for index in 0..<Int(sqlite3_column_count(handle)) {
            guard let text = sqlite3_column_name(handle, Int32(index)) else { continue }
            let column = String(cString: text)
            if indexes[column] == nil { indexes[column] = index }
        }
        columnIndexes = indexes
        return indexes[name]
    }

    /// Rewinds the statement so it can run again (bindings are kept); releases its read snapshot.
    public func reset() {
        // The result repeats the last step's error, which the caller has already seen.
        if let handle { sqlite3_reset(handle) }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        if let handle { sqlite3_clear_bindings(handle) }
    }

    /// True when the statement has stepped but not yet finished or been reset.
    var isBusy: Bool { handle.map { sqlite3_stmt_busy($0) != 0 } ?? false }

    /// Releases the statement; later use throws. Safe to call more than once.
    func finalize() {
        if let handle { sqlite3_finalize(handle) }
        handle = nil
    }

    /// The handle, or a misuse error when the statement was finalized (its connection closed).
    private func liveHandle() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError.misuse("statement used after finalize", sql: sql) }
        return handle
    }
}

@available(*, unavailable, message: "A Statement belongs to one connection, used by one thread at a time")
extension Statement: Sendable {}
