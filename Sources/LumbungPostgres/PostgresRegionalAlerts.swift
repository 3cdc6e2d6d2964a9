import LumbungCore

/// Keeps the `regional_price_rise` alert of a kabupaten/kota's commodity in step with the week-on-week rise
/// of its median price on PostgreSQL, inside a write transaction (Core's `AlertStateMachine.regionalCheck`
/// decides, as on SQLite).
///
/// Processes writing prices of one kabupaten/kota's commodity at once would each see no open alert and
/// open two, so `lock` takes a transaction-scoped advisory lock on the pair first: they queue, and each
/// statement after the lock (read committed) sees the reports of those that went before.
struct PostgresRegionalAlerts {
    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// Who acts, when, and the early-warning policy.
    let context: WriteContext

    /// Waits for every other transaction re-evaluating the kabupaten/kota around `region` for `commodity`.
    func lock(around region: RegionCode, commodity: CommodityID) throws {
        guard region.level >= 2 else { return }
        try connection.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                           ["regional\u{1F}\(region.ancestor(atLevel: 2).rawValue)\u{1F}\(commodity.rawValue)"])
    }

    /// Re-evaluates the kabupaten/kota containing `region` for `commodity` (whose display name is
    /// `commodityName`): its median today against a week ago, "today" being the day of `context.now` in
    /// the policy's zone; opens, updates or resolves its alert. Returns the event appended, if any.
    @discardableResult
    func evaluate(around region: RegionCode, commodity: CommodityID, commodityName: String) throws -> AlertEventType? {
        let judged = try AlertStateMachine.regionalCheck(
            around: region, at: context.now, policy: context.earlyWarning, commodityName: commodityName,
            median: { kabupaten, end in try median(commodity, in: kabupaten, before: end) },
            regionName: { kabupaten in
                try connection.queryOne("SELECT name FROM regions WHERE code = $1", [kabupaten.rawValue]) { $0.string(0) }
                    ?? kabupaten.rawValue
            })
        guard let judged else { return nil }
        return try PostgresAlertLedger(connection: connection, context: context)
            .apply(judged.check, at: .region(judged.kabupaten), commodity: commodity)
    }

    /// The median of the outlets' latest prices observed before `end` in the region; nil when none.
    private func median(_ commodity: CommodityID, in region: RegionCode, before end: Timestamp) throws -> Money? {
        let prices = try connection.query(PostgresPriceReportQueries.latestBefore, [
            commodity.rawValue, end.millisecondsSinceEpoch, region.subtreeRange.lower, region.subtreeRange.upper,
        ]) { $0.optionalInt64(2).map { Money($0) } }
        return PriceStatistics.median(of: prices.compactMap { $0 })
    }
}
