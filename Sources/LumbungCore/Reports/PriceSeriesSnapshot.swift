/// The stored facts a daily price series is computed from, read in one consistent snapshot.
public struct PriceSeriesSnapshot: Sendable, Hashable {
    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on.
    public let region: RegionLabel
    /// The commodity's bands in force by the end of the period.
    public let bands: [Band]
    /// Every outlet of the region that reported by the end of the period: its latest price observed
    /// before the period starts, or nil when it had none.
    public let opening: [Money?]
    /// The reports observed during the period, in any order.
    public let changes: [PriceChange]
    /// The distribution at the end of each day of the period, in order, when read from stored
    /// distributions (then `opening` and `changes` are empty); nil when the series replays the reports.
    public let days: [PriceHistogram]?

    /// A series' inputs.
    public init(commodity: Commodity, region: RegionLabel, bands: [Band], opening: [Money?], changes: [PriceChange]) {
        self.commodity = commodity
        self.region = region
        self.bands = bands
        self.opening = opening
        self.changes = changes
        days = nil
    }

    /// A series' inputs as the distribution at the end of each day of the period.
    public init(commodity: Commodity, region: RegionLabel, bands: [Band], days: [PriceHistogram]) {
        self.commodity = commodity
        self.region = region
        self.bands = bands
        opening = []
        changes = []
        self.days = days
    }
}
