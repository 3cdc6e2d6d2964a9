import LumbungCore

/// Keeps the `regional_price_rise` alert of a kabupaten/kota's commodity in step with the week-on-week
/// rise of its median price, inside a write transaction.
///
/// "Today" is the day of `context.now` in the policy's zone, so the alert always agrees with the
/// early-warning report for today: the median of every outlet's latest price observed before the end
/// of today against the same a week before.
struct RegionalAlerts {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts, when, and the early-warning policy.
    let context: WriteContext

    /// Re-evaluates the kabupaten/kota containing `region` for `commodity` (whose display name is
    /// `commodityName`); opens, updates or resolves its alert. Returns the event appended, if any. `written`
    /// holds stored rows the transaction has just written, taken as they are instead of read again.
    @discardableResult
    func evaluate(around region: RegionCode, commodity: CommodityID, commodityName: String,
                  written: StoredDistributions? = nil) throws -> AlertEventType? {
        let judged = try AlertStateMachine.regionalCheck(
            around: region, at: context.now, policy: context.earlyWarning, commodityName: commodityName,
            median: { kabupaten, end in try median(commodity, in: kabupaten, before: end, written: written) },
            regionName: { kabupaten in
                try connection.queryOne("SELECT name FROM regions WHERE code = ?", [kabupaten.rawValue]) { $0.string(0) }
                    ?? kabupaten.rawValue
            })
        guard let judged else { return nil }
        return try AlertLedger(connection: connection, context: context)
            .apply(judged.check, at: .region(judged.kabupaten), commodity: commodity)
    }

    /// The median of the outlets' latest prices observed before `end` in the region; nil when none.
    /// Read from the region's stored distribution when `end` ends a stored day, outlet by outlet otherwise.
    private func median(_ commodity: CommodityID, in region: RegionCode, before end: Timestamp,
                        written: StoredDistributions?) throws -> Money? {
        if let day = DistributionCalendar.day(endingAt: end) {
            if let prices = written?.prices(of: region, commodity: commodity, on: day) {
                return PriceStatistics.median(of: prices)
            }
            let row = DistributionRow(commodity: commodity, level: region.level, region: region)
            try connection.settleDeferredWrites { $0.distribution.map { $0.row == row && $0.day <= day.daysSinceEpoch } ?? false }
            let prices = try connection.queryOne(PriceDistributionQueries.latestOnOrBefore, row.arguments + [day.daysSinceEpoch]) {
                try HistogramCodec.decode($0.blob(1))
            }
            return prices.flatMap { PriceStatistics.median(of: $0) }
        }
        let prices = try PriceWalk.latest(commodity, in: RegionBounds(.region(region)), before: end, on: connection)
        return PriceStatistics.median(of: prices.map(\.price))
    }
}
