import LumbungCore
import LumbungStore

/// Lumbung's storage on a PostgreSQL database shared by several processes. It implements the
/// storage ports one by one (see the README's "Storage on PostgreSQL" for which); the service is
/// wired to it only once it implements them all.
public final class PostgresStore: Sendable {
    /// The sessions and the change feed.
    public let database: PostgresDatabase
    /// The advisory locks of the background jobs, by key.
    private let jobLocks: [Int64: JobLock]
    /// Stamps writes inside the writer, so this process's recorded times follow its commit order (nil:
    /// each write keeps the time its caller gave).
    private let ledgerClock: LedgerClock?

    /// Connects to `uri` and applies the missing migrations; `readers` is the worker threads + 2;
    /// `jobKeys` are the advisory lock keys `exclusively` accepts; reads past `readBudgetMilliseconds`
    /// (when given) are cancelled; `clock`, when given, stamps the writes as SQLite's writer does.
    public init(uri: String, readers: Int = 4, jobKeys: [Int64] = [], readBudgetMilliseconds: Int? = nil,
                clock: (any Clock)? = nil) throws {
        ledgerClock = clock.map(LedgerClock.init)
        database = try PostgresDatabase(uri: uri, readers: readers, readBudgetMilliseconds: readBudgetMilliseconds)
        jobLocks = Dictionary(uniqueKeysWithValues: jobKeys.map { ($0, JobLock(uri: uri, key: $0)) })
        do {
            try database.migrate(PostgresSchema.migrations)
        } catch {
            database.close()
            throw error
        }
    }

    /// Runs `body` unless a session of any process holds the advisory lock `key` (then nil, without
    /// running it): a background job run this way runs in one process at a time. `key` must be one
    /// of the `jobKeys` given at opening.
    public func exclusively<T>(lockKey key: Int64, _ body: () throws -> T) throws -> T? {
        guard let lock = jobLocks[key] else { throw PostgresError.misuse("advisory lock \(key) was not declared") }
        return try lock.run(body)
    }

    /// Runs `body` in one write transaction with `context` stamped inside it by the ledger clock, if any
    /// (never earlier than a previous stamp of this process), as SQLite's writer does.
    func write<T>(_ context: WriteContext, _ body: (PostgresConnection, WriteContext) throws -> T) throws -> T {
        try database.write { try body($0, ledgerClock?.stamp(context) ?? context) }
    }

    /// Closes every session.
    public func close() {
        jobLocks.values.forEach { $0.close() }
        database.close()
    }
}

extension PostgresStore: StorageHealth {
    /// Runs a trivial query on a reader.
    public func check() throws {
        _ = try database.read { try $0.queryOne("SELECT 1") { $0.int(0) } }
    }

    /// The size of the database on the server.
    public func sizeInBytes() throws -> Int64 {
        try database.read { try $0.queryOne("SELECT pg_database_size(current_database())") { $0.int64(0) } } ?? 0
    }

    /// Nil: a write that cannot succeed says why itself (see `PostgresError.unavailability`).
    public var writeProblem: StorageUnavailability? { nil }

    /// Changes whenever any process's commit may have changed what a read sees: a hash of the server's
    /// current snapshot, so a read in this process right after a write acknowledged by another one never
    /// gets an answer cached before it (a notification could still be on its way). When the server
    /// cannot be asked, the generation heard from `NOTIFY` stands in (kept answers are served meanwhile).
    public var changeGeneration: UInt64 {
        guard let snapshot = try? database.currentSnapshot() else { return database.changeGeneration }
        return snapshot.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }  // FNV-1a
    }
}
