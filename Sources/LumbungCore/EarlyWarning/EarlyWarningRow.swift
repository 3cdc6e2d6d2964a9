/// One row of the early-warning report: how a region's median price moved and how stable it is.
public struct EarlyWarningRow: Sendable, Hashable {
    /// The region the row covers.
    public let region: RegionLabel
    /// Outlets with a price on the report day.
    public let outletsReporting: Int
    /// The median on the report day, a week before and 30 days before.
    public let median: Money?, medianWeekAgo: Money?, medianMonthAgo: Money?
    /// Percent change of the median against a week and 30 days before, one decimal.
    public let changeWeek: Double?, changeMonth: Double?
    /// The level `changeWeek` reaches; nil without a change.
    public let level: WarningLevel?
    /// The band in force for the region itself at the end of the day.
    public let band: Band?
    /// Percent of reporting outlets above their own band, one decimal; nil when none report.
    public let aboveBandShare: Double?
    /// CV across outlets on the report day (fraction); nil with fewer than 2 prices.
    public let cv: Double?
    /// CV of the daily medians of the 30 days ending on the report day (fraction); nil with fewer than 2.
    public let cvMonth: Double?

    /// A row from its figures; the changes and level follow from the medians and `thresholds`.
    public init(region: RegionLabel, today: PriceStatistics, weekAgo: Money?, monthAgo: Money?, aboveBand: Int,
                band: Band?, dailyMedians: [Money], thresholds: WarningThresholds) {
        self.region = region
        outletsReporting = today.count
        median = today.median
        medianWeekAgo = weekAgo
        medianMonthAgo = monthAgo
        (changeWeek, level) = thresholds.judge(weekAgo: weekAgo, now: today.median)
        changeMonth = PercentChange.between(monthAgo, today.median)
        self.band = band
        aboveBandShare = PercentChange.share(aboveBand, of: today.count)
        cv = today.cv
        cvMonth = PriceStatistics(dailyMedians).cv
    }
}
