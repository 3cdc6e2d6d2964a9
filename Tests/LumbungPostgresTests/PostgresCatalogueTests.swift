import LumbungCore
import Testing
@testable import LumbungPostgres

/// The commodity catalogue and outlets on PostgreSQL, written by one process and read by the other.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresCatalogueTests {
    @Test func commoditiesKeepTheirAliasesInOrderAndAnAliasHasOneOwner() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            let lpg = Commodity(id: CommodityID("lpg-3kg")!, name: "LPG 3 kg", unit: "tabung", category: .lpg, aliases: ["LPG", "GAS", "ELPIJI"])
            #expect(try first.putCommodity(lpg, now: Timestamp(millisecondsSinceEpoch: 1)))
            #expect(try !second.putCommodity(lpg, now: Timestamp(millisecondsSinceEpoch: 2)))
            let rice = Commodity(id: CommodityID("beras-medium")!, name: "Beras medium", unit: "kg", category: .beras, aliases: ["GAS"])
            #expect(throws: DomainError.conflict("The alias GAS already belongs to lpg-3kg.")) {
                try second.putCommodity(rice, now: Timestamp(millisecondsSinceEpoch: 3))
            }
            let catalogue = try first.commodities(page: PageRequest(limit: 10)).items
            #expect(catalogue.map(\.id.rawValue) == ["lpg-3kg"])
            #expect(catalogue.first?.aliases == ["LPG", "GAS", "ELPIJI"])
        }
    }

    @Test func outletsPageByIdWithinARegionAndACooperative() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            try first.addOutlet(Outlet(id: "out_0", cooperativeID: "coop_1", name: "Gerai Nol", region: RegionCode("63.71.01.1001")!,
                                       latitude: -3.33, longitude: 114.59, address: "Jl. A. Yani", createdAt: Timestamp(millisecondsSinceEpoch: 1)))
            let page = try second.outlets(OutletQuery(region: RegionCode("63.71"), cooperativeID: "coop_1"), page: PageRequest(limit: 1))
            #expect(page.items.map(\.id) == ["out_0"])
            #expect(page.items.first?.latitude == -3.33)
            let next = try second.outlets(OutletQuery(region: RegionCode("63.71"), cooperativeID: "coop_1"),
                                          page: PageRequest(limit: 1, cursor: page.nextCursor))
            #expect(next.items.map(\.id) == ["out_1"])
            #expect(try second.outlets(OutletQuery(region: RegionCode("64"), cooperativeID: nil), page: PageRequest(limit: 5)).items.isEmpty)
            #expect(try second.outlet(id: "out_0")?.address == "Jl. A. Yani")
        }
    }
}
