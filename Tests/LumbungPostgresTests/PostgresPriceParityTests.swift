import Foundation
import LumbungCore
import LumbungStore
import Testing
@testable import LumbungPostgres

/// Prices, bands, alerts, regions and the reports on PostgreSQL answer exactly as on SQLite for the same writes.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresPriceParityTests {
    /// The scenario read back from SQLite and from PostgreSQL.
    static func bothReadings() throws -> (sqlite: [String: [String]], postgres: [String: [String]]) {
        try DatabaseCopyTests.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                let sqlite = try SQLiteStore(path: "\(folder)/parity.sqlite", clock: FixedClock(.epoch))
                defer { sqlite.close() }
                let postgres = try PostgresStore(uri: uri, clock: FixedClock(.epoch))
                defer { postgres.close() }
                try SharedPriceScenario.write(to: sqlite)
                try SharedPriceScenario.write(to: postgres)
                return (try SharedPriceScenario.read(from: sqlite), try SharedPriceScenario.read(from: postgres))
            }
        }
    }

    @Test func sweepsChangeTheSameAlertsAsOnSQLite() throws {
        let (sqlite, postgres) = try DatabaseCopyTests.withFolder { folder in
            try PostgresTestServer.withFreshDatabase { uri in
                let sqlite = try SQLiteStore(path: "\(folder)/sweep.sqlite", clock: FixedClock(.epoch))
                defer { sqlite.close() }
                let postgres = try PostgresStore(uri: uri, clock: FixedClock(.epoch))
                defer { postgres.close() }
                var readings: [(outcomes: [String], alerts: [String]?)] = []
                for store in [sqlite as any PriceScenarioStore, postgres] {
                    try SharedPriceScenario.write(to: store)
                    let outcomes = try SharedSweepScenario.run(on: store) { since, context in
                        let outcome = try (store as? SQLiteStore)?.sweepAlerts(since: since, context: context)
                            ?? postgres.sweepAlerts(since: since, context: context)
                        return "\(outcome)"
                    }
                    readings.append((outcomes, try SharedPriceScenario.read(from: store)["alerts"]))
                }
                return (readings[0], readings[1])
            }
        }
        #expect(postgres.outcomes == sqlite.outcomes)
        #expect(postgres.alerts == sqlite.alerts)
        #expect(sqlite.outcomes.first?.contains("staleOpened: 2") == true)
        #expect(sqlite.outcomes.dropFirst().first?.contains("bandsApplied: 1") == true)
        #expect(sqlite.alerts?.contains { $0.contains("stale_price open out_e") } == true)
        #expect(sqlite.alerts?.contains { $0.contains("price_above_band open out_b") && $0.contains("bnd_future") } == true)
    }

    @Test func everyReadingAgreesWithSQLite() throws {
        let (sqlite, postgres) = try Self.bothReadings()
        #expect(Set(postgres.keys) == Set(sqlite.keys))
        for key in sqlite.keys.sorted() {
            #expect(postgres[key] == sqlite[key], "\(key)")
        }
        // The scenario exercises what it claims to: the regional alert rose to siaga and resolved, the later
        // band judged current prices again, the late report stayed out of the current price.
        let regional = sqlite["regional alerts in 63"] ?? []
        #expect(regional.count == 1)
        #expect(regional.first?.contains(" resolved ") == true)
        let events = sqlite["alerts"]?.first { $0.contains("regional_price_rise") } ?? ""
        #expect(events.contains(":opened:9,7%") && events.contains(":updated:13,9%") && events.contains(":resolved:-3,5%"))
        #expect(sqlite["alerts"]?.filter { $0.contains("price_above_band") && $0.contains("bnd_banjarmasin") }.count == 4)
        #expect(sqlite["alerts"]?.contains { $0.contains("price_below_band") && $0.contains("out_a") } == true)
        #expect(sqlite["history out_a"]?.count == 5)
        #expect(sqlite["daily prices"]?.contains("63.71.01.1001 Rp14.000 2025-10-11T02:00:00Z") == true)
        #expect(sqlite["all counts"] == ["total 6", "price_above_band 4", "price_below_band 1", "regional_price_rise 1",
                                         "63.71 1", "63.71.01 5"])
        #expect(sqlite["quiet since day 35"]?.map { $0.prefix(5) } == ["out_c", "out_d"])
    }
}
