import LumbungCore
import Testing
@testable import LumbungPostgres

/// Cooperatives and the outlet lookup on PostgreSQL, written by one process and read by the other.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresCooperativeTests {
    @Test func cooperativesPageByIdWithinARegionAndOutletsAreFound() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            for (id, region) in [("coop_b", "63.71.01.1001"), ("coop_a", "63.71.02.1001"), ("coop_c", "64.71.01.1001")] {
                try first.addCooperative(Cooperative(id: id, name: "Koperasi \(id)", region: RegionCode(region)!,
                                                     createdAt: Timestamp(millisecondsSinceEpoch: 1)))
            }
            let firstPage = try second.cooperatives(in: RegionCode("63.71"), page: PageRequest(limit: 1))
            #expect(firstPage.items.map(\.id) == ["coop_a"])
            let secondPage = try second.cooperatives(in: RegionCode("63.71"), page: PageRequest(limit: 1, cursor: firstPage.nextCursor))
            #expect(secondPage.items.map(\.id) == ["coop_b"])
            #expect(secondPage.nextCursor == nil)
            #expect(try second.cooperatives(in: nil, page: PageRequest(limit: 10)).items.count == 3)
            #expect(try second.cooperative(id: "coop_c")?.region == RegionCode("64.71.01.1001"))
            #expect(try second.cooperative(id: "coop_none") == nil)
            try PostgresStockTests.setUp(first)
            #expect(try second.outletSummary(id: "out_1") == PostgresStockTests.outlet)
            #expect(try second.outletSummary(id: "out_none") == nil)
        }
    }
}
