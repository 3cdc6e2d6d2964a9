import Testing
import LumbungCore

struct BandResolverTests {
    let lpg = CommodityID("lpg-3kg")!
    let village = RegionCode("63.71.01.1001")!
    let noon = TestData.time("2025-10-23T12:00:00Z")

    private func resolve(_ bands: [Band], at: Timestamp? = nil, region: RegionCode?? = .none) -> String? {
        let place: RegionCode? = region ?? village
        return BandResolver.resolve(bands, commodity: lpg, region: place, at: at ?? noon)?.id
    }

    @Test func mostSpecificRegionWins() {
        let national = TestData.band("national", region: "", max: 25_000)
        let province = TestData.band("province", region: "63", max: 20_000)
        let kota = TestData.band("kota", region: "63.71", max: 19_500)
        let desa = TestData.band("desa", region: "63.71.01.1001", max: 19_000)
        #expect(resolve([national]) == "national")
        #expect(resolve([national, province]) == "province")
        #expect(resolve([kota, national, province]) == "kota")
        #expect(resolve([province, desa, kota, national]) == "desa")
    }

    @Test func ignoresOtherRegionsLookalikesAndCommodities() {
        let otherProvince = TestData.band("jambi", region: "15", max: 1)
        let lookalike = TestData.band("lookalike", region: "63.70", max: 1)
        let rice = TestData.band("rice", commodity: "beras-medium", region: "63.71", max: 1)
        #expect(resolve([otherProvince, lookalike, rice]) == nil)
        let national = TestData.band("national", region: "", max: 1)
        #expect(resolve([otherProvince, lookalike, rice, national]) == "national")
    }

    @Test func futureEffectiveDatesAreIgnoredUntilTheyArrive() {
        let current = TestData.band("current", region: "63", max: 20_000, from: "2025-01-01T00:00:00Z")
        let future = TestData.band("future", region: "63", max: 21_000, from: "2025-11-01T00:00:00+08:00")
        #expect(resolve([current, future]) == "current")
        #expect(resolve([future]) == nil)
        #expect(resolve([current, future], at: TestData.time("2025-10-31T16:00:00Z")) == "future")
        #expect(resolve([current, future], at: TestData.time("2025-10-31T15:59:59.999Z")) == "current")
    }

    @Test func specificityBeatsRecency() {
        let oldKota = TestData.band("old-kota", region: "63.71", max: 1, from: "2024-01-01T00:00:00Z")
        let newProvince = TestData.band("new-province", region: "63", max: 1, from: "2025-10-01T00:00:00Z")
        #expect(resolve([newProvince, oldKota]) == "old-kota")
    }

    @Test func sameRegionLatestEffectiveThenLatestCreatedThenGreatestID() {
        let early = TestData.band("a", region: "63", max: 1, from: "2025-03-01T00:00:00Z", created: "2025-09-01T00:00:00Z")
        let late = TestData.band("b", region: "63", max: 1, from: "2025-08-22T00:00:00Z", created: "2025-02-01T00:00:00Z")
        #expect(resolve([early, late]) == "b")
        let first = TestData.band("x", region: "63", max: 1, from: "2025-08-22T00:00:00Z", created: "2025-08-01T00:00:00Z")
        let second = TestData.band("w", region: "63", max: 1, from: "2025-08-22T00:00:00Z", created: "2025-08-02T00:00:00Z")
        #expect(resolve([second, first]) == "w")
        #expect(resolve([first, second]) == "w")
        let twinA = TestData.band("band-1", region: "63", max: 1)
        let twinB = TestData.band("band-2", region: "63", max: 1)
        #expect(resolve([twinB, twinA]) == "band-2")
        #expect(resolve([twinA, twinB]) == "band-2")
    }

    @Test func nationalPlaceOnlySeesNationalBands() {
        let national = TestData.band("national", region: "", max: 1)
        let province = TestData.band("province", region: "63", max: 1)
        #expect(resolve([province, national], region: .some(nil)) == "national")
        #expect(resolve([province, national], region: .some(RegionCode("63")!)) == "province")
    }
}
