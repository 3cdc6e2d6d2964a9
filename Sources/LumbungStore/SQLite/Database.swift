import CSQLite
import Foundation
import LumbungCore
import Synchronization

/// One database file: a single serialised writer connection and a pool of read-only readers.
///
/// Create one per file and share it between threads. Bodies run synchronously on the calling
/// thread; the `Connection` passed in must not escape the body.
public final class Database: Sendable {
    /// The database file path.
    public let path: String
    /// The one writer (WAL allows one writer alongside any number of readers).
    private let writer: WriterSlot
    /// Read-only connections for `read` and `backup`.
    private let readers: LendingPool<Connection>
    /// Counts committed writes (and commits of other processes, once noticed).
    private let generation = Atomic<UInt64>(0)
    /// Why the last write failed for want of storage (nil after a transaction committed without such a failure).
    private let writeFailure = Mutex<StorageUnavailability?>(nil)
    /// Counts the writes that failed for want of storage, so that a transaction can tell whether one inside it did.
    private let storageFailures = Atomic<UInt64>(0)
    /// How long one read may run, in nanoseconds (nil: unlimited); see `read`.
    public let readBudgetNanoseconds: UInt64?
    /// Notices commits of other processes.
    private let changeWatch: ChangeWatch
    /// Whether the file and its folder may be written.
    private let permission: WritePermission

    /// Opens (creating if needed) the database at `path` in WAL mode.
    ///
    /// - Parameters:
    ///   - readers: the most reader connections open at once; pass the number of server
    ///     threads + 2 so request threads never wait for one.
    ///   - durability: the writer's `synchronous` setting (see `Durability`).
    ///   - readerTuning: the page cache and memory map of each reader.
    ///   - readBudgetNanoseconds: how long one `read` may run before its statements are interrupted.
    public init(path: String, readers: Int = 4, durability: Durability = .full,
                readerTuning: ReaderTuning = ReaderTuning(), readBudgetNanoseconds: UInt64? = nil) throws {
        guard readers >= 1 else { throw SQLiteError.misuse("a database needs at least one reader") }
        self.path = path
        self.readBudgetNanoseconds = readBudgetNanoseconds
        self.permission = WritePermission(path: path)
        self.writer = WriterSlot(try Connection(path: path, durability: durability))
        self.readers = LendingPool(capacity: readers,
                                   open: { try Connection(path: path, readOnly: true, readerTuning: readerTuning) },
                                   dispose: { $0.close() }, closedError: { SQLiteError.misuse("database is closed") })
        self.changeWatch = ChangeWatch(path: path)
    }

