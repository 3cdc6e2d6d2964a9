import LumbungCore
import Testing

@Suite struct PriceSeriesTests {
    static let lpg = Commodity(id: CommodityID("lpg-3kg")!, name: "LPG 3 kg", unit: "tabung", category: .lpg)

    static func change(_ outlet: Int, _ rupiah: Int64, _ time: String, _ sequence: Int64) -> PriceChange {
        PriceChange(outlet: outlet, price: Money(rupiah), observedAt: TestData.time(time), sequence: sequence)
    }

    let series = PriceSeries(
        snapshot: PriceSeriesSnapshot(
            commodity: lpg, region: RegionLabel(code: RegionCode("63")!, name: nil),
            bands: [TestData.band("old", region: "63", min: 18_500, max: 20_000),
                    TestData.band("new", region: "63", min: 18_500, max: 21_000, from: "2025-10-22T10:00:00Z")],
            opening: [Money(19_000), nil, nil],
            changes: [change(1, 20_000, "2025-10-21T16:59:59Z", 5),   // 23:59:59 WIB on the 21st
                      change(0, 19_500, "2025-10-22T01:00:00Z", 7),
                      change(0, 19_800, "2025-10-22T01:00:00Z", 6),   // same instant, recorded earlier: loses
                      change(2, 25_000, "2025-10-21T17:00:00Z", 8)]), // 00:00 WIB on the 22nd
        from: LocalDate("2025-10-20")!, to: LocalDate("2025-10-23")!, zone: .jakarta)

    @Test func onePointPerDayInclusive() {
        #expect(series.points.map(\.date.description) == ["2025-10-20", "2025-10-21", "2025-10-22", "2025-10-23"])
    }

    @Test func eachDayCountsEveryOutletsLatestPriceSoFar() {
        #expect(series.points.map(\.statistics.count) == [1, 2, 3, 3])
        #expect(series.points[1].statistics.median == 19_500 && series.points[1].statistics.max == 20_000)
        #expect(series.points[2].statistics.min == 19_500, "the later-recorded report of the same instant wins")
        #expect(series.points[2].statistics.max == 25_000)
    }

    @Test func aDayWithoutReportsCarriesThePricesForward() {
        #expect(series.points[3].statistics == series.points[2].statistics)
    }

    @Test func theBandIsTheOneInForceAtTheEndOfEachDay() {
        #expect(series.points.map { $0.band?.max } == [20_000, 20_000, 21_000, 21_000])
    }
}
