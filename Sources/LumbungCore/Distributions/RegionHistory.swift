/// One region's prices through an early-warning window, as read from stored distributions.
public struct RegionHistory: Sendable, Hashable {
    /// The distribution at the end of each day of the window, in order (the report day last).
    public let days: [PriceHistogram]
    /// Outlets above the band of their own village at the end of the report day.
    public let aboveBand: Int

    /// A region's window.
    public init(days: [PriceHistogram], aboveBand: Int) {
        self.days = days
        self.aboveBand = aboveBand
    }
}

/// The histories of an early-warning report's rows: the whole region and each child region with outlets.
public struct RegionHistories: Sendable, Hashable {
    /// The whole region.
    public let overall: RegionHistory
    /// Each child region in which an outlet had a price by the report day, by code.
    public let children: [RegionCode: RegionHistory]

    /// The rows' histories.
    public init(overall: RegionHistory, children: [RegionCode: RegionHistory]) {
        self.overall = overall
        self.children = children
    }
}
