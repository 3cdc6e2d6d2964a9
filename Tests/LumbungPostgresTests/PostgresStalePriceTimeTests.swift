import LumbungCore
import Testing
@testable import LumbungPostgres

/// Each balance keeps its current price's time (migration 27), so the stale-price walk reads no prices.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresStalePriceTimeTests {
    /// The balance's kept price time and the current price's time, for the test outlet's LPG.
    static func times(_ store: PostgresStore) throws -> (kept: Int64?, price: Int64?) {
        try store.database.read { connection in
            (kept: try connection.queryOne("SELECT price_observed_at FROM stock_balances") { $0.optionalInt64(0) } ?? nil,
             price: try connection.queryOne("SELECT observed_at FROM current_prices") { $0.optionalInt64(0) } ?? nil)
        }
    }

    /// Records an LPG price observed at `milliseconds`.
    static func report(_ store: PostgresStore, at milliseconds: Int64) throws {
        _ = try store.recordPrice(outlet: PostgresStockTests.outlet, commodity: PostgresStockTests.lpg, price: Money(19_000),
                                  observedAt: Timestamp(millisecondsSinceEpoch: milliseconds),
                                  context: PostgresStockTests.context(milliseconds))
    }

    @Test func aBalanceKeepsItsCurrentPricesTimeThroughEveryChange() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let store = try PostgresStore(uri: uri)
            defer { store.close() }
            try PostgresStockTests.setUp(store)
            try Self.report(store, at: 1_000)  // a price before any stock: the balance made next takes its time
            _ = try store.recordMovements([NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: 5)],
                                          outlet: PostgresStockTests.outlet, context: PostgresStockTests.context(2_000))
            #expect(try Self.times(store) == (1_000, 1_000))
            try Self.report(store, at: 3_000)
            #expect(try Self.times(store) == (3_000, 3_000))
            try Self.report(store, at: 2_500)  // observed before the current price: not the current one
            #expect(try Self.times(store) == (3_000, 3_000))
            try store.database.write { try $0.run("DELETE FROM current_prices") }
            #expect(try Self.times(store) == (nil, nil))
        }
    }

    @Test func theWalkFindsStaleBalancesFromTheirKeptTimes() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let store = try PostgresStore(uri: uri)
            defer { store.close() }
            try PostgresStockTests.setUp(store)
            _ = try store.recordMovements([NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: 5)],
                                          outlet: PostgresStockTests.outlet, context: PostgresStockTests.context(1_000))
            try Self.report(store, at: 5_000)
            let walk = { (cutoff: Int64) in
                try store.database.read {
                    try PostgresStalePrices.newlyStale(staleBefore: cutoff, after: .init(outletID: "", commodity: ""), limit: 10, on: $0)
                }.map(\.outletID)
            }
            #expect(try walk(5_000) == [])
            #expect(try walk(5_001) == ["out_1"])
        }
    }
}
