import LumbungPostgres
import LumbungStore

/// `lumbung copy`: a whole database from SQLite to PostgreSQL or back, in one transaction on the
/// destination, which must be empty; every table's row count is checked before committing.
public struct DatabaseCopy {
    /// Where the rows come from.
    let source: DatabaseLocation
    /// Where they go.
    let destination: DatabaseLocation

    /// Rows inserted per statement into PostgreSQL.
    static let batchRows = 200

    /// A copy from `source` to `destination`; they must be one SQLite file and one PostgreSQL database.
    public init(from source: DatabaseLocation, to destination: DatabaseLocation) throws {
        switch (source, destination) {
        case (.sqlite, .postgresql), (.postgresql, .sqlite):
            self.source = source
            self.destination = destination
        case (.sqlite, .sqlite):
            throw CommandError(description: "both databases are SQLite files: use lumbung backup to copy a SQLite file")
        case (.postgresql, .postgresql):
            throw CommandError(description: "both databases are PostgreSQL: use pg_dump and pg_restore between servers")
        }
    }

    /// Copies every table; returns the rows copied per table. Nothing is written when it throws.
    public func run() throws -> [(table: String, rows: Int)] {
        switch (source, destination) {
        case (.sqlite(let path), .postgresql(let uri)):
            return try Self.withBoth(sqlitePath: path, postgresURI: uri) { sqlite, postgres in
                try sqlite.database.read { from in try postgres.write { to in try SQLiteToPostgres(from: from, to: to).copy() } }
            }
        case (.postgresql(let uri), .sqlite(let path)):
            return try Self.withBoth(sqlitePath: path, postgresURI: uri) { sqlite, postgres in
                try postgres.read { from in try sqlite.database.write { to in try PostgresToSQLite(from: from, to: to).copy() } }
            }
        default:
            throw CommandError(description: "copy needs one SQLite file and one PostgreSQL database")
        }
    }

    /// Opens (creating and migrating, never seeding) both databases and hands them to `body`.
    private static func withBoth<T>(sqlitePath: String, postgresURI: String,
                                    _ body: (SQLiteStore, PostgresDatabase) throws -> T) throws -> T {
        let sqlite = try SQLiteStore(path: sqlitePath, readers: 1)
        defer { sqlite.close() }
        let postgres = try PostgresDatabase(uri: postgresURI, readers: 1)
        defer { postgres.close() }
        try postgres.migrate(PostgresSchema.migrations)
        return try body(sqlite, postgres)
    }

    /// Throws unless both sides have exactly the same tables (a schema one side lacks cannot be copied).
    static func requireSameTables(postgres: [String], sqlite: [String]) throws {
        let missing = Set(sqlite).subtracting(postgres).sorted()
        let extra = Set(postgres).subtracting(sqlite).sorted()
        guard missing.isEmpty && extra.isEmpty else {
            throw CommandError(description: "the two schemas differ (only in SQLite: \(missing), only in PostgreSQL: \(extra)); nothing was copied")
        }
    }

    /// Throws unless the destination table is empty.
    static func requireEmpty(_ table: String, rows: Int) throws {
        guard rows == 0 else {
            throw CommandError(description: "the destination already holds \(rows) rows in \(table): copy only into an empty database; nothing was copied")
        }
    }

    /// Throws unless the copied count matches the source's.
    static func requireCount(_ table: String, source: Int, destination: Int) throws {
        guard source == destination else {
            throw CommandError(description: "\(table): \(source) rows read but \(destination) written; nothing was copied")
        }
    }
}
