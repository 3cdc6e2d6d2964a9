/// One row of a price report: the statistics of the outlets' prices in a region and how many lie
/// outside their bands.
public struct RegionPriceSummary: Sendable, Hashable {
    /// The region the row covers.
    public let region: RegionLabel
    /// Count, min, median, max, mean and CV of the outlets' prices.
    public let statistics: PriceStatistics
    /// Outlets whose price is above the band of their own village.
    public let aboveBand: Int
    /// Outlets whose price is below the band of their own village.
    public let belowBand: Int
    /// The band in force for the region itself.
    public let band: Band?
    /// Outlets whose price was observed on the report day itself (the others carry an earlier one).
    public let reportedThatDay: Int

    /// A report row.
    public init(region: RegionLabel, statistics: PriceStatistics, aboveBand: Int, belowBand: Int, band: Band?,
                reportedThatDay: Int = 0) {
        self.reportedThatDay = reportedThatDay
        self.region = region
        self.statistics = statistics
        self.aboveBand = aboveBand
        self.belowBand = belowBand
        self.band = band
    }

    /// The row of `region` from its gathered prices.
    public init(region: RegionLabel, tally: PriceTally, band: Band?) {
        self.init(region: region, statistics: PriceStatistics(tally.histogram), aboveBand: tally.aboveBand,
                  belowBand: tally.belowBand, band: band, reportedThatDay: tally.reportedThatDay)
    }
}
