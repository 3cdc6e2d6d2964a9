import LumbungCore
import LumbungStore

extension PostgresStore {
    /// The advisory lock key to run `sweepAlerts` under (`exclusively(lockKey:)`), so one process sweeps at a time ("SWEEP").
    public static let sweepLockKey: Int64 = 0x53_5745_4550

    /// The most candidates read, re-checked and written together.
    static let sweepChunk = 500

    /// The most kabupaten/commodity pairs re-evaluated in one write transaction.
    static let regionalChunk = 50

    /// Catches up with the passing of time, as SQLite's sweep does: applies bands whose future `effectiveFrom`
    /// arrived after `since` (every such band when `since` is nil), opens stale-price alerts for stock held
    /// without a recent price, resolves those whose stock is gone or whose price is recent again, and on the
    /// first sweep of a day re-evaluates every regional alert. Run it under `exclusively(lockKey: sweepLockKey)`
    /// so one process sweeps at a time (sweeps at once stay correct, each chunk re-checked, but may collide).
    /// Candidates are found on a reader in chunks; each chunk is re-checked and written in one short transaction.
    public func sweepAlerts(since: Timestamp?, context: WriteContext) throws -> SweepOutcome {
        var outcome = SweepOutcome()
        let arrived = try database.read(withinBudget: false) { connection in
            try connection.query("""
                SELECT DISTINCT commodity, region FROM bands
                WHERE effective_from > created_at AND effective_from <= $1 AND effective_from > $2
                """, [context.now.millisecondsSinceEpoch, since?.millisecondsSinceEpoch ?? Int64.min]) {
                (try $0.commodity(0), try $0.parsed(1) { RegionScope($0) })
            }
        }
        for (commodity, scope) in arrived {
            _ = try write(context) { try PostgresPriceAlerts(connection: $0, context: $1).reevaluate(commodity: commodity, within: scope) }
            outcome.bandsApplied += 1
        }
        try sweepNewlyStale(context, into: &outcome)
        try sweepNoLongerStale(context, into: &outcome)
        if context.earlyWarning.isNewDay(since: since, now: context.now) {
            try sweepRegional(context, into: &outcome)
        }
        return outcome
    }

    /// Re-evaluates the regional alert of every kabupaten/kota and commodity with prices or an open regional
    /// alert, a chunk of pairs per write transaction (their advisory locks taken first, in order).
    private func sweepRegional(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let pairs = try database.read(withinBudget: false) { connection in
            try connection.query("""
                SELECT DISTINCT cp.commodity, substr(cp.region, 1, 5) COLLATE "C" AS kabupaten, c.name FROM current_prices cp
                JOIN commodities c ON c.id = cp.commodity
                UNION
                SELECT a.commodity, a.region COLLATE "C", c.name FROM alerts a JOIN commodities c ON c.id = a.commodity
                WHERE a.status = 'open' AND a.kind = 'regional_price_rise'
                ORDER BY 2, 1
                """) { (commodity: try $0.commodity(0), region: RegionCode($0.string(1)), name: $0.string(2)) }
        }.compactMap { pair in pair.region.map { (commodity: pair.commodity, region: $0, name: pair.name) } }
        for start in stride(from: 0, to: pairs.count, by: Self.regionalChunk) {
            let chunk = pairs[start..<min(start + Self.regionalChunk, pairs.count)]
            outcome.regionalChanged += try database.write { connection in
                let regional = PostgresRegionalAlerts(connection: connection, context: context)
                for pair in chunk { try regional.lock(around: pair.region, commodity: pair.commodity) }
                return try chunk.reduce(0) { count, pair in
                    try regional.evaluate(around: pair.region, commodity: pair.commodity, commodityName: pair.name) == nil ? count : count + 1
                }
            }
        }
    }

    /// Opens stale-price alerts for held stock without a recent price, chunk by chunk in key order.
    private func sweepNewlyStale(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        outcome.staleOpened += try ChunkedWalk.run(
            from: PostgresStalePrices.Pair(outletID: "", commodity: ""), limit: Self.sweepChunk,
            find: { after, limit in
                try database.read(withinBudget: false) { try PostgresStalePrices.newlyStale(staleBefore: staleBefore, after: after, limit: limit, on: $0) }
            },
            position: { $0 },
            write: { chunk in
                try write(context) { connection, context in
                    let stale = PostgresStalePrices(connection: connection, context: context)
                    return try chunk.reduce(0) { count, pair in try stale.open(pair) ? count + 1 : count }
                }
            })
    }

    /// Resolves stale-price alerts whose stock is gone or whose price is recent again, chunk by chunk.
    private func sweepNoLongerStale(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        outcome.staleResolved += try ChunkedWalk.run(
            from: Int64(0), limit: Self.sweepChunk,
            find: { after, limit in
                try database.read(withinBudget: false) { try PostgresStalePrices.noLongerStale(staleBefore: staleBefore, after: after, limit: limit, on: $0) }
            },
            position: \.seq,
            write: { chunk in
                try write(context) { connection, context in
                    let stale = PostgresStalePrices(connection: connection, context: context)
                    return try chunk.reduce(0) { count, item in try stale.resolve(item.pair) ? count + 1 : count }
                }
            })
    }
}
