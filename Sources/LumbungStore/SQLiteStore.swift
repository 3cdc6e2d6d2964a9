import LumbungCore

/// Lumbung's storage on one SQLite database file: implements the domain's storage ports.
public final class SQLiteStore: Sendable {
    /// The database file and its connections.
    public let database: Database

    /// Opens (creating if needed) and migrates the database at `path`.
    public init(path: String, readers: Int = 4) throws {
        database = try Database(path: path, readers: readers)
        _ = try database.migrate(Schema.migrations)
    }

    /// Whether the schema at `path` needs migrating, without changing anything.
    public static var migrationCount: Int { Schema.migrations.count }

    /// Closes every connection.
    public func close() {
        database.close()
    }

    /// A consistent copy of the database, taken while writes go on.
    public func backup(to path: String) throws {
        try database.backup(to: path)
    }
}
