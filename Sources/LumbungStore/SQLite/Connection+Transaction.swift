import CSQLite

/// Transactions: `write` and `read` blocks, nested ones as savepoints.
extension Connection {
    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE` … `COMMIT`), rolling back and
    /// rethrowing if it throws. Nested inside another block it becomes a savepoint, so an inner
    /// failure undoes only the inner work.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, so a read-then-write transaction never
    /// fails half-way with `SQLITE_BUSY` when upgrading from reader to writer.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN IMMEDIATE TRANSACTION", notingOtherCommits: true, body)
    }

    /// Runs `body` in a read transaction (`BEGIN` … `COMMIT`): every query inside sees the same
    /// snapshot (taken at the first read). Nested inside another block it becomes a savepoint.
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN DEFERRED TRANSACTION", notingOtherCommits: false, body)
    }

    /// Opens a transaction (or a savepoint if one is already open), runs `body`, then runs the writes it deferred and
    /// commits (or releases) on success and rolls back on error. The transaction statements are prepared
    /// once per connection (`run` caches them) rather than parsed again for every transaction; they are spelled out
    /// in full because a text of 15 bytes or fewer is held inside its `String`, with no address of its own by which
    /// `statement` could find it without hashing it. A write transaction first notes whether another connection
    /// committed since the last (`keptRowsGeneration`).
    private func transaction<T>(begin: String, notingOtherCommits: Bool, _ body: (Connection) throws -> T) throws -> T {
        if !isAutocommit { return try savepoint(body) }
        try run(begin)
        transactionMarks = []
        deferredWrites = DeferredWrites<DeferredWrite>()
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            if notingOtherCommits { try noteOtherCommits() }
            let result = try body(self)
            try settleDeferredWritesAtCommit()
            try run("COMMIT TRANSACTION")
            return result
        } catch {
            deferredWrites = DeferredWrites<DeferredWrite>()
            rollbackQuietly("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside `SAVEPOINT`; on error rolls back to it, so outer work is kept (the deferred writes too).
    private func savepoint<T>(_ body: (Connection) throws -> T) throws -> T {
        let sql = SavepointSQL.at(depth: transactionDepth)
        try run(sql.begin)
        let deferredMark = deferredWrites.mark
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            let result = try body(self)
            try run(sql.release)
            return result
        } catch {
            deferredWrites.rollBack(to: deferredMark)
            rollbackQuietly(sql.rollback)
            throw error
        }
    }

    /// Moves `keptRowsGeneration` on when another connection committed since this one's last write transaction began.
    private func noteOtherCommits() throws {
        let version = try queryOne("PRAGMA data_version") { $0.int64(0) }
        guard version != dataVersion else { return }
        dataVersion = version
        forgetKeptRows()
    }

    /// Runs a rollback, ignoring its failure: the original error is the one worth reporting, and
    /// SQLite may already have rolled back by itself (after SQLITE_FULL, SQLITE_IOERR, …).
    /// Rows kept from earlier transactions may be undone by it, so they are forgotten.
    private func rollbackQuietly(_ sql: String) {
        forgetKeptRows()
        guard !isAutocommit, let handle else { return }
        sqlite3_exec(handle, sql, nil, nil, nil)
    }
}

/// The statements of the savepoint at one nesting depth, `lumbung_sp<depth>`. The texts of the first depths are
/// made once, so `run` finds their prepared statements by the address of their bytes (every write of a group
/// commit is a savepoint) instead of hashing a text made anew each time.
struct SavepointSQL: Sendable {
    /// `SAVEPOINT lumbung_sp<depth>`.
    let begin: String
    /// `RELEASE lumbung_sp<depth>`.
    let release: String
    /// Rolls back to the savepoint and releases it.
    let rollback: String

    /// The statements of depth `depth`.
    init(depth: Int) {
        let name = "lumbung_sp\(depth)"
        begin = "SAVEPOINT \(name)"
        release = "RELEASE \(name)"
        rollback = "ROLLBACK TO \(name); RELEASE \(name)"
    }

    /// The statements made once for the depths writes reach.
    private static let common = (0..<8).map(SavepointSQL.init(depth:))

    /// The statements of depth `depth`, made once when it is a common one.
    static func at(depth: Int) -> SavepointSQL {
        depth < common.count ? common[depth] : SavepointSQL(depth: depth)
    }
}
