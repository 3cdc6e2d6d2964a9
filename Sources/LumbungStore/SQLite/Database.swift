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
    private let readers: ReaderPool
    /// Counts committed writes (and commits of other processes, once noticed).
    private let generation = Atomic<UInt64>(0)
    /// Notices commits of other processes.
    private let changeWatch: ChangeWatch

    /// Opens (creating if needed) the database at `path` in WAL mode.
    ///
    /// - Parameters:
    ///   - readers: the most reader connections open at once; pass the number of server
    ///     threads + 2 so request threads never wait for one.
    ///   - durability: the writer's `synchronous` setting (see `Durability`).
    public init(path: String, readers: Int = 4, durability: Durability = .full) throws {
        guard readers >= 1 else { throw SQLiteError.misuse("a database needs at least one reader") }
        self.path = path
        self.writer = WriterSlot(try Connection(path: path, durability: durability))
        self.readers = ReaderPool(path: path, capacity: readers)
        self.changeWatch = ChangeWatch(path: path)
    }

    /// Runs `body` on the writer inside `BEGIN IMMEDIATE` … `COMMIT`, one caller at a time;
    /// rolls back and rethrows if `body` throws. A nested call on the same thread is a savepoint.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        let result = try writer.withConnection { try $0.write(body) }
        generation.add(1, ordering: .releasing)
        return result
    }

    /// How many `write` calls have committed (nested ones included): a cheap "did anything change?" check.
    public var writeGeneration: UInt64 { generation.load(ordering: .acquiring) }

    /// Like `writeGeneration`, and also grows when another process has committed since the last
    /// call (one `PRAGMA data_version` query): use it before trusting anything cached.
    public var changeGeneration: UInt64 {
        if changeWatch.changedSinceLastLook() { generation.add(1, ordering: .releasing) }
        return generation.load(ordering: .acquiring)
    }

    /// Runs `body` on a reader inside a read transaction: one consistent snapshot of committed
    /// data. Blocks while all readers are in use.
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try readers.withReader { try $0.read(body) }
    }

    /// Applies missing migrations on the writer; returns how many were applied.
    @discardableResult
    public func migrate(_ migrations: [Migration]) throws -> Int {
        try writer.withConnection { try Migrator.migrate($0, migrations) }
    }

    /// Writes a consistent copy of the database to the new file `path`, from a reader, while
    /// writes continue (see `Connection.backup(to:)`).
    public func backup(to path: String) throws {
        try readers.withReader { try $0.backup(to: path) }
    }

    /// Waits for reads and the current write to finish, then closes every connection.
    /// Later calls throw `SQLiteError` (misuse: "database is closed"); closing twice is harmless.
    public func close() {
        changeWatch.close()
        readers.close()
        writer.close()
    }
}
