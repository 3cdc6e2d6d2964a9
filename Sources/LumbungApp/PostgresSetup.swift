import LumbungPostgres

/// What `lumbung` does with a PostgreSQL database today: create and migrate its schema, copy to and
/// from it; serving from it is refused with a plain message until every storage port runs on it.
public enum PostgresSetup {
    /// The refusal given when a command needs the service's storage on PostgreSQL.
    static let serviceNotAvailable = CommandError(description: """
        this version cannot serve from PostgreSQL yet (only `lumbung migrate` and `lumbung copy` accept a \
        postgresql:// database); use a SQLite file for serve, demo, token, regions and sms
        """)

    /// The refusal `lumbung backup` gives for a PostgreSQL database.
    public static let backupRefusal = CommandError(description: """
        lumbung backup copies SQLite files; back up a PostgreSQL database with pg_dump \
        (for example: pg_dump --format=custom --file=lumbung.dump "postgresql://…"), or copy it to a \
        SQLite file with lumbung copy
        """)

    /// Creates the schema or brings it up to date on the PostgreSQL database at `uri`; returns how
    /// many migrations were applied.
    public static func migrate(uri: String) throws -> Int {
        let database = try PostgresDatabase(uri: uri)
        defer { database.close() }
        return try database.migrate(PostgresSchema.migrations)
    }
}
