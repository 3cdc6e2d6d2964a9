import LumbungCore
import Testing
@testable import LumbungPostgres

/// The stock check on PostgreSQL: order, totals, region and radius, as on SQLite.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresAvailabilityTests {
    /// A second outlet, 2 km north of the first, in another kelurahan.
    static let north = OutletSummary(id: "out_2", cooperativeID: "coop_1", name: "Gerai Utara", region: RegionCode("63.71.02.1001")!)

    /// Two located outlets holding LPG: out_1 30 at 19,000 (in band), out_2 70 unpriced.
    static func setUp(_ store: PostgresStore) throws {
        try PostgresStockTests.setUp(store)
        try store.database.write { connection in
            try connection.execute("""
                INSERT INTO regions (code, name, name_folded, level, parent) VALUES ('63', 'Kalimantan Selatan', 'kalimantan selatan', 1, NULL),
                    ('63.71', 'Kota Banjarmasin', 'kota banjarmasin', 2, '63'),
                    ('63.71.01', 'Banjarmasin Selatan', 'banjarmasin selatan', 3, '63.71'),
                    ('63.71.01.1001', 'Kelayan Luar', 'kelayan luar', 4, '63.71.01'),
                    ('63.71.02', 'Banjarmasin Timur', 'banjarmasin timur', 3, '63.71'),
                    ('63.71.02.1001', 'Kuripan', 'kuripan', 4, '63.71.02');
                UPDATE outlets SET latitude = -3.33, longitude = 114.59 WHERE id = 'out_1';
                INSERT INTO outlets (id, cooperative_id, name, region, latitude, longitude, created_at)
                    VALUES ('out_2', 'coop_1', 'Gerai Utara', '63.71.02.1001', -3.312, 114.59, 0);
                INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status)
                    VALUES ('out_1', 'lpg-3kg', '63.71.01.1001', 'pr_1', 19000, 5, 'in_band');
                """)
        }
        for (outlet, quantity) in [(PostgresStockTests.outlet, Quantity(30)), (north, Quantity(70))] {
            _ = try store.recordMovements([NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: quantity)],
                                          outlet: outlet, context: PostgresStockTests.context(1))
        }
    }

    @Test func aRegionListsCheapestFirstWithTotalsOverEveryOutlet() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            let city = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: RegionCode("63.71"), near: nil, limit: 1))
            #expect(city.region == RegionLabel(code: RegionCode("63.71")!, name: "Kota Banjarmasin"))
            #expect(city.outletsWithStock == 2)
            #expect(city.totalQuantity == Quantity(thousandths: 100_000))
            #expect(city.items.map(\.outletID) == ["out_1"])
            #expect(city.items.first?.price == Money(19000))
            #expect(city.items.first?.priceStatus == .inBand)
            #expect(city.items.first?.region.name == "Kelayan Luar")
            let both = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: nil, near: nil, limit: 10))
            #expect(both.items.map(\.outletID) == ["out_1", "out_2"])
            #expect(both.items.last?.price == nil)
            let east = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: RegionCode("63.71.02"), near: nil, limit: 10))
            #expect(east.items.map(\.outletID) == ["out_2"])
            #expect(east.totalQuantity == Quantity(thousandths: 70_000))
        }
    }

    @Test func aPointListsNearestFirstWithinTheRadius() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            let point = try #require(GeoPoint(latitude: -3.31, longitude: 114.59))
            let near = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: nil, near: point, radiusKm: 5, limit: 10))
            #expect(near.items.map(\.outletID) == ["out_2", "out_1"])
            let distances = near.items.compactMap(\.distanceKm)
            #expect(distances.count == 2 && abs(distances[0] - 0.222) < 0.01 && abs(distances[1] - 2.224) < 0.01)
            #expect(near.items.first?.location == GeoPoint(latitude: -3.312, longitude: 114.59))
            let close = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: nil, near: point, radiusKm: 1, limit: 10))
            #expect(close.items.map(\.outletID) == ["out_2"])
            #expect(close.outletsWithStock == 1)
        }
    }

    @Test func anUnknownCommodityOrRegionIsNotFoundAndSoldOutStockIsNotListed() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            #expect(throws: DomainError.notFound("No commodity beras-medium in the catalogue.")) {
                try second.availability(AvailabilityQuery(commodity: CommodityID("beras-medium")!, region: nil, near: nil, limit: 10))
            }
            #expect(throws: DomainError.notFound("No region 64.")) {
                try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: RegionCode("64"), near: nil, limit: 10))
            }
            _ = try first.recordMovements([NewMovement(commodity: PostgresStockTests.lpg, kind: .sale, quantity: 70)],
                                          outlet: Self.north, context: PostgresStockTests.context(2))
            let left = try second.availability(AvailabilityQuery(commodity: PostgresStockTests.lpg, region: RegionCode("63"), near: nil, limit: 10))
            #expect(left.items.map(\.outletID) == ["out_1"])
            #expect(left.outletsWithStock == 1)
        }
    }
}
