import Foundation
import LumbungCore
import LumbungStore
import Testing
@testable import LumbungPostgres

/// Several `PostgresDatabase`s on one database behave like several processes sharing it.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresDatabaseTests {
    @Test func migrationsApplyOnceEvenWhenProcessesStartTogether() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let first = try PostgresDatabase(uri: uri)
            let second = try PostgresDatabase(uri: uri)
            defer { first.close(); second.close() }
            let applied = ThreadSafeList<Int>()
            onThreads(2) { index in
                applied.append((try? (index == 0 ? first : second).migrate(PostgresSchema.migrations)) ?? -1)
            }
            #expect(applied.all.sorted() == [0, PostgresSchema.migrations.count])
            #expect(try first.migrate(PostgresSchema.migrations) == 0)
            let recorded = try first.read { try $0.query("SELECT id FROM schema_migrations ORDER BY id") { $0.int(0) } }
            #expect(recorded == PostgresSchema.migrations.map(\.id))
        }
    }

    @Test func aDatabaseWithUnknownMigrationsIsRefused() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let database = try PostgresDatabase(uri: uri)
            defer { database.close() }
            try database.migrate(PostgresSchema.migrations)
            try database.write { try $0.run("INSERT INTO schema_migrations (id, name) VALUES (9999, 'future')") }
            #expect(throws: MigrationError.databaseIsNewer(unknownIDs: [9999])) {
                try database.migrate(PostgresSchema.migrations)
            }
        }
    }

    @Test func conditionalSalesFromTwoProcessesNeverOversell() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let first = try PostgresDatabase(uri: uri)
            let second = try PostgresDatabase(uri: uri)
            defer { first.close(); second.close() }
            try first.write { try $0.execute("CREATE TABLE shelf (item TEXT PRIMARY KEY, quantity BIGINT NOT NULL CHECK (quantity >= 0)); INSERT INTO shelf VALUES ('lpg', 50)") }
            let sold = ThreadSafeList<Bool>()
            onThreads(64) { index in
                let database = index.isMultiple(of: 2) ? first : second
                let changed = try? database.write { try $0.run("UPDATE shelf SET quantity = quantity - 1 WHERE item = 'lpg' AND quantity >= 1") }
                sold.append(changed == 1)
            }
            #expect(sold.all.filter { $0 }.count == 50)
            #expect(try second.read { try $0.queryOne("SELECT quantity FROM shelf") { $0.int(0) } } == 0)
        }
    }

    @Test func aCommitInOneProcessAdvancesTheOthersChangeGeneration() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let writer = try PostgresDatabase(uri: uri)
            let other = try PostgresDatabase(uri: uri)
            defer { writer.close(); other.close() }
            let before = other.changeGeneration
            try writer.write { try $0.execute("CREATE TABLE t (x BIGINT)") }
            let deadline = Date().addingTimeInterval(5)
            while other.changeGeneration == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            #expect(other.changeGeneration > before)
        }
    }

    @Test func aLostSessionAnswersUnavailableOnceThenReconnects() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let database = try PostgresDatabase(uri: uri)
            defer { database.close() }
            #expect(try database.read { try $0.queryOne("SELECT 1") { $0.int(0) } } == 1)
            let before = database.changeGeneration
            let admin = try PostgresConnection(uri: uri)
            defer { admin.close() }
            try admin.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
            #expect { try database.read { try $0.queryOne("SELECT 1") { $0.int(0) } } } throws: {
                ($0 as? any StorageFailure)?.unavailability == .unreachable
            }
            #expect(try database.read { try $0.queryOne("SELECT 1") { $0.int(0) } } == 1)
            let deadline = Date().addingTimeInterval(5)
            while database.changeGeneration == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(database.changeGeneration > before, "the listener reconnects and reports possibly missed commits")
        }
    }
}
