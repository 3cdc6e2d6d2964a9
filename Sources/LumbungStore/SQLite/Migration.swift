/// One schema change: an id (its position in the append-only list), a name, and its SQL.
public struct Migration: Sendable, Equatable {
    /// Positive and strictly increasing along the list; never reused or renumbered.
    public let id: Int
    /// A short human-readable name, recorded in `schema_migrations`.
    public let name: String
    /// One or more `;`-separated statements, run in one transaction.
    ///
    /// Pragmas that are no-ops inside a transaction (`foreign_keys`, `journal_mode`) do not belong here.
    public let sql: String
    /// Fills what the SQL created from rows already stored (in the same transaction, after the SQL);
    /// nil when the SQL is all.
    public let derive: (@Sendable (Connection) throws -> Void)?

    /// Creates a migration.
    public init(id: Int, name: String, sql: String, derive: (@Sendable (Connection) throws -> Void)? = nil) {
        self.id = id
        self.name = name
        self.sql = sql
        self.derive = derive
    }

    /// Migrations are equal by id, name and SQL.
    public static func == (lhs: Migration, rhs: Migration) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.sql == rhs.sql
    }
}
