import CSQLite
import CWALWrites
import Synchronization

/// One SQLite connection with a prepared-statement cache.
///
/// Not Sendable: a connection is used by one thread at a time (it is opened with
/// `SQLITE_OPEN_NOMUTEX`; `Database` hands each connection to one thread at a time).
public final class Connection {
    /// The database file path.
    public let path: String
    /// True when opened read-only.
    public let readOnly: Bool
    /// The `sqlite3*` handle; nil once closed.
    private(set) var handle: OpaquePointer?
    /// Prepared statements keyed by their SQL text.
    private var cache: [String: Statement] = [:]
    /// The statement last found for each address of an SQL text's bytes: nearly every SQL text is a constant, whose
    /// address finds its statement without hashing the whole text (a write looks up a dozen or more statements).
    private var byAddress: [UInt: Statement] = [:]
    /// The most addresses remembered; texts built per call (filters, pages) come and go at new addresses.
    private static let addressesKept = 512
    /// How many `write`/`read` blocks are open (names the savepoints of nested ones).
    var transactionDepth = 0
    /// Names that code running in the current transaction noted for later in the same transaction (e.g. rows it
    /// created); emptied whenever a new outermost transaction begins.
    public var transactionMarks: Set<String> = []
    /// Row writes put off until the current transaction commits (`deferWrite`).
    var deferredWrites = DeferredWrites<DeferredWrite>()
    /// Names what this connection's earlier transactions left in the database, for memories of those rows kept between
    /// transactions (`GenerationMemory`). It takes a new value, unique in the process, whenever such rows may have
    /// changed behind the memory's back: another connection committed (seen as a write transaction begins), a
    /// rollback undid work, or the caller rewrote them wholesale (`forgetKeptRows`).
    public private(set) var keptRowsGeneration: Int64 = 0
    /// `PRAGMA data_version` as the last write transaction began: it changes when another connection commits.
    var dataVersion: Int64?
    /// The last value handed out as a `keptRowsGeneration`.
    private static let keptRowsGenerations = Atomic<Int64>(0)
    /// The time limit of statements run inside `limiting(to:_:)`.
    private let budget = QueryBudget()

    /// Process-wide settings, applied once before the first connection opens (`lumbung_sqlite_configure`): memory
    /// statistics off, and savepoint journals in memory up to `statementJournalBytes`; then the file layer that
    /// gathers WAL writes (`gathersWALWrites`) is registered.
    private static let processSettings: Void = {
        _ = lumbung_sqlite_configure(statementJournalBytes)
        _ = lumbung_wal_writes_register()
    }()
    /// How large a savepoint journal grows in memory before it moves to a temporary file (SQLite's default: 64 KiB).
    /// One request's savepoint journals the pages it changes, and the journal is emptied when the savepoint ends; a
    /// price report that opens an alert changed more than 64 KiB of pages now and then, and every later savepoint of
    /// its group then went to the file. It must stay under 128 KiB: on moving, the journal writes its memory to the
    /// file in one call, and SQLite's unix file layer writes at most 128 KiB − 1 bytes per call (the length is masked
    /// with 0x1ffff), so a larger journal failed with `SQLITE_FULL` as it moved (SQLite 3.40).
    static let statementJournalBytes: Int32 = 120 << 10

    /// How long a statement waits for a lock held by another connection before `SQLITE_BUSY`.
    public static let busyTimeoutMilliseconds: Int32 = 5000

