/// The state of a commodity's prices in a region at the end of one day, per child region.
///
/// Each outlet counts with its latest price observed before the end of the day, however old.
/// Bands are those in force at the last instant of the day: each row carries the band of its own
/// region, and each outlet is judged against the band of its own village.
public struct DailyPriceReport: Sendable, Hashable {
    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on.
    public let region: RegionLabel
    /// The report day.
    public let date: LocalDate
    /// The band in force for `region` itself.
    public let band: Band?
    /// The whole region in one row.
    public let overall: RegionPriceSummary
    /// One row per region one level down, by code: every known child, and any other child in which
    /// an outlet reported.
    public let children: [RegionPriceSummary]

    /// Computes the report from its stored facts; `endOfDay` is the exclusive end of `date`.
    public init(snapshot: DailyPriceSnapshot, date: LocalDate, endOfDay: Timestamp) {
        let subject = snapshot.subject
        let bands = BandIndex(snapshot.bands, commodity: subject.commodity.id, at: endOfDay.adding(milliseconds: -1))
        let childLevel = subject.region.scope.specificity + 1
        let startOfDay = endOfDay.adding(milliseconds: -24 * Timestamp.millisecondsPerHour)
        var overall = Tally()
        var children: [RegionCode: Tally] = [:]
        for child in subject.children {
            if let code = child.scope.code { children[code] = Tally(name: child.name) }
        }
        for outlet in snapshot.prices {
            let status = PriceStatus(price: outlet.price, band: bands.band(at: outlet.region))
            let today = outlet.observedAt.map { $0 >= startOfDay } ?? false
            overall.add(outlet.price, status, today: today)
            guard childLevel <= RegionCode.villageLevel else { continue }
            children[outlet.region.ancestor(atLevel: childLevel), default: Tally()].add(outlet.price, status, today: today)
        }
        commodity = subject.commodity
        region = subject.region
        self.date = date
        band = bands.band(at: subject.region.scope.code)
        self.overall = overall.summary(of: subject.region, band: band)
        self.children = children.sorted { $0.key < $1.key }.map { code, tally in
            tally.summary(of: RegionLabel(code: code, name: tally.name), band: bands.band(at: code))
        }
    }
}

/// The prices and band judgements gathered for one report row.
private struct Tally {
    /// The region's name, when known.
    var name: String?
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
    func summary(of region: RegionLabel, band: Band?) -> RegionPriceSummary {
        RegionPriceSummary(region: region, statistics: PriceStatistics(prices), aboveBand: above, belowBand: below,
                           band: band, reportedThatDay: today)
    }
}