    /// Runs `body` on the writer inside `BEGIN IMMEDIATE` … `COMMIT`, one caller at a time;
    /// rolls back and rethrows if `body` throws. A nested call on the same thread is a savepoint.
    ///
    /// A write that fails for want of storage is remembered (`writeProblem`) until a whole transaction commits with
    /// no such failure inside it: a group commit whose one savepoint ran out of space commits the others (or
    /// nothing), which shows nothing about the space the failed write needed.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        let failuresBefore = storageFailures.load(ordering: .acquiring)
        let (result, outermost): (T, Bool)
        do {
            (result, outermost) = try writer.withConnection { connection in
                let outermost = connection.isAutocommit
                return (try connection.write(body), outermost)
            }
        } catch let error as SQLiteError where error.unavailability != nil {
            storageFailures.add(1, ordering: .releasing)
            writeFailure.withLock { $0 = error.unavailability }
            throw error
        }
        if outermost, storageFailures.load(ordering: .acquiring) == failuresBefore { writeFailure.withLock { $0 = nil } }
        generation.add(1, ordering: .releasing)
        return result
    }

    /// Runs `body` holding the writer in a bulk load's settings, then back to its own: for a load into a new database
    /// that writes only rows whose parents it wrote itself, in long transactions.
    /// - Foreign-key checks are off: checking every reference costs a B-tree seek per row.
    /// - Statement journals stay in memory whatever their size (`temp_store = MEMORY`). Otherwise the first statement
    ///   whose journal outgrows `Connection.statementJournalBytes` moves it to a temporary file for the rest of the
    ///   transaction, and every later statement writes each page it journals there (35 GB for the national demo).
    ///
    /// Writes inside `body` (on this thread) use the same writer; other threads' writes wait. Outside a transaction
    /// only: SQLite ignores the foreign-key pragma inside one and refuses to change where temporary data goes.
    public func bulkLoading<T>(_ body: () throws -> T) throws -> T {
        try writer.withConnection { connection in
            try connection.execute("PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY")
            defer { try? connection.execute("PRAGMA foreign_keys = ON; PRAGMA temp_store = DEFAULT") }
            return try body()
        }
    }

    /// Copies every page the WAL holds into the database file and empties the WAL (`wal_checkpoint(TRUNCATE)`),
    /// waiting for readers of older snapshots: for the end of a bulk load. A load ends with its last transactions'
    /// pages in the WAL, and closing does not checkpoint them (the last connection to close is a read-only one), so
    /// every process that opens the file later rebuilds the WAL's index and looks each page it reads up there first,
    /// until a write checkpoints it: the national demo left 110,076 pages (453 MB). Throws `SQLITE_BUSY` when another
    /// connection kept the checkpoint from finishing.
    public func checkpoint() throws {
        try writer.withConnection { connection in
            let busy = try connection.queryOne("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int64(0) }
            guard busy == 0 else {
                throw SQLiteError(code: SQLITE_BUSY, message: "the checkpoint waited for another connection in vain")
            }
        }
    }

    /// Whether writes can succeed: `.readOnly` when the file or its folder cannot be written (as of at most
    /// 100 ms ago, see `WritePermission`), else why the
    /// last write failed for want of storage (disk full, I/O error), else nil. Never waits for the writer.
    public var writeProblem: StorageUnavailability? {
        if !permission.writable { return .readOnly }
        return writeFailure.withLock { $0 }
    }

    /// How many `write` calls have committed (nested ones included): a cheap "did anything change?" check.
    public var writeGeneration: UInt64 { generation.load(ordering: .acquiring) }

    /// Like `writeGeneration`, and also grows when another process has committed since the last
    /// call (one `PRAGMA data_version` query): use it before trusting anything cached.
    public var changeGeneration: UInt64 {
        changeWatch.look { generation.add(1, ordering: .releasing) }
        return generation.load(ordering: .acquiring)
    }

    /// Runs `body` on a reader inside a read transaction: one consistent snapshot of committed
    /// data. Blocks while all readers are in use. A read running past `readBudgetNanoseconds` fails with
    /// `SQLITE_INTERRUPT`, so no caller holds a thread for long; background work that must finish (the alert
    /// sweep) passes `withinBudget: false`.
    public func read<T>(withinBudget: Bool = true, _ body: (Connection) throws -> T) throws -> T {
        try readers.lend { reader in
            try reader.limiting(to: withinBudget ? readBudgetNanoseconds : nil) { try $0.read(body) }
        }
    }

    /// Runs `body` on a reader without opening a transaction: for one statement, which SQLite runs
    /// on its own snapshot anyway (saves the `BEGIN` and `COMMIT` steps of `read`).
    public func readOneStatement<T>(_ body: (Connection) throws -> T) throws -> T {
        try readers.lend(body)
    }

    /// Applies missing migrations on the writer; returns how many were applied.
    @discardableResult
    public func migrate(_ migrations: [Migration]) throws -> Int {
        try writer.withConnection { try Migrator.migrate($0, migrations) }
    }

    /// Writes a consistent copy of the database to the new file `path`, from a reader, while
    /// writes continue (see `Connection.backup(to:)`).
    public func backup(to path: String) throws {
        try readers.lend { try $0.backup(to: path) }
    }

    /// Waits for reads and the current write to finish, then closes every connection.
    /// Later calls throw `SQLiteError` (misuse: "database is closed"); closing twice is harmless.
    public func close() {
        changeWatch.close()
        readers.close()
        writer.close()
    }
}
