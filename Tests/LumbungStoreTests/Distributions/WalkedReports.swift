import LumbungCore
@testable import LumbungStore

/// The reports as they were computed before stored distributions: every outlet's price walked from
/// `current_prices` and `price_reports` per request. The oracle the stored distributions must match.
extension SQLiteStore {
    /// The daily report's facts, outlet by outlet.
    func walkedDailyPrices(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> DailyPriceSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let prices = try PriceWalk.latest(commodity, in: RegionBounds(RegionScope(region)), before: end, on: connection)
            return DailyPriceSnapshot(subject: subject, bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                      prices: prices)
        }
    }

    /// The series' facts: each outlet's opening price and its reports during the period.
    func walkedPriceSeries(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                           before end: Timestamp) throws -> PriceSeriesSnapshot {
        try database.read { connection in
            let walk = try PriceWalk(commodity, in: RegionBounds(RegionScope(region)), from: start, before: end, on: connection)
            return PriceSeriesSnapshot(commodity: try ReportLookups.commodity(commodity, on: connection),
                                       region: try ReportLookups.region(region, on: connection),
                                       bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                       opening: walk.opening, changes: walk.changes)
        }
    }

    /// The early warning's facts: each outlet's village, opening price and reports during the window.
    func walkedEarlyWarningPrices(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                                  before end: Timestamp) throws -> EarlyWarningSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let walk = try PriceWalk(commodity, in: RegionBounds(RegionScope(region)), from: start, before: end, on: connection)
            return EarlyWarningSnapshot(subject: subject, bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                        villages: walk.villages, opening: walk.opening, changes: walk.changes)
        }
    }
}

/// The statistics as they were computed over a sorted list of prices, before histograms.
struct ListStatistics: Equatable {
    let count: Int, min: Int64?, median: Int64?, max: Int64?, mean: Double?, cv: Double?

    /// The figures of `prices`.
    init(_ prices: [Int64]) {
        let sorted = prices.sorted()
        count = sorted.count
        min = sorted.first
        max = sorted.last
        guard !sorted.isEmpty else { median = nil; mean = nil; cv = nil; return }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 {
            median = sorted[middle]
        } else {
            let doubled = Int128(sorted[middle - 1]) + Int128(sorted[middle])
            median = Int64((doubled + 1) >> 1)  // half up: floor((a + b + 1) / 2)
        }
        let total = sorted.reduce(Int128(0)) { $0 + Int128($1) }
        let average = Double(total) / Double(sorted.count)
        mean = average
        if sorted.count < 2 || average == 0 {
            cv = nil
        } else {
            let squares = sorted.reduce(0.0) { sum, value in
                let deviation = Double(value) - average
                return sum + deviation * deviation
            }
            cv = (squares / Double(sorted.count)).squareRoot() / average
        }
    }

    /// The same figures from the histogram implementation.
    init(_ statistics: PriceStatistics) {
        count = statistics.count
        min = statistics.min?.rawValue
        median = statistics.median?.rawValue
        max = statistics.max?.rawValue
        mean = statistics.mean
        cv = statistics.cv
    }
}
