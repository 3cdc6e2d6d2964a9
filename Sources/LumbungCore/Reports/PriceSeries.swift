/// A commodity's prices in a region, day by day: each day as `DailyPriceReport` would show the whole
/// region (every outlet's latest price observed before the end of the day, however old).
public struct PriceSeries: Sendable, Hashable {
    /// The longest period a series may cover, in days.
    public static let maximumDays = 366

    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on.
    public let region: RegionLabel
    /// One point per day from the first to the last day, in order.
    public let points: [PriceSeriesPoint]

    /// Computes the series from `from` to `to` (inclusive) with days cut in `zone`.
    public init(snapshot: PriceSeriesSnapshot, from: LocalDate, to: LocalDate, zone: ReportTimeZone) {
        var days = snapshot.days?.makeIterator()
        let changes = snapshot.changes.sorted {
            ($0.observedAt, $0.sequence) < ($1.observedAt, $1.sequence)
        }
        var prices = snapshot.opening
        var next = changes.startIndex
        var points: [PriceSeriesPoint] = []
        var date = from
        while date <= to {
            let end = zone.endOfDay(date)
            while next < changes.endIndex, changes[next].observedAt < end {
                prices[changes[next].outlet] = changes[next].price
                next += 1
            }
            let statistics = snapshot.days == nil ? PriceStatistics(prices.compactMap { $0 })
                : PriceStatistics(days?.next() ?? .empty)
            let band = BandResolver.resolve(snapshot.bands, commodity: snapshot.commodity.id,
                                            region: snapshot.region.scope.code, at: end.adding(milliseconds: -1))
            points.append(PriceSeriesPoint(date: date, statistics: statistics, band: band))
            date = date.next
        }
        commodity = snapshot.commodity
        region = snapshot.region
        self.points = points
    }
}
