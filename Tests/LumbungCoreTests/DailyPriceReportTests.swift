import LumbungCore
import Testing

/// A hand-checked province: two kota with reports and one kabupaten without.
@Suite struct DailyPriceReportTests {
    static let lpg = Commodity(id: CommodityID("lpg-3kg")!, name: "LPG 3 kg", unit: "tabung", category: .lpg)
    static let day = LocalDate("2025-10-22")!
    static let end = ReportTimeZone.jakarta.endOfDay(day)

    static func price(_ village: String, _ rupiah: Int64) -> OutletPrice {
        OutletPrice(region: RegionCode(village)!, price: Money(rupiah))
    }

    static let snapshot = DailyPriceSnapshot(
        subject: PriceReportSubject(commodity: lpg, region: RegionLabel(code: RegionCode("63")!, name: "Kalimantan Selatan"),
                                    children: [RegionLabel(code: RegionCode("63.03")!, name: "Kabupaten Banjar"),
                                               RegionLabel(code: RegionCode("63.71")!, name: "Kota Banjarmasin")]),
        bands: [TestData.band("province", region: "63", min: 18_500, max: 20_000),
                TestData.band("banjarbaru", region: "63.72", max: 21_000),
                TestData.band("tomorrow", region: "63.71", max: 30_000, from: "2025-10-22T17:00:00Z")],
        prices: [price("63.71.01.1001", 18_000), price("63.71.01.1002", 19_000), price("63.71.02.1001", 20_000),
                 price("63.71.02.1001", 21_000), price("63.72.02.1003", 20_500), price("63.72.02.1004", 20_999)])

    let report = DailyPriceReport(snapshot: snapshot, date: day, endOfDay: end)

    @Test func listsKnownChildrenAndChildrenWithReportsByCode() {
        #expect(report.children.map(\.region.scope.description) == ["63.03", "63.71", "63.72"])
        #expect(report.children.map(\.region.name) == ["Kabupaten Banjar", "Kota Banjarmasin", nil])
    }

    @Test func figuresOfAnEvenCount() throws {
        let kota = report.children[1].statistics
        #expect(kota.count == 4 && kota.min == 18_000 && kota.max == 21_000)
        #expect(kota.median == 19_500 && kota.roundedMean == 19_500)
        // Deviations ±500 and ±1500: variance 1,250,000, sd 1118.03, cv 0.05733.
        #expect(abs(try #require(kota.cv) - 0.057335) < 0.000001)
        let banjarbaru = report.children[2].statistics
        #expect(banjarbaru.median == 20_750, "20,749.5 rounds half up")
    }

    @Test func judgesEachOutletAgainstItsOwnVillagesBand() {
        #expect(report.children[1].aboveBand == 1 && report.children[1].belowBand == 1)
        #expect(report.children[2].aboveBand == 0 && report.children[2].belowBand == 0,
                "20,500 is above the province band but inside Banjarbaru's")
        #expect(report.overall.aboveBand == 1 && report.overall.belowBand == 1)
    }

    @Test func rowsCarryTheBandOfTheirOwnRegionAtTheEndOfTheDay() {
        #expect(report.band?.id == "province")
        #expect(report.children.map { $0.band?.id } == ["province", "province", "banjarbaru"],
                "the 63.71 band takes effect at midnight, after the day")
    }

    @Test func overallCountsEveryOutlet() {
        let overall = report.overall.statistics
        #expect(overall.count == 6 && overall.median == 20_250 && overall.min == 18_000 && overall.max == 21_000)
        #expect(report.overall.region.name == "Kalimantan Selatan")
    }

    @Test func aChildWithoutReportsHasNoFigures() {
        let empty = report.children[0]
        #expect(empty.statistics.count == 0 && empty.statistics.median == nil && empty.statistics.cv == nil)
        #expect(empty.aboveBand == 0 && empty.belowBand == 0)
    }

    @Test func theNationalReportGroupsByProvince() {
        let national = DailyPriceReport(
            snapshot: DailyPriceSnapshot(subject: PriceReportSubject(commodity: Self.lpg, region: .national, children: []),
                                         bands: [], prices: Self.snapshot.prices + [Self.price("15.71.01.1001", 22_000)]),
            date: Self.day, endOfDay: Self.end)
        #expect(national.children.map(\.region.scope.description) == ["15", "63"])
        #expect(national.children.map(\.statistics.count) == [1, 6])
        #expect(national.band == nil && national.overall.statistics.count == 7)
    }

    @Test func aVillageReportHasNoChildren() {
        let village = DailyPriceReport(
            snapshot: DailyPriceSnapshot(
                subject: PriceReportSubject(commodity: Self.lpg, region: RegionLabel(code: RegionCode("63.71.02.1001")!, name: nil),
                                            children: []),
                bands: Self.snapshot.bands, prices: [Self.price("63.71.02.1001", 20_000), Self.price("63.71.02.1001", 21_000)]),
            date: Self.day, endOfDay: Self.end)
        #expect(village.children.isEmpty && village.overall.statistics.count == 2 && village.overall.aboveBand == 1)
    }
}
