import Foundation
import LumbungCore
import Testing
@testable import LumbungPostgres

/// Alerts raised through one process are listed, streamed and managed through the other.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresAlertTests {
    /// Sells the outlet's whole stock through `store`, opening an out-of-stock alert.
    static func sellOut(_ store: PostgresStore, at milliseconds: Int64) throws {
        _ = try store.recordMovements([NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: 2),
                                       NewMovement(commodity: PostgresStockTests.lpg, kind: .sale, quantity: 2)],
                                      outlet: PostgresStockTests.outlet, context: PostgresStockTests.context(milliseconds))
    }

    @Test func anAlertOpenedThroughOneIsStreamedByTheOtherAndItsLastEventIdResumes() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            let start = try second.latestAlertEventSeq()
            try Self.sellOut(first, at: 10)
            let streamed = try second.alertEvents(after: start, filter: AlertFilter(), limit: 10)
            #expect(streamed.map(\.event.type) == [.opened])
            #expect(streamed.first?.alert.kind == .outOfStock)
            #expect(streamed.first?.alert.outletName == "Gerai Kelayan")
            let lastEventID = try #require(streamed.last?.event.seq)
            #expect(try second.latestAlertEventSeq() == lastEventID)
            _ = try second.acknowledgeAlert(id: streamed[0].alert.id, note: "dikirim besok", context: PostgresStockTests.context(11))
            let resumed = try first.alertEvents(after: lastEventID, filter: AlertFilter(), limit: 10)
            #expect(resumed.map(\.event.type) == [.acknowledged])
            #expect(resumed.first?.event.note == "dikirim besok")
            #expect(resumed.first?.alert.acknowledgement?.by == "test")
        }
    }

    @Test func listingDetailCountsAndResolvingAcrossProcesses() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            try Self.sellOut(first, at: 10)
            #expect(try second.openAlertCounts() == [.outOfStock: 1])
            let page = try second.alerts(AlertFilter(status: .open, region: RegionCode("63.71")), page: PageRequest(limit: 10))
            #expect(page.items.count == 1)
            #expect(try second.alerts(AlertFilter(region: RegionCode("64")), page: PageRequest(limit: 10)).items.isEmpty)
            let id = try #require(page.items.first?.id)
            let resolved = try second.resolveAlert(id: id, note: "sudah diisi", context: PostgresStockTests.context(12))
            #expect(resolved.alert.status == .resolved)
            #expect(resolved.events.map(\.type) == [.opened, .resolved])
            #expect(throws: DomainError.conflict("Alert \(id) is already resolved.")) {
                try first.resolveAlert(id: id, note: nil, context: PostgresStockTests.context(13))
            }
            #expect(try first.alertDetail(id: id)?.events.count == 2)
            #expect(try first.alertDetail(id: "alr_none") == nil)
            #expect(try first.openAlertCounts().isEmpty)
        }
    }
}
