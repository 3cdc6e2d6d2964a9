import LumbungCore

/// The rows of a daily report gathered from stored distributions, each outlet judged against the
/// band of its own village at the end of the day.
///
/// A region's distribution is judged against one band when no band in force is set for a region
/// inside it (then all its outlets share that band); otherwise the judgement descends to the regions
/// one level down, and inside a kecamatan reads its outlets' prices one by one.
struct DistributionTallies {
    /// The stored distributions of the commodity.
    let reads: DistributionReads
    /// The commodity's bands in force at the end of the day.
    let bands: BandIndex
    /// The day.
    let day: LocalDate

    /// The tally of each region at `level` inside `bounds` that had prices by the end of the day.
    func tallies(level: Int, in bounds: RegionBounds) throws -> [RegionCode: PriceTally] {
        var result: [RegionCode: PriceTally] = [:]
        for (region, row) in try reads.inForce(level: level, in: bounds, on: day) {
            let judged = try judgement(of: region, level: level, histogram: row.histogram)
            result[region] = PriceTally(histogram: row.histogram, aboveBand: judged.above, belowBand: judged.below,
                                        reportedThatDay: row.reported)
        }
        return result
    }

    /// How many of the region's outlets lie above and below the bands of their own villages.
    private func judgement(of region: RegionCode, level: Int, histogram: PriceHistogram) throws -> (above: Int, below: Int) {
        guard bands.hasBand(inside: region) else { return histogram.judged(against: bands.band(at: region)) }
        let bounds = RegionBounds(.region(region))
        guard level < DistributionCalendar.levels.upperBound else { return try outletByOutlet(in: bounds) }
        return try tallies(level: level + 1, in: bounds).values.reduce((0, 0)) {
            ($0.0 + $1.aboveBand, $0.1 + $1.belowBand)
        }
    }

    /// The judgement of the outlets inside `bounds` read one by one.
    private func outletByOutlet(in bounds: RegionBounds) throws -> (above: Int, below: Int) {
        let end = DistributionCalendar.zone.endOfDay(day)
        var above = 0, below = 0
        for outlet in try PriceWalk.latest(reads.commodity, in: bounds, before: end, on: reads.connection) {
            switch PriceStatus(price: outlet.price, band: bands.band(at: outlet.region)) {
            case .aboveBand: above += 1
            case .belowBand: below += 1
            case .inBand, .noBand: break
            }
        }
        return (above, below)
    }
}
