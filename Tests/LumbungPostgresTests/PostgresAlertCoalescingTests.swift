import LumbungCore
import Testing
@testable import LumbungPostgres

/// On PostgreSQL as on SQLite, a write that opens and resolves the same alert leaves no trace of it.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresAlertCoalescingTests {
    @Test func aBatchThatEmptiesAndRefillsTheShelfLeavesNoOutOfStockAlertButTheOneTrueAtCommitStays() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            let lpg = PostgresStockTests.lpg, outlet = PostgresStockTests.outlet
            _ = try first.recordMovements([NewMovement(commodity: lpg, kind: .receipt, quantity: 5),
                                           NewMovement(commodity: lpg, kind: .sale, quantity: 5),
                                           NewMovement(commodity: lpg, kind: .receipt, quantity: 5)],
                                          outlet: outlet, context: PostgresStockTests.context(1))
            let counts = {
                try second.database.read { connection in
                    (alerts: try connection.queryOne("SELECT count(*) FROM alerts") { $0.int(0) },
                     events: try connection.queryOne("SELECT count(*) FROM alert_events") { $0.int(0) })
                }
            }
            #expect(try counts().alerts == 0)
            #expect(try counts().events == 0)
            _ = try second.recordMovements([NewMovement(commodity: lpg, kind: .receipt, quantity: 1),
                                            NewMovement(commodity: lpg, kind: .sale, quantity: 6)],
                                           outlet: outlet, context: PostgresStockTests.context(2))
            let open = try first.alerts(AlertFilter(status: .open), page: PageRequest()).items
            #expect(open.map(\.kind) == [.outOfStock])
            #expect(try counts().events == 1)
        }
    }
}