    /// Opens (creating if needed, unless read-only) the database at `path` and configures it:
    /// WAL journal and `durability` on a writable connection, foreign keys on, busy timeout.
    public init(path: String, readOnly: Bool = false, durability: Durability = .full,
                readerTuning: ReaderTuning = ReaderTuning()) throws {
        self.path = path
        self.readOnly = readOnly
        _ = Self.processSettings
        let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var db: OpaquePointer?
        let result = sqlite3_open_v2(path, &db, access | SQLITE_OPEN_NOMUTEX,
                                     Self.gathersWALWrites(readOnly: readOnly, durability: durability) ? LUMBUNG_WAL_WRITES_VFS : nil)
        guard result == SQLITE_OK, let db else {
            let error = SQLiteError(code: result, db: db)
            sqlite3_close_v2(db)  // A handle is usually allocated even when opening fails.
            throw error
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        do {
            try SQLiteError.check(sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds), db)
            budget.install(on: db)
            try configure(durability: durability)
            if readOnly { try execute(readerTuning.pragmas) }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Whether the connection writes its WAL through the file layer that gathers a commit's frames into a few large
    /// writes (`wal_writes.c`) instead of two system calls per page. Only a connection that syncs every commit may:
    /// the sync is what writes the gathered frames out before other connections are told about them.
    private static func gathersWALWrites(readOnly: Bool, durability: Durability) -> Bool {
        !readOnly && durability == .full
    }

    /// Sets the per-connection pragmas; the journal mode is set (and persisted) by writers only.
    private func configure(durability: Durability) throws {
        if !readOnly {
            let mode = try queryOne("PRAGMA journal_mode=WAL") { $0.string(0) }
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError.misuse("could not enable WAL (journal_mode is \(mode ?? "unknown"))")
            }
            // See `Durability` for what each setting may lose on power failure.
            try execute("PRAGMA synchronous=\(durability.pragmaValue)")
        }
        try execute("PRAGMA foreign_keys=ON")
    }

    /// The open handle, or a misuse error after `close()`.
    func liveHandle(sql: String? = nil) throws -> OpaquePointer {
        guard let handle else { throw SQLiteError.misuse("connection is closed", sql: sql) }
        return handle
    }

    /// Runs one or more `;`-separated statements with no parameters (`sqlite3_exec`); rows are ignored.
    public func execute(_ sql: String) throws {
        let db = try liveHandle(sql: sql)
        try SQLiteError.check(sqlite3_exec(db, sql, nil, nil, nil), db, sql: sql)
    }

    /// The cached prepared statement for `sql`, reset and with its bindings cleared.
    ///
    /// If the cached statement is still in use (a query nested inside a row closure running the
    /// same SQL), a fresh uncached statement is returned instead so the outer one is undisturbed.
    public func statement(_ sql: String) throws -> Statement {
        let db = try liveHandle(sql: sql)
        if let cached = cachedStatement(sql) {
            if cached.isBusy { return try Statement(sql: sql, db: db) }
            cached.reset()
            cached.clearBindings()
            return cached
        }
        let statement = try Statement(sql: sql, db: db)
        cache[sql] = statement
        return statement
    }

    /// The cached statement of `sql`, found by the address of its bytes when it was looked up there before (and
    /// checked to be the same text: texts with equal storage compare at once), else by the text.
    private func cachedStatement(_ sql: String) -> Statement? {
        let address = sql.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? 0
        if address != 0, let known = byAddress[address], known.sql == sql { return known }
        guard let found = cache[sql] else { return nil }
        if address != 0 {
            if byAddress.count >= Self.addressesKept { byAddress.removeAll(keepingCapacity: true) }
            byAddress[address] = found
        }
        return found
    }

    /// Makes memories of rows read or written by this connection's earlier transactions out of date: they are read again.
    public func forgetKeptRows() {
        keptRowsGeneration = Self.keptRowsGenerations.add(1, ordering: .relaxed).newValue
    }

    /// Number of statements in the cache.
    var cachedStatementCount: Int { cache.count }

    /// Runs a statement that returns no rows (INSERT/UPDATE/DELETE/DDL); returns rows changed.
    @discardableResult
    public func run(_ sql: String, _ args: [any SQLBindable] = []) throws -> Int {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(args)
        while try statement.step() {}
        return changes
    }

    /// Runs a query and maps every row with `row` (the `Row` is valid only inside the closure).
    public func query<T>(_ sql: String, _ args: [any SQLBindable] = [], row: (Row) throws -> T) throws -> [T] {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(args)
        var results: [T] = []
        while try statement.step() {
            results.append(try row(statement.row))
        }
        return results
    }

    /// Runs a query and maps its first row, or returns nil when there is none.
    public func queryOne<T>(_ sql: String, _ args: [any SQLBindable] = [], row: (Row) throws -> T) throws -> T? {
        let statement = try statement(sql)
        defer { statement.reset() }
        try statement.bind(args)
        return try statement.step() ? row(statement.row) : nil
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Runs `body` with every statement interrupted once `nanoseconds` have passed (`SQLITE_INTERRUPT`);
    /// nil runs it without a limit.
    public func limiting<T>(to nanoseconds: UInt64?, _ body: (Connection) throws -> T) throws -> T {
        try budget.limiting(to: nanoseconds) { try body(self) }
    }

    /// Rows changed by the most recent INSERT/UPDATE/DELETE on this connection.
    public var changes: Int {
        handle.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// True when no transaction is open (SQLite's autocommit mode).
    public var isAutocommit: Bool {
        handle.map { sqlite3_get_autocommit($0) != 0 } ?? true
    }

    /// Finalizes cached statements and closes the connection; safe to call more than once.
    ///
    /// Uses `sqlite3_close_v2`, so statements still held elsewhere do not keep the call from
    /// succeeding: the handle is freed when the last of them is finalized.
    public func close() {
        for statement in cache.values { statement.finalize() }
        cache.removeAll()
        byAddress.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }
}

@available(*, unavailable, message: "A Connection is used by one thread at a time; share a Database instead")
extension Connection: Sendable {}
