import LumbungCore
import Testing
@testable import LumbungStore

/// The region stock check ranks balances in memory and keeps outlets' names and places between requests; after
/// every one of many random writes (movements, price reports a minute apart, band changes, outlet, cooperative and region edits
/// made behind the server's back) its answer equals the one-statement query computed from scratch.
@Suite(.sqliteOnly("compares SQLite's stock check with its own one-statement SQL"))
struct StockCheckDriftTests {
    let app: TestApp
    let admin: String
    let villages = ["63.71.01.1001", "63.71.01.1002", "63.71.01.1008", "63.71.03.1005", "63.10.01.2001", "15.71.01.1001"]

    init() throws {
        app = try TestApp()
        try app.ensureStockCommodities()
        admin = try app.makeToken(.admin)
        #expect(try app.importRegions(TestApp.sampleRegions, token: admin).status == 200)
    }

    /// The checks compared after each write: regions of every level, limits below and above the matches.
    static let checks: [(region: String, limit: Int, commodity: String)] = [
        ("63.71", 3, "lpg-3kg"), ("63", 20, "lpg-3kg"), ("63.71.01", 2, "lpg-3kg"), ("63.71.01.1001", 5, "lpg-3kg"),
        ("63.71", 4, "beras-medium"), ("15", 5, "lpg-3kg"), ("63", 1, "lpg-3kg"), ("63", 2, "beras-medium"),
        ("63.71", 1, "lpg-3kg"),
    ]

