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
    /// `commodityName`); opens, updates or resolves its alert. Returns the event appended, if any.
    @discardableResult
    func evaluate(around region: RegionCode, commodity: CommodityID, commodityName: String) throws -> AlertEventType? {
        guard region.level >= 2 else { return nil }
        let kabupaten = region.ancestor(atLevel: 2)
        let policy = context.earlyWarning
        let today = policy.zone.date(of: context.now)
        let now = try median(commodity, in: kabupaten, before: policy.zone.endOfDay(today))
        let weekAgo = try median(commodity, in: kabupaten,
                                 before: policy.zone.endOfDay(today.adding(days: -Int64(EarlyWarningReport.weekDays))))
        let judged = policy.thresholds.judge(weekAgo: weekAgo, now: now)
        let ledger = AlertLedger(connection: connection, context: context)
        guard let change = judged.changeWeek, let level = judged.level, level >= .waspada else {
            let resolved = try ledger.clearRegional(region: kabupaten, commodity: commodity,
                                                    changeTenths: judged.changeWeek.map(PercentChange.tenths))
            return resolved ? .resolved : nil
        }
        let name = try connection.queryOne("SELECT name FROM regions WHERE code = ?", [kabupaten.rawValue]) { $0.string(0) }
        let tenths = PercentChange.tenths(change)
        let message = AlertMessage.regionalRise(commodityName: commodityName, regionName: name ?? kabupaten.rawValue,
                                                changeWeekTenths: tenths, level: level)
        return try ledger.raiseRegional(region: kabupaten, commodity: commodity, level: level, changeTenths: tenths,
                                        message: message)
    }

    /// The median of the outlets' latest prices observed before `end` in the region; nil when none.
    /// Read from the region's stored distribution when `end` ends a stored day, outlet by outlet otherwise.
    private func median(_ commodity: CommodityID, in region: RegionCode, before end: Timestamp) throws -> Money? {
        if let day = DistributionCalendar.day(endingAt: end) {
            let row = DistributionRow(commodity: commodity, level: region.level, region: region)
            let prices = try connection.queryOne(PriceDistributionQueries.latestOnOrBefore, row.arguments + [day.daysSinceEpoch]) {
                try HistogramCodec.decode($0.blob(1))
            }
            return prices.flatMap { PriceStatistics.median(of: $0) }
        }
        let prices = try PriceWalk.latest(commodity, in: RegionBounds(.region(region)), before: end, on: connection)
        return PriceStatistics.median(of: prices.map(\.price))
    }
}
