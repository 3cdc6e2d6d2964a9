/// The stored facts a daily price report is computed from, read in one consistent snapshot: either
/// every outlet's latest price, or the rows already gathered from stored distributions.
public struct DailyPriceSnapshot: Sendable, Hashable {
    /// The commodity and regions reported on.
    public let subject: PriceReportSubject
    /// The commodity's bands in force by the end of the day (candidates for `BandIndex`).
    public let bands: [Band]
    /// Each outlet in the region that had reported a price by the end of the day, with its latest
    /// (empty when `tallies` holds the rows).
    public let prices: [OutletPrice]
    /// The rows gathered already, judged against the bands in force at the end of the day; nil when
    /// the report gathers `prices` itself.
    public let tallies: RegionTallies?

    /// A report's inputs outlet by outlet.
    public init(subject: PriceReportSubject, bands: [Band], prices: [OutletPrice]) {
        self.subject = subject
        self.bands = bands
        self.prices = prices
        tallies = nil
    }

    /// A report's inputs gathered per child region.
    public init(subject: PriceReportSubject, bands: [Band], tallies: RegionTallies) {
        self.subject = subject
        self.bands = bands
        prices = []
        self.tallies = tallies
    }
}
