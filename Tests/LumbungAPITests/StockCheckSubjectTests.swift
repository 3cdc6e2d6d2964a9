import Testing

/// The stock check keeps the commodity and region it was asked about between requests: a renamed commodity or
/// region shows at the next check, and an unknown one is still not found, also once it was asked about.
@Suite struct StockCheckSubjectTests {
    let app: TestApp
    let admin: String

    init() throws {
        app = try TestApp()
        try app.ensureStockCommodities()
        admin = try app.makeToken(.admin)
        #expect(try app.importRegions(TestApp.sampleRegions, token: admin).status == 200)
        let cooperative = try app.makeCooperative(village: "63.71.01.1001", name: "Koperasi Mantuil")
        let outlet = try app.makeOutlet(cooperativeID: cooperative, village: "63.71.01.1001", name: "Gerai Mantuil")
        #expect(try app.move(outlet, "receipt", "3", token: admin).status == 201)
    }

    /// The stock check for `query`, past any answer cache.
    func check(_ query: String) throws -> APIResponse {
        try app.request("GET", "/v1/availability?\(query)", headers: [("Cache-Control", "no-cache")])
    }

    @Test func aRenamedCommodityShowsAtTheNextCheck() throws {
        let before = try check("commodity=lpg-3kg&region=63.71")
        #expect(before.status == 200 && before.string("commodity.name") == "LPG 3 kg" && before.count("items") == 1)
        let renamed = try app.request("PUT", "/v1/commodities/lpg-3kg", token: admin,
                                      json: #"{"name":"Elpiji 3 kg","unit":"tabung","category":"lpg"}"#)
        #expect(renamed.status == 200)
        let after = try check("commodity=lpg-3kg&region=63.71")
        #expect(after.status == 200 && after.string("commodity.name") == "Elpiji 3 kg" && after.count("items") == 1)
        let near = try check("commodity=lpg-3kg&near=-3.32,114.59&radiusKm=50")
        #expect(near.string("commodity.name") == "Elpiji 3 kg", "the check around a point names it too")
    }

    @Test func aRenamedRegionShowsAtTheNextCheck() throws {
        let before = try check("commodity=lpg-3kg&region=63.71.01")
        #expect(before.status == 200 && before.string("region.name") == "Banjarmasin Selatan")
        let renamed = TestApp.sampleRegions.replacingOccurrences(of: "Banjarmasin Selatan", with: "Banjarmasin Kota Selatan")
        #expect(try app.importRegions(renamed, token: admin).status == 200)
        let after = try check("commodity=lpg-3kg&region=63.71.01")
        #expect(after.status == 200 && after.string("region.name") == "Banjarmasin Kota Selatan")
    }

    @Test func anUnknownCommodityOrRegionIsNotFoundUntilItIsAdded() throws {
        #expect(try check("commodity=lpg-3kg&region=63.71").status == 200)
        for _ in 0..<2 {
            let commodity = try check("commodity=kedelai&region=63.71")
            #expect(commodity.status == 404 && commodity.string("code") == "not_found")
            let region = try check("commodity=lpg-3kg&region=63.99")
            #expect(region.status == 404 && region.string("code") == "not_found")
        }
        #expect(try app.request("PUT", "/v1/commodities/kedelai", token: admin,
                                json: #"{"name":"Kedelai","unit":"kg","category":"sembako"}"#).status == 201)
        let added = try check("commodity=kedelai&region=63.71")
        #expect(added.status == 200 && added.string("commodity.name") == "Kedelai" && added.count("items") == 0)
        #expect(try app.importRegions(
            TestApp.sampleRegions.replacingOccurrences(of: "15,Jambi", with: "63.99,Kabupaten Baru\n15,Jambi"), token: admin).status == 200)
        let region = try check("commodity=lpg-3kg&region=63.99")
        #expect(region.status == 200 && region.string("region.name") == "Kabupaten Baru")
    }
}
