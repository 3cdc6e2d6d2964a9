import Foundation
import LumbungApp
import Testing
@testable import LumbungStore

/// Migration 14 moves price reports into their lean table: a database written before it answers every
/// price read exactly as the same data written after it does (ids, order, cursors, reports, series).
@Suite(.sqliteOnly("migration 14 reshapes how SQLite stores price reports; it starts from the national demo written into SQLite"))
struct LeanPriceMigrationTests {
    /// The national demo on the sample regions, plus reports through the API: two at the same instant
    /// (the order then follows the recording) and one backdated.
    static func source() throws -> TestApp {
        let app = try NationalDatasetTests.build()
        let world = try app.makeStockWorld()
        for price in [19_000, 19_500] { try app.reportPrice(world.outletID, price, token: world.shopkeeper) }
        try app.reportPrice(world.outletID, 18_500, observedAt: "2025-10-20T03:00:00Z", token: world.shopkeeper)
        return app
    }

    /// The same rows in a database whose schema stops before migration 14 (the shape released before).
    static func writeBeforeMigration(of app: TestApp, to path: String) throws {
        let old = try Database(path: path, readers: 1)
        defer { old.close() }
        try old.migrate(Schema.migrations.filter { $0.id < 14 })
        let tables = try app.sqliteStore.database.read { try SQLiteStore.sharedTables(on: $0) } + DerivedTables.names.sorted()
        let connection = try Connection(path: path)
        defer { connection.close() }
        try connection.execute("PRAGMA foreign_keys = OFF; ATTACH DATABASE '\(app.folder)/lumbung.sqlite' AS source")
        for table in tables {
            let columns = try connection.query("SELECT name FROM pragma_table_info(?, 'main')", [table]) { $0.string(0) }
                .joined(separator: ", ")
            try connection.execute("INSERT OR REPLACE INTO main.\(table) (\(columns)) SELECT \(columns) FROM source.\(table)")
        }
    }

    /// Every price answer a client can get for the data: each outlet's history page by page (all
    /// commodities, one commodity, a period), the dinas reports and series for every day, and coverage
    /// (which counts outlets by their latest report).
    static func answers(_ app: TestApp) throws -> [String] {
        let outlets = try app.sqliteStore.database.read { c in try c.query("SELECT id FROM outlets ORDER BY id") { $0.string(0) } }
        var answers: [String] = []
        for outlet in outlets {
            for filter in ["", "&commodity=lpg-3kg", "&from=2025-10-12T00:00:00Z&to=2025-10-15T00:00:00Z"] {
                var target: String? = "/v1/outlets/\(outlet)/prices?limit=7\(filter)"
                while let page = target {
                    let response = try app.request("GET", page)
                    answers.append("\(page) \(response.status) \(response.text)")
                    target = response.string("nextCursor").map { "/v1/outlets/\(outlet)/prices?limit=7\(filter)&cursor=\($0)" }
                }
            }
        }
        for day in 9...23 {
            for region in ["&region=63", "&region=63.71", ""] {
                let target = "/v1/reports/prices?commodity=lpg-3kg\(region)&date=2025-10-\(String(format: "%02d", day))"
                let response = try app.request("GET", target)
                answers.append("\(target) \(response.status) \(response.text)")
            }
        }
        for coverage in ["/v1/reports/coverage?days=7", "/v1/reports/coverage?region=63.71&days=1"] {
            let response = try app.request("GET", coverage)
            answers.append("\(coverage) \(response.status) \(response.text)")
        }
        let series = "/v1/reports/prices/series?commodity=beras-medium&from=2025-10-08&to=2025-10-23"
        let response = try app.request("GET", series)
        answers.append("\(series) \(response.status) \(response.text)")
        return answers
    }

    @Test func aDatabaseFromBeforeAnswersEveryPriceReadAsBefore() throws {
        let source = try Self.source()
        let expected = try Self.answers(source)
        #expect(expected.count > 100 && expected.allSatisfy { $0.contains(" 200 {") }, "\(expected.filter { !$0.contains(" 200 {") })")
        let path = source.folder + "/before.sqlite"
        try Self.writeBeforeMigration(of: source, to: path)
        let migrated = try TestApp { $0.databasePath = path }
        #expect(try Self.answers(migrated) == expected)
        #expect(try migrated.count("SELECT count(*) FROM price_reports") == (try source.count("SELECT count(*) FROM price_reports")))
        #expect(try migrated.count("SELECT count(*) FROM sqlite_schema WHERE name = 'price_reports' AND type = 'view'") == 1)
    }

    @Test func aMigratedDatabaseTakesNewReportsAndOutlets() throws {
        let source = try Self.source()
        let path = source.folder + "/before.sqlite"
        try Self.writeBeforeMigration(of: source, to: path)
        let migrated = try TestApp { $0.databasePath = path }
        let greatest = try migrated.count("SELECT max(seq) FROM price_reports")
        let world = try migrated.makeStockWorld()
        #expect(try migrated.reportPrice(world.outletID, 21_000, token: world.shopkeeper).status == 201)
        let history = try migrated.request("GET", "/v1/outlets/\(world.outletID)/prices?limit=1")
        #expect(history.number("items.0.price") == "21000")
        #expect(try migrated.count("SELECT max(seq) FROM price_reports") == greatest + 1)
        #expect(try migrated.count("SELECT count(*) FROM outlet_keys") == (try migrated.count("SELECT count(*) FROM outlets")))
        #expect(try migrated.count("PRAGMA foreign_key_check") == 0)
    }
}