    /// The store's answer and the one the one-statement SQL (`AvailabilityQueries.inRegion`) gives in the same state.
    func answers(_ region: String, limit: Int, commodity: String) throws -> (kept: Availability, fresh: Availability) {
        let store = try app.sqliteStore
        let query = AvailabilityQuery(commodity: try #require(CommodityID(rawValue: commodity)),
                                      region: try #require(RegionCode(region)), near: nil, radiusKm: 10, limit: limit)
        let kept = try store.availability(query)
        let bounds = RegionBounds(RegionScope(query.region))
        var outlets = 0
        var total = Quantity.zero
        let items = try store.database.read { connection in
            var columns: AvailableOutletColumns?
            return try connection.query(AvailabilityQueries.inRegion, [commodity, bounds.lower, bounds.upper, limit]) { row in
                let found = try columns ?? AvailableOutletColumns(row)
                columns = found
                outlets = row.int(found.outletsWithStock)
                total = AvailabilityQueries.total(high: row.int64(found.totalHigh), low: row.int64(found.totalLow))
                return try found.outlet(row)
            }
        }
        let fresh = Availability(commodity: kept.commodity, region: kept.region, outletsWithStock: items.isEmpty ? 0 : outlets,
                                 totalQuantity: items.isEmpty ? .zero : total, items: items)
        return (kept, fresh)
    }

    /// Expects every check to answer as the one-statement SQL does, after `step`.
    func expectNoDrift(after step: String) throws {
        for check in Self.checks {
            let (kept, fresh) = try answers(check.region, limit: check.limit, commodity: check.commodity)
            #expect(kept == fresh, "\(check) after \(step)")
        }
    }

    @Test func manyRandomWritesLeaveTheAnswerEqualToTheQueryFromScratch() throws {
        var random = FastRandomGenerator()
        let outlets = try (0..<12).map { index in
            let village = villages[index % villages.count]
            let cooperative = try app.makeCooperative(village: village, name: "Koperasi \(index)")
            return try app.makeOutlet(cooperativeID: cooperative, village: village, name: "Gerai \(index)",
                                      latitude: index % 3 == 0 ? nil : -3.3 - Double(index) / 100, longitude: index % 3 == 0 ? nil : 114.6)
        }
        try expectNoDrift(after: "nothing")
        for step in 0..<160 {
            let outlet = outlets.randomElement(using: &random)!
            let commodity = ["lpg-3kg", "lpg-3kg", "beras-medium"].randomElement(using: &random)!
            let action: String
            switch Int.random(in: 0..<13, using: &random) {
            case 0..<4:
                let kind = Bool.random(using: &random) ? "receipt" : "sale"
                action = "\(kind) at \(outlet)"
                try app.move(outlet, kind, "\(Int.random(in: 1...4, using: &random))", commodity: commodity, token: admin)
            case 4..<7:
                action = "price at \(outlet), a minute after the last"
                app.clock.advance(by: 60_000)  // so that a price reported again is observed later
                try app.reportPrice(outlet, [18_000, 18_500, 19_000].randomElement(using: &random)!, commodity: commodity,
                                    token: admin)
            case 7:
                action = "band"
                try app.postBand("lpg-3kg", region: "63.71", min: Int.random(in: 17_000...18_600, using: &random),
                                 max: 18_800, effectiveFrom: "2025-10-0\(Int.random(in: 1...9, using: &random))T00:00:00Z",
                                 token: admin)
            case 8:
                action = "outlet \(outlet) renamed and moved by another process"
                try app.sql("UPDATE outlets SET name = ?, address = ?, latitude = ?, longitude = ? WHERE id = ?",
                            "Gerai \(step)", "Jalan \(step)", -3.0 - Double(step) / 1000, 114.5, outlet)
            case 9:
                action = "cooperative renamed by another process"
                try app.sql("UPDATE cooperatives SET name = ? WHERE id = (SELECT cooperative_id FROM outlets WHERE id = ?)",
                            "Koperasi \(step)", outlet)
            case 10:
                action = "village renamed by a region import"
                let renamed = TestApp.sampleRegions.replacingOccurrences(of: "Kelayan Selatan", with: "Kelayan \(step)")
                #expect(try app.importRegions(renamed, token: admin).status == 200)
            case 11:
                let village = villages.randomElement(using: &random)!
                action = "outlet \(outlet) moved to \(village) by another process (its balances follow at their next movement)"
                try app.sql("UPDATE outlets SET region = ? WHERE id = ?", village, outlet)
            default:
                action = "sold out at \(outlet)"
                if let balance = try app.storedBalance(outlet, commodity), balance > 0 {
                    try app.move(outlet, "sale", Quantity(thousandths: balance).description, commodity: commodity, token: admin)
                }
            }
            try expectNoDrift(after: "step \(step): \(action)")
        }
        #expect(try app.sqliteStore.listedOutlets.current.count > 0, "the names were kept between checks (by the thread that checked)")
    }

    @Test func aNameChangedBehindTheServersBackShowsAtTheNextCheck() throws {
        let cooperative = try app.makeCooperative(village: "63.71.01.1001", name: "Koperasi Lama")
        let outlet = try app.makeOutlet(cooperativeID: cooperative, village: "63.71.01.1001", name: "Gerai Lama")
        #expect(try app.move(outlet, "receipt", "3", token: admin).status == 201)
        let check = "/v1/availability?commodity=lpg-3kg&region=63.71&limit=5"
        let before = try app.request("GET", check, headers: [("Cache-Control", "no-cache")])
        #expect(before.string("items.0.outletName") == "Gerai Lama" && before.string("items.0.cooperativeName") == "Koperasi Lama")
        try app.sql("UPDATE outlets SET name = 'Gerai Baru' WHERE id = ?", outlet)
        try app.sql("UPDATE cooperatives SET name = 'Koperasi Baru' WHERE id = ?", cooperative)
        try app.sql("UPDATE commodities SET name = 'Elpiji 3 kg' WHERE id = 'lpg-3kg'")
        let after = try app.request("GET", check, headers: [("Cache-Control", "no-cache")])
        #expect(after.string("items.0.outletName") == "Gerai Baru" && after.string("items.0.cooperativeName") == "Koperasi Baru")
        #expect(before.string("commodity.name") == "LPG 3 kg" && after.string("commodity.name") == "Elpiji 3 kg")
        #expect(try app.sqlInt("SELECT count(*) FROM directory_generation") == 1)
    }
}
