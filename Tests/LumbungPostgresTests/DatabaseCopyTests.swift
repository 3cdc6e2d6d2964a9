import Foundation
import LumbungCore
import LumbungStore
import Testing
@testable import LumbungApp
@testable import LumbungPostgres

/// `lumbung copy` moves every row between SQLite and PostgreSQL and back unchanged, or nothing.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct DatabaseCopyTests {
    /// A new folder for SQLite files, removed afterwards.
    static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lumbung-copy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// A SQLite database seeded like `lumbung demo`, with one kept response whose body is binary.
    static func demoDatabase(at path: String) throws {
        var settings = Settings()
        settings.databasePath = path
        let store = try Application.openSQLite(settings)
        defer { store.close() }
        _ = try Demo(store: store).small()
        _ = try store.once(scope: "tok_x", key: "k1", requestHash: "h", now: Timestamp(millisecondsSinceEpoch: 1)) {
            StoredResponse(status: 201, headers: [["Content-Type", "application/json"]], body: [0, 1, 2, 255])
        }
    }

    /// Every shared and derived table's rows as text, ordered, for comparing two SQLite files (SQLite's own keys
    /// may differ).
    static func contents(of path: String) throws -> [String: [String]] {
        let database = try Database(path: path, readers: 1)
        defer { database.close() }
        return try database.read { connection in
            let tables = try SQLiteStore.sharedTables(on: connection) + DerivedTables.names.sorted()
            var contents: [String: [String]] = [:]
            for table in tables {
                contents[table] = try connection.query("SELECT * FROM \(table)") { row in
                    (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|")
                }.sorted()
            }
            return contents
        }
    }

    @Test func sqliteToPostgresAndBackKeepsEveryRow() throws {
        try Self.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                try Self.demoDatabase(at: "\(folder)/a.sqlite")
                let there = try DatabaseCopy(from: .sqlite(path: "\(folder)/a.sqlite"), to: .postgresql(uri: uri)).run()
                let back = try DatabaseCopy(from: .postgresql(uri: uri), to: .sqlite(path: "\(folder)/b.sqlite")).run()
                #expect(there.map(\.rows).reduce(0, +) > 100)
                #expect(Dictionary(uniqueKeysWithValues: there.map { ($0.table, $0.rows) })
                        == Dictionary(uniqueKeysWithValues: back.map { ($0.table, $0.rows) }))
                let original = try Self.contents(of: "\(folder)/a.sqlite")
                #expect(original["idempotency_keys"]?.first?.contains("blob([0, 1, 2, 255])") == true)
                #expect(original["price_distributions"]?.isEmpty == false, "the derived price distributions are rebuilt, not copied")
                #expect(try Self.contents(of: "\(folder)/b.sqlite") == original)
            }
        }
    }

    @Test func copiedSequencesHandOutFreshIds() throws {
        try Self.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                try Self.demoDatabase(at: "\(folder)/a.sqlite")
                _ = try DatabaseCopy(from: .sqlite(path: "\(folder)/a.sqlite"), to: .postgresql(uri: uri)).run()
                let connection = try PostgresConnection(uri: uri)
                defer { connection.close() }
                let greatest = try connection.queryOne("SELECT max(seq) FROM alert_events") { $0.int64(0) } ?? 0
                let next = try connection.queryOne("""
                    INSERT INTO alert_events (alert_id, type, at) SELECT id, 'updated', 0 FROM alerts LIMIT 1 RETURNING seq
                    """) { $0.int64(0) }
                #expect(greatest > 0)
                #expect(next == greatest + 1)
            }
        }
    }

    @Test func aDestinationWithDataIsRefusedAndLeftAsItWas() throws {
        try Self.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                try Self.demoDatabase(at: "\(folder)/a.sqlite")
                _ = try DatabaseCopy(from: .sqlite(path: "\(folder)/a.sqlite"), to: .postgresql(uri: uri)).run()
                let before = try Self.counts(uri)
                #expect(throws: CommandError.self) {
                    try DatabaseCopy(from: .sqlite(path: "\(folder)/a.sqlite"), to: .postgresql(uri: uri)).run()
                }
                #expect(try Self.counts(uri) == before)
            }
        }
    }

    @Test func aSchemaPostgreSQLLacksIsRefusedBeforeWritingAnything() throws {
        try Self.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                try Self.demoDatabase(at: "\(folder)/a.sqlite")
                let database = try Database(path: "\(folder)/a.sqlite", readers: 1)
                try database.write { try $0.execute("CREATE TABLE only_here (x INTEGER)") }
                database.close()
                #expect(throws: CommandError.self) {
                    try DatabaseCopy(from: .sqlite(path: "\(folder)/a.sqlite"), to: .postgresql(uri: uri)).run()
                }
                #expect(try Self.counts(uri).values.allSatisfy { $0 == 0 })
            }
        }
    }

    @Test func twoDatabasesOfOneKindAreRefused() {
        #expect(throws: CommandError.self) { try DatabaseCopy(from: .sqlite(path: "a"), to: .sqlite(path: "b")) }
        #expect(throws: CommandError.self) {
            try DatabaseCopy(from: .postgresql(uri: "postgresql://a/b"), to: .postgresql(uri: "postgresql://c/d"))
        }
    }

    /// Rows per table of the PostgreSQL database.
    static func counts(_ uri: String) throws -> [String: Int] {
        let connection = try PostgresConnection(uri: uri)
        defer { connection.close() }
        let catalog = try PostgresCatalog(connection)
        var counts: [String: Int] = [:]
        for table in catalog.tables {
            counts[table.name] = try connection.queryOne("SELECT count(*) FROM \(table.name)") { $0.int(0) }
        }
        return counts
    }
}
