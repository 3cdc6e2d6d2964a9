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
        let check = try AlertStateMachine.regionalCheck(weekAgo: weekAgo, now: now, thresholds: policy.thresholds,
                                                        commodityName: commodityName) {
            try connection.queryOne("SELECT name FROM regions WHERE code = ?", [kabupaten.rawValue]) { $0.string(0) }
                ?? kabupaten.rawValue
        }
        return try AlertLedger(connection: connection, context: context).apply(check, at: .region(kabupaten), commodity: commodity)
    }

    /// The median of the outlets' latest prices observed before `end` in the region; nil when none.
    private func median(_ commodity: CommodityID, in region: RegionCode, before end: Timestamp) throws -> Money? {
        let bounds = RegionBounds(.region(region))
        let prices = try connection.query(PriceReportQueries.latestBefore, [
            commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { $0.optionalInt64(2).map { Money($0) } }
        return PriceStatistics.median(of: prices.compactMap { $0 })
    }
}
