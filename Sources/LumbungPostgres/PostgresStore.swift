import LumbungCore
import LumbungStore

/// Lumbung's storage on a PostgreSQL database shared by several processes. It implements the
/// storage ports one by one (see the README's "Storage on PostgreSQL" for which); the service is
/// wired to it only once it implements them all.
public final class PostgresStore: Sendable {
    /// The sessions and the change feed.
    public let database: PostgresDatabase

    /// Connects to `uri` and applies the missing migrations; `readers` is the worker threads + 2.
    public init(uri: String, readers: Int = 4) throws {
        database = try PostgresDatabase(uri: uri, readers: readers)
        do {
            try database.migrate(PostgresSchema.migrations)
        } catch {
            database.close()
            throw error
        }
    }

    /// Closes every session.
    public func close() {
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

    /// Grows with every commit of any process sharing the database (see `PostgresDatabase.changeGeneration`).
    public var changeGeneration: UInt64 { database.changeGeneration }
}
