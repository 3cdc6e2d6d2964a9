import Foundation
import Synchronization
import LumbungCore
import Testing
@testable import LumbungPostgres

/// Sales recorded on PostgreSQL through two stores (two processes) at once never oversell.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresStockTests {
    /// The outlet the tests sell at.
    static let outlet = OutletSummary(id: "out_1", cooperativeID: "coop_1", name: "Gerai Kelayan", region: RegionCode("63.71.01.1001")!)
    /// The commodity sold.
    static let lpg = CommodityID("lpg-3kg")!

    /// Inserts the catalogue entry, the cooperative and the outlet.
    static func setUp(_ store: PostgresStore) throws {
        try store.database.write { connection in
            try connection.execute("""
                INSERT INTO commodities VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                INSERT INTO cooperatives VALUES ('coop_1', 'Koperasi Kelayan', '63.71.01.1001', 0);
                INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Kelayan', '63.71.01.1001', 0);
                """)
        }
    }

    /// A context at `milliseconds`.
    static func context(_ milliseconds: Int64) -> WriteContext {
        WriteContext(now: Timestamp(millisecondsSinceEpoch: milliseconds), actor: "test", staleAfterHours: 48)
    }

    @Test func sixtyFourSalesOfOneAgainstFiftyThroughTwoProcessesSellExactlyFifty() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            _ = try first.recordMovements([NewMovement(commodity: Self.lpg, kind: .receipt, quantity: 50)],
                                          outlet: Self.outlet, context: Self.context(1))
            let outcomes = ThreadSafeList<String>()
            onThreads(64) { index in
                let store = index.isMultiple(of: 2) ? first : second
                do {
                    _ = try store.recordMovements([NewMovement(commodity: Self.lpg, kind: .sale, quantity: 1)],
                                                  outlet: Self.outlet, context: Self.context(2))
                    outcomes.append("sold")
                } catch let rejected as MovementRejected {
                    outcomes.append(rejected.reason == .insufficientStock(available: .zero) ? "refused" : "\(rejected.reason)")
                } catch {
                    outcomes.append("\(error)")
                }
            }
            #expect(outcomes.all.filter { $0 == "sold" }.count == 50)
            #expect(outcomes.all.filter { $0 == "refused" }.count == 14)
            let figures = try second.database.read { connection in
                (balance: try connection.queryOne("SELECT quantity FROM stock_balances") { $0.int64(0) },
                 sales: try connection.queryOne("SELECT count(*) FROM stock_movements WHERE kind = 'sale'") { $0.int(0) },
                 lowest: try connection.queryOne("SELECT min(balance_after) FROM stock_movements") { $0.int64(0) },
                 openOutOfStock: try connection.queryOne("SELECT count(*) FROM alerts WHERE kind = 'out_of_stock' AND status = 'open'") { $0.int(0) })
            }
            #expect(figures.balance == 0)
            #expect(figures.sales == 50)
            #expect(figures.lowest == 0)
            #expect(figures.openOutOfStock == 1)
        }
    }

    @Test func aRefusedBatchLeavesNothingAndAnIdempotentSaleNestsItsWrite() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            #expect(throws: MovementRejected.self) {
                try first.recordMovements([NewMovement(commodity: Self.lpg, kind: .receipt, quantity: 5),
                                           NewMovement(commodity: Self.lpg, kind: .sale, quantity: 6)],
                                          outlet: Self.outlet, context: Self.context(1))
            }
            #expect(try first.database.read { try $0.queryOne("SELECT count(*) FROM stock_movements") { $0.int(0) } } == 0)
            let answer = try second.once(scope: "tok", key: "k", requestHash: "h", now: Timestamp(millisecondsSinceEpoch: 2)) {
                let recorded = try second.recordMovements([NewMovement(commodity: Self.lpg, kind: .receipt, quantity: 3)],
                                                          outlet: Self.outlet, context: Self.context(2))
                return StoredResponse(status: 201, headers: [], body: Array(recorded[0].id.utf8))
            }
            #expect(!answer.replayed)
            #expect(try first.database.read { try $0.queryOne("SELECT quantity FROM stock_balances") { $0.int64(0) } } == 3000)
        }
    }

    @Test func aStreamFollowingEventIdsMissesNoneWrittenByEitherProcess() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            let outlets = (0..<12).map { OutletSummary(id: "out_s\($0)", cooperativeID: "coop_1", name: "Gerai \($0)", region: Self.outlet.region) }
            try first.database.write { connection in
                for outlet in outlets {
                    try connection.run("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ($1, 'coop_1', $2, $3, 0)",
                                       [outlet.id, outlet.name, outlet.region.rawValue])
                }
            }
            let done = Atomic<Bool>(false)
            let seen = ThreadSafeList<Int64>()
            let follower = Thread {
                var last: Int64 = 0
                while !done.load(ordering: .acquiring) {
                    let fresh = (try? second.database.read { try $0.query("SELECT seq FROM alert_events WHERE seq > $1 ORDER BY seq", [last]) { $0.int64(0) } }) ?? []
                    fresh.forEach(seen.append)
                    last = fresh.last ?? last
                }
            }
            follower.start()
            onThreads(24) { index in
                let store = index.isMultiple(of: 2) ? first : second
                for round in 0..<10 {
                    let kind: MovementKind = round.isMultiple(of: 2) ? .receipt : .sale
                    _ = try? store.recordMovements([NewMovement(commodity: Self.lpg, kind: kind, quantity: 1)],
                                                   outlet: outlets[index % outlets.count], context: Self.context(Int64(index)))
                }
            }
            Thread.sleep(forTimeInterval: 0.3)
            done.store(true, ordering: .releasing)
            Thread.sleep(forTimeInterval: 0.1)
            let all = try first.database.read { try $0.query("SELECT seq FROM alert_events ORDER BY seq") { $0.int64(0) } }
            #expect(all.count >= 2)
            #expect(seen.all == all, "every event id is seen, in order, by a reader that only asks for ids after the last one")
        }
    }
}

/// The stock reads and thresholds on PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresShelfTests {
    @Test func theLedgerPagesNewestFirstAndTheShelfShowsBalanceAndThreshold() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            _ = try first.recordMovements((1...5).map { NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: Quantity(whole: Int64($0))!) },
                                          outlet: PostgresStockTests.outlet, context: PostgresStockTests.context(1))
            let page = try second.movements(outletID: "out_1", commodity: nil, before: nil, limit: 3)
            #expect(page.items.map(\.quantity) == [5, 4, 3])
            let rest = try second.movements(outletID: "out_1", commodity: PostgresStockTests.lpg,
                                            before: Int64(try #require(page.nextCursor))!, limit: 3)
            #expect(rest.items.map(\.quantity) == [2, 1])
            #expect(rest.nextCursor == nil)
            let item = try second.setLowThreshold(20, outlet: PostgresStockTests.outlet, commodity: PostgresStockTests.lpg,
                                                  context: PostgresStockTests.context(2))
            #expect(item.quantity == 15)
            #expect(item.lowThreshold == 20)
            #expect(try first.shelf(outletID: "out_1").map(\.quantity) == [15])
            #expect(try first.openAlertCounts() == [.lowStock: 1])
            #expect(throws: DomainError.notFound("No commodity beras-medium.")) {
                try first.setLowThreshold(1, outlet: PostgresStockTests.outlet, commodity: CommodityID("beras-medium")!,
                                          context: PostgresStockTests.context(3))
            }
        }
    }
}
