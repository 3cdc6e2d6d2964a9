import Testing
@testable import LumbungApp

/// The `database` setting names a SQLite file or, by its URI, a PostgreSQL database.
struct DatabaseLocationTests {
    @Test func aPostgreSQLURISelectsPostgreSQLAndAnythingElseAFile() {
        #expect(DatabaseLocation("postgresql://u:p@h:5432/d") == .postgresql(uri: "postgresql://u:p@h:5432/d"))
        #expect(DatabaseLocation("POSTGRES://h/d") == .postgresql(uri: "POSTGRES://h/d"))
        #expect(DatabaseLocation("data/lumbung.sqlite") == .sqlite(path: "data/lumbung.sqlite"))
    }

    @Test func thePasswordIsNeverShown() {
        #expect(DatabaseLocation("postgresql://lumbung:s3cret@db:5432/lumbung").displayName == "postgresql://lumbung:***@db:5432/lumbung")
        #expect(DatabaseLocation("postgresql://lumbung@db/lumbung").displayName == "postgresql://lumbung@db/lumbung")
    }

    @Test func anUnreachableServerFailsToOpenAndBackupNamesPgDump() {
        var settings = Settings()
        settings.databasePath = "postgresql://nobody@/none?host=/nonexistent"
        #expect(throws: (any Error).self) { try Application.openStore(settings) }
        #expect(PostgresSetup.backupRefusal.description.contains("pg_dump"))
    }
}
