import Testing
import LumbungCore

struct BandTests {
    @Test func statusAgainstBothLimits() {
        let band = TestData.band("b", region: "63", min: 18_500, max: 20_000)
        #expect(band.status(of: 18_500) == .inBand)
        #expect(band.status(of: 20_000) == .inBand)
        #expect(band.status(of: 20_001) == .aboveBand)
        #expect(band.status(of: 18_499) == .belowBand)
        #expect(PriceStatus(price: 35_000, band: band) == .aboveBand)
        #expect(PriceStatus(price: 35_000, band: nil) == .noBand)
    }

    @Test func statusWithOneLimit() {
        let maxOnly = TestData.band("m", region: "", max: 15_700)
        #expect(maxOnly.status(of: 1) == .inBand)
        #expect(maxOnly.status(of: 15_701) == .aboveBand)
        let minOnly = TestData.band("n", region: "", min: 10_000)
        #expect(minOnly.status(of: 1_000_000) == .inBand)
        #expect(minOnly.status(of: 9_999) == .belowBand)
    }

    @Test func statusRawValuesAreSnakeCase() {
        #expect(PriceStatus.allCases.map(\.rawValue) == ["in_band", "above_band", "below_band", "no_band"])
    }

    @Test func validLimitsPass() {
        #expect(throws: Never.self) { try Band.validate(min: 18_500, max: 20_000) }
        #expect(throws: Never.self) { try Band.validate(min: nil, max: 15_700) }
        #expect(throws: Never.self) { try Band.validate(min: 100, max: 100) }
        #expect(throws: Never.self) { try TestData.band("b", region: "63", min: 1).validate() }
    }

    @Test func invalidLimitsNameTheirFields() {
        #expect(fields(min: nil, max: nil) == ["max"])
        #expect(fields(min: 20_000, max: 18_500) == ["min"])
        #expect(fields(min: 0, max: 10) == ["min"])
        #expect(fields(min: nil, max: -1) == ["max"])
        #expect(fields(min: -5, max: -1).sorted() == ["max", "min"])
        #expect(fields(min: -1, max: -5).sorted() == ["max", "min", "min"])
    }

    @Test func nationalBandCoversEverything() throws {
        let village = try #require(RegionCode("63.71.01.1001"))
        #expect(TestData.band("n", region: "", max: 1).covers(village))
        #expect(TestData.band("n", region: "", max: 1).scope == .national)
        #expect(TestData.band("k", region: "63.71", max: 1).covers(village))
        #expect(!TestData.band("o", region: "64", max: 1).covers(village))
    }

    private func fields(min: Money?, max: Money?) -> [String] {
        do {
            try Band.validate(min: min, max: max)
            return []
        } catch {
            guard case .invalid(let errors) = error else { return ["unexpected \(error)"] }
            return errors.map(\.field)
        }
    }
}
