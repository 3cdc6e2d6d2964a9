/// One day of a price series: the statistics of the outlets' prices at the end of the day, and the
/// region's band then.
public struct PriceSeriesPoint: Sendable, Hashable {
    /// The day.
    public let date: LocalDate
    /// Count, min, median and max of the prices (mean and CV too).
    public let statistics: PriceStatistics
    /// The band in force for the region at the last instant of the day.
    public let band: Band?

    /// A day of a series.
    public init(date: LocalDate, statistics: PriceStatistics, band: Band?) {
        self.date = date
        self.statistics = statistics
        self.band = band
    }
}
