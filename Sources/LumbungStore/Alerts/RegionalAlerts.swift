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
    /// The latest stored distribution row of regions the writer wrote or read recently (`PriceDistributionWriter`).
    let kept: KeptDistributions

    /// Re-evaluates the kabupaten/kota containing `region` for `commodity` (whose display name is
    /// `commodityName`); opens, updates or resolves its alert. Returns the event appended, if any.
    @discardableResult
    func evaluate(around region: RegionCode, commodity: CommodityID, commodityName: String) throws -> AlertEventType? {
        let judged = try AlertStateMachine.regionalCheck(
            around: region, at: context.now, policy: context.earlyWarning, commodityName: commodityName,
            median: { kabupaten, end in try median(commodity, in: kabupaten, before: end) },
            regionName: { kabupaten in
                try connection.queryOne("SELECT name FROM regions WHERE code = ?", [kabupaten.rawValue]) { $0.string(0) }
                    ?? kabupaten.rawValue
            })
        guard let judged else { return nil }
        return try AlertLedger(connection: connection, context: context)
            .apply(judged.check, at: .region(judged.kabupaten), commodity: commodity)
    }

    /// The median of the outlets' latest prices observed before `end` in the region; nil when none.
    /// Read from the region's stored distribution when `end` ends a stored day (the kept latest row when it is in
    /// force on that day, as today's is after a report), outlet by outlet otherwise.
    private func median(_ commodity: CommodityID, in region: RegionCode, before end: Timestamp) throws -> Money? {
        if let day = DistributionCalendar.day(endingAt: end) {
            let row = DistributionRow(commodity: commodity, level: region.level, region: region)
            if let latest = kept.value(of: row, generation: connection.keptRowsGeneration), latest.day <= day.daysSinceEpoch {
                return PriceStatistics.median(of: latest.prices)
            }
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

/// A regional check a price report asks for, run as its transaction commits (`DeferredWrite.regionalCheck`): the
/// reports of a group commit in one kabupaten/kota and commodity are judged once, on the medians they leave.
struct RegionalCheck {
    /// The kabupaten/kota.
    let kabupaten: RegionCode
    /// The commodity.
    let commodity: CommodityID
    /// The commodity's display name.
    let commodityName: String
    /// The context of the latest report asking for it.
    let context: WriteContext
    /// The writer's kept distribution rows.
    let kept: KeptDistributions

    /// Runs the check.
    func run(on connection: Connection) throws {
        try RegionalAlerts(connection: connection, context: context, kept: kept)
            .evaluate(around: kabupaten, commodity: commodity, commodityName: commodityName)
    }
}
