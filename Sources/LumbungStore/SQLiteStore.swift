import LumbungCore

/// Lumbung's storage on one SQLite database file: implements the domain's storage ports.
public final class SQLiteStore: Sendable {
    /// The database file and its connections.
    public let database: Database

    /// True when this open created the schema from nothing (the database is new and needs seeding).
    public let isNew: Bool

    /// Opens (creating if needed) and migrates the database at `path`; a read running longer than
    /// `readBudgetNanoseconds` is interrupted (`StorageUnavailability.overBudget`).
    public init(path: String, readers: Int = 4, readBudgetNanoseconds: UInt64? = nil) throws {
        database = try Database(path: path, readers: readers, readBudgetNanoseconds: readBudgetNanoseconds)
        isNew = try database.migrate(Schema.migrations) == Schema.migrations.count
    }

    /// Closes every connection.
    public func close() {
        database.close()
    }

    /// A consistent copy of the database, taken while writes go on.
    public func backup(to path: String) throws {
        try database.backup(to: path)
    }
}
