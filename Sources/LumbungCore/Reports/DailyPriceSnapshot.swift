/// The stored facts a daily price report is computed from, read in one consistent snapshot.
public struct DailyPriceSnapshot: Sendable, Hashable {
    /// The commodity and regions reported on.
    public let subject: PriceReportSubject
    /// The commodity's bands in force by the end of the day (candidates for `BandIndex`).
    public let bands: [Band]
    /// Each outlet in the region that had reported a price by the end of the day, with its latest.
    public let prices: [OutletPrice]

    /// A report's inputs.
    public init(subject: PriceReportSubject, bands: [Band], prices: [OutletPrice]) {
        self.subject = subject
        self.bands = bands
        self.prices = prices
    }
}
