import LumbungCore
import Testing

/// The stock check ranks by each balance's current price, and lists that price's status and time, which follow every
/// price report and band: a first price for an outlet without one, a changed price, the same price reported again
/// later, a band that judges it anew, and a new balance of an outlet already priced.
@Suite struct StockRankingKeyTests {
    let app: TestApp
    let admin: String

    init() throws {
        app = try TestApp()
        try app.ensureStockCommodities()
        admin = try app.makeToken(.admin)
    }

    /// A new outlet in `village` of its own cooperative.
    func outlet(_ name: String, village: String = "63.71.01.1001") throws -> String {
        let cooperative = try app.makeCooperative(village: village, name: "Koperasi \(name)")
        return try app.makeOutlet(cooperativeID: cooperative, village: village, name: "Gerai \(name)")
    }

    /// Reports `price` for lpg-3kg at `outlet` now.
    func report(_ outlet: String, _ price: Int) throws {
        let posted = try app.request("POST", "/v1/outlets/\(outlet)/prices", token: admin,
                                     json: #"{"commodity":"lpg-3kg","price":\#(price)}"#)
        #expect(posted.status == 201)
    }

    /// The province's stock check: outlet names in order with their prices.
    func ranking() throws -> [String] {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63&limit=20",
                                    headers: [("Cache-Control", "no-cache")])
        #expect(found.status == 200)
        return (0..<found.count("items")).map { index in
            "\(found.string("items.\(index).outletName") ?? "?") \(found.number("items.\(index).price") ?? "-")"
        }
    }

    /// On SQLite, every balance's stored ranking key, status and time equal its outlet's current price's (NULL
    /// without one).
    func expectStoredKeysMatchCurrentPrices() throws {
        guard !app.onPostgres else { return }
        let mismatched = try app.sqlInt("""
            SELECT count(*) FROM stock_balances b LEFT JOIN current_prices p
              ON p.outlet_id = b.outlet_id AND p.commodity = b.commodity
            WHERE b.price IS NOT p.price OR b.price_status IS NOT p.status OR b.price_observed_at IS NOT p.observed_at
            """)
        #expect(mismatched == 0)
    }

    /// The district's uncached stock check: the first listed outlet's price, status and time.
    func firstListed() throws -> String {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71&limit=5",
                                    headers: [("Cache-Control", "no-cache")])
        #expect(found.status == 200)
        return "\(found.number("items.0.price") ?? "-") \(found.string("items.0.priceStatus") ?? "-") "
            + (found.string("items.0.priceObservedAt") ?? "-")
    }

    @Test func theListedStatusAndTimeFollowRepeatedReportsAndBands() throws {
        let shop = try outlet("Tetap")
        #expect(try app.move(shop, "receipt", "3", token: admin).status == 201)
        #expect(try firstListed() == "- - -", "no price yet")
        let first = try app.reportPrice(shop, 19_000, token: admin)
        #expect(first.status == 201)
        #expect(try firstListed() == "19000 in_band \(first.string("observedAt") ?? "?")")
        app.advance(hours: 2)
        let again = try app.reportPrice(shop, 19_000, token: admin)
        #expect(again.status == 201 && again.string("observedAt") != first.string("observedAt"))
        #expect(try firstListed() == "19000 in_band \(again.string("observedAt") ?? "?")",
                "the same price reported later moves its time")
        #expect(try app.postBand("lpg-3kg", region: "63.71", min: 16_000, max: 18_000, token: admin).status == 201)
        #expect(try firstListed() == "19000 above_band \(again.string("observedAt") ?? "?")", "a new band judges the price anew")
        try expectStoredKeysMatchCurrentPrices()
    }

    @Test func theRankingFollowsFirstAndChangedPricesAndNewBalances() throws {
        let priced = try outlet("Berharga")
        let unpriced = try outlet("Baru", village: "63.71.02.1001")
        #expect(try app.move(priced, "receipt", "5", token: admin).status == 201)
        try report(priced, 19_000)
        #expect(try app.move(unpriced, "receipt", "8", token: admin).status == 201)
        #expect(try ranking() == ["Gerai Berharga 19000", "Gerai Baru -"])
        try expectStoredKeysMatchCurrentPrices()

        try report(unpriced, 18_000)
        #expect(try ranking() == ["Gerai Baru 18000", "Gerai Berharga 19000"], "a first price ranks the outlet among the priced")
        try report(unpriced, 20_000)
        #expect(try ranking() == ["Gerai Berharga 19000", "Gerai Baru 20000"], "a changed price moves it")
        try expectStoredKeysMatchCurrentPrices()

        let pricedBeforeStock = try outlet("Dulu Harga", village: "63.10.01.2001")
        try report(pricedBeforeStock, 17_500)
        #expect(try ranking() == ["Gerai Berharga 19000", "Gerai Baru 20000"], "no stock, not listed")
        #expect(try app.move(pricedBeforeStock, "receipt", "1", token: admin).status == 201)
        #expect(try ranking() == ["Gerai Dulu Harga 17500", "Gerai Berharga 19000", "Gerai Baru 20000"],
                "a new balance takes its outlet's current price")
        try expectStoredKeysMatchCurrentPrices()
    }
}
