import LumbungCore
import Testing

@Suite struct BandIndexTests {
    let bands = [
        TestData.band("national", region: "", max: 22_000),
        TestData.band("province", region: "63", min: 18_500, max: 20_000),
        TestData.band("province-newer", region: "63", min: 18_500, max: 20_500, from: "2025-06-01T00:00:00Z"),
        TestData.band("kota", region: "63.71", max: 21_000),
        TestData.band("future", region: "63.72", max: 25_000, from: "2026-01-01T00:00:00Z"),
        TestData.band("other-commodity", commodity: "minyakita", region: "63.72", max: 15_700),
    ]

    @Test func picksTheMostSpecificRegionThenTheLatestInForce() {
        let index = BandIndex(bands, commodity: CommodityID("lpg-3kg")!, at: TestData.time("2025-10-22T16:59:59Z"))
        #expect(index.band(at: RegionCode("63.71.01.1001"))?.id == "kota")
        #expect(index.band(at: RegionCode("63.72.02.1003"))?.id == "province-newer")
        #expect(index.band(at: RegionCode("15.71"))?.id == "national")
        #expect(index.band(at: nil)?.id == "national")
    }

    @Test func agreesWithTheResolverEverywhere() {
        let lpg = CommodityID("lpg-3kg")!
        let places = ["63.71.01.1001", "63.71", "63", "63.72.02.1003", "63.72", "15.71.01.1001", "11"].map { RegionCode($0)! }
        for instant in ["2025-01-01T00:00:00Z", "2025-05-31T23:59:59Z", "2025-06-01T00:00:00Z", "2026-02-01T00:00:00Z"] {
            let time = TestData.time(instant)
            let index = BandIndex(bands, commodity: lpg, at: time)
            for place in places {
                #expect(index.band(at: place)?.id == BandResolver.resolve(bands, commodity: lpg, region: place, at: time)?.id,
                        "\(place) at \(instant)")
            }
        }
    }

    @Test func knowsNoBandBeforeAnyTakesEffect() {
        let index = BandIndex(bands, commodity: CommodityID("lpg-3kg")!, at: TestData.time("2024-12-31T23:59:59Z"))
        #expect(index.band(at: RegionCode("63.71.01.1001")) == nil)
    }
}
