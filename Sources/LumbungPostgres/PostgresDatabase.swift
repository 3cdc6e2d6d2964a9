import LumbungCore
import LumbungStore
import Synchronization

/// One PostgreSQL database shared with other processes: one writer session, a pool of reader
/// sessions (one per worker thread), and a listener that hears other processes' commits.
///
/// Every write transaction ends with `NOTIFY lumbung_changes`, so every process sharing the
/// database (this one included) advances `changeGeneration` and empties its caches.
public final class PostgresDatabase: Sendable {
    /// Where the database is.
    public let uri: String
    /// The writer session, one transaction at a time.
    private let writer: WriterSlot
    /// Sessions for reads.
    private let readers: LendingPool<PostgresConnection>
    /// Counts local commits and commits heard from any process.
    private let generation = Atomic<UInt64>(0)
    /// The notification listener.
    let feed: ChangeFeed

    /// The channel every committed write notifies.
    static let changesChannel = "lumbung_changes"

    /// Connects (lazily, except the listener) to `uri`; `readers` should be the server's worker threads + 2.
    /// Read statements running longer than `readBudgetMilliseconds` (when given) are cancelled, which is
    /// `over_budget` (503); `read(withinBudget: false)` lifts it for one snapshot.
    public init(uri: String, readers: Int = 4, readBudgetMilliseconds: Int? = nil) throws {
        self.uri = uri
        writer = WriterSlot(uri: uri)
        let setup = readBudgetMilliseconds.map { "SET statement_timeout = \(max(1, $0))" }
        self.readers = LendingPool(capacity: readers, open: { try Self.openReader(uri: uri, setup: setup) },
                                   dispose: { $0.close() }, isReusable: { $0.isHealthy },
                                   closedError: { PostgresError.misuse("database is closed") })
        feed = try ChangeFeed(uri: uri, channels: [Self.changesChannel])
        feed.onNotification { [weak self] channel, _ in
            if channel == Self.changesChannel { self?.generation.add(1, ordering: .releasing) }
        }
    }

    /// How many times a transaction that lost a deadlock or serialization race is run again.
    static let retries = 3

    /// A new reader session with `setup` (session settings) run on it, if any.
    private static func openReader(uri: String, setup: String?) throws -> PostgresConnection {
        let connection = try PostgresConnection(uri: uri)
        do {
            if let setup { try connection.execute(setup) }
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    /// Runs `body` in one transaction on the writer; commits (and notifies every process) or rolls back.
    /// A write nested in another on the same thread is a savepoint of the outer transaction. An
    /// outermost transaction chosen as a deadlock victim is run again from the start (so `body`
    /// must only write through the connection); a lost server surfaces as a `PostgresError` that is
    /// `unreachable` (answered 503 `storage_unavailable`), with nothing of the transaction committed.
    @discardableResult
    public func write<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        var attempt = 0
        while true {
            var nested = false
            do {
                let value = try writer.withConnection { connection, isNested in
                    nested = isNested
                    return try connection.transaction { connection in
                        let value = try body(connection)
                        if !isNested { try connection.execute("NOTIFY \(Self.changesChannel)") }
                        return value
                    }
                }
                generation.add(1, ordering: .releasing)
                return value
            } catch let error as PostgresError where error.isRetryable && !nested && attempt < Self.retries {
                attempt += 1
            }
        }
    }

    /// Runs `body` in one read-only snapshot (`REPEATABLE READ`) on a reader session, within the read
    /// budget unless `withinBudget` is false (the sweep's reads).
    public func read<T>(withinBudget: Bool = true, _ body: (PostgresConnection) throws -> T) throws -> T {
        try readers.lend { connection in
            try connection.transaction { connection in
                try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                                       + (withinBudget ? "" : "; SET LOCAL statement_timeout = 0"))
                return try body(connection)
            }
        }
    }

    /// Grows with every local commit and every commit notified by another process.
    public var changeGeneration: UInt64 { generation.load(ordering: .acquiring) }

    /// The server's current snapshot as text (`xmin:xmax:in-progress ids`), read outside any transaction:
    /// it stays the same exactly as long as no transaction of the cluster has started writing or ended.
    public func currentSnapshot() throws -> String {
        try readers.lend { try $0.queryOne("SELECT pg_current_snapshot()::text") { $0.string(0) } } ?? ""
    }

    /// Applies the missing migrations (one process at a time); returns how many were applied.
    @discardableResult
    public func migrate(_ migrations: [Migration]) throws -> Int {
        try writer.withConnection { connection, _ in try PostgresMigrator.migrate(connection, migrations) }
    }

    /// Stops listening and closes every session.
    public func close() {
        feed.close()
        readers.close()
        writer.close()
    }
}
