import Testing
import LumbungCore

struct PriceStatisticsTests {
    @Test func emptyHasNoFigures() {
        let stats = PriceStatistics([])
        #expect(stats.count == 0)
        #expect(stats.min == nil && stats.median == nil && stats.max == nil && stats.mean == nil && stats.cv == nil)
    }

    @Test func onePriceHasNoCV() {
        let stats = PriceStatistics([18_500])
        #expect(stats.count == 1)
        #expect(stats.min == 18_500 && stats.median == 18_500 && stats.max == 18_500)
        #expect(stats.mean == 18_500)
        #expect(stats.cv == nil)
    }

    @Test func oddCountMedianIsTheMiddle() {
        let stats = PriceStatistics([20_000, 18_500, 35_000])
        #expect(stats.min == 18_500 && stats.median == 20_000 && stats.max == 35_000)
    }

    @Test func evenCountMedianIsTheRoundedMeanOfTheMiddlePair() {
        #expect(PriceStatistics([18_500, 20_000, 19_000, 45_000]).median == 19_500)
        #expect(PriceStatistics([18_500, 18_501]).median == 18_501)
        #expect(PriceStatistics([4, 1, 2, 3]).median == 3)
        #expect(PriceStatistics([Money(Int64.max), Money(Int64.max)]).median == Money(Int64.max))
    }

    @Test func cvOnAHandComputedSet() throws {
        // Prices 2, 4, 4, 4, 5, 5, 7, 9 (×1000): mean 5000, population SD 2000, CV 0.4.
        let prices: [Money] = [2000, 4000, 4000, 4000, 5000, 5000, 7000, 9000]
        let stats = PriceStatistics(prices)
        #expect(stats.mean == 5000)
        let cv = try #require(stats.cv)
        #expect(abs(cv - 0.4) < 1e-12)
        #expect(stats.median == 4500)
        #expect(stats.roundedMean == 5000)
    }

    @Test func equalPricesHaveZeroCV() throws {
        let stats = PriceStatistics([18_500, 18_500, 18_500])
        #expect(try #require(stats.cv) == 0)
    }

    @Test func roundedMeanRoundsHalfUp() {
        #expect(PriceStatistics([1, 2]).roundedMean == 2)
        #expect(PriceStatistics([1, 1, 2]).roundedMean == 1)
        #expect(PriceStatistics([-1, -2]).roundedMean == -1)
        #expect(PriceStatistics([Money(Int64.max), Money(Int64.max - 1)]).roundedMean == Money(Int64.max))
    }
}
