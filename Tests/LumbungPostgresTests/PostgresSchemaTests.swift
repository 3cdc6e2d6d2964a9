import LumbungStore
import Testing
@testable import LumbungPostgres

/// PostgreSQL's migrations keep step with SQLite's, so both hold the same data (and copy between them).
struct PostgresSchemaTests {
    @Test func everySQLiteMigrationHasItsPostgreSQLCounterpart() {
        #expect(PostgresSchema.migrations.map(\.id) == SQLiteStore.migrationIDs)
    }
}
