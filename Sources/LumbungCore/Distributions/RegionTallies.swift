/// The rows of a daily price report gathered: the whole region and each child region with outlets.
public struct RegionTallies: Sendable, Hashable {
    /// The whole region.
    public let overall: PriceTally
    /// Each child region in which an outlet had a price, by code.
    public let children: [RegionCode: PriceTally]

    /// Rows as gathered from stored distributions.
    public init(overall: PriceTally, children: [RegionCode: PriceTally]) {
        self.overall = overall
        self.children = children
    }

    /// Rows gathered outlet by outlet: each judged against the band of its own village, counted as
    /// the day's when observed at or after `startOfDay`, and grouped by its region at `childLevel`
    /// (no children past the village level).
    public init(outlets: [OutletPrice], bands: BandIndex, childLevel: Int, startOfDay: Timestamp) {
        var overall = Gathering()
        var children: [RegionCode: Gathering] = [:]
        for outlet in outlets {
            let status = PriceStatus(price: outlet.price, band: bands.band(at: outlet.region))
            let today = outlet.observedAt.map { $0 >= startOfDay } ?? false
            overall.add(outlet.price, status, today: today)
            guard childLevel <= RegionCode.villageLevel else { continue }
            children[outlet.region.ancestor(atLevel: childLevel), default: Gathering()].add(outlet.price, status, today: today)
        }
        self.overall = overall.tally
        self.children = children.mapValues(\.tally)
    }
}

/// One row's prices and judgements as they are read outlet by outlet.
private struct Gathering {
    /// Every outlet's price.
    var prices: [Money] = []
    /// How many were above their band.
    var above = 0
    /// How many were below their band.
    var below = 0
    /// How many were observed on the report day.
    var today = 0

    /// Counts one outlet's price, its status against its own band, and whether it is the day's.
    mutating func add(_ price: Money, _ status: PriceStatus, today observedToday: Bool) {
        prices.append(price)
        if observedToday { today += 1 }
        if status == .aboveBand { above += 1 }
        if status == .belowBand { below += 1 }
    }

    /// The finished row.
    var tally: PriceTally {
        PriceTally(histogram: PriceHistogram(prices), aboveBand: above, belowBand: below, reportedThatDay: today)
    }
}
