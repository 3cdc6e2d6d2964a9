import LumbungCore
import LumbungStore

extension PostgresStore {
    /// Catches up with the passing of time, as SQLite's `sweepAlerts`: applies bands whose future
    /// `effectiveFrom` arrived after `since` (every such band when nil), opens stale-price alerts for stock
    /// held without a recent price, resolves those whose stock is gone or whose price is recent again, and
    /// on the first sweep of a day re-evaluates every regional alert. Candidates are read in chunks; each
    /// chunk is checked again and written in one short transaction. The caller runs one sweep at a time
    /// across processes (`exclusively`).
    public func sweepAlerts(since: Timestamp?, context: WriteContext) throws -> SweepOutcome {
        var outcome = SweepOutcome()
        let arrived = try database.read { connection in
            try connection.query("""
                SELECT DISTINCT commodity, region FROM bands
                WHERE effective_from > created_at AND effective_from <= $1 AND effective_from > $2
                """, [context.now.millisecondsSinceEpoch, since?.millisecondsSinceEpoch ?? Int64.min]) {
                (try $0.commodity(0), try $0.parsed(1) { RegionScope($0) })
            }
        }
        for (commodity, scope) in arrived {
            try database.write { try PostgresPriceAlerts(connection: $0, context: context).reevaluate(commodity: commodity, within: scope) }
            outcome.bandsApplied += 1
        }
        try sweepNewlyStale(context, into: &outcome)
        try sweepNoLongerStale(context, into: &outcome)
        let zone = context.earlyWarning.zone
        if since.map({ zone.date(of: $0) != zone.date(of: context.now) }) ?? true {
            try sweepRegional(context, into: &outcome)
        }
        return outcome
    }

    /// The most candidates read, checked again and written together.
    static let sweepChunk = 500

    /// The most kabupaten/commodity pairs re-evaluated in one write transaction.
    static let regionalChunk = 50

    /// Re-evaluates the regional alert of every kabupaten/kota and commodity with prices or an open regional
    /// alert, a chunk of pairs per write transaction (each pair under its advisory lock).
    private func sweepRegional(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let pairs = try database.read { connection in
            try connection.query("""
                SELECT DISTINCT cp.commodity, substr(cp.region, 1, 5), c.name FROM current_prices cp
                JOIN commodities c ON c.id = cp.commodity
                UNION
                SELECT a.commodity, a.region, c.name FROM alerts a JOIN commodities c ON c.id = a.commodity
                WHERE a.status = 'open' AND a.kind = 'regional_price_rise'
                """) { (try $0.commodity(0), RegionCode($0.string(1)), $0.string(2)) }
        }
        for start in stride(from: 0, to: pairs.count, by: Self.regionalChunk) {
            outcome.regionalChanged += try database.write { connection in
                let regional = PostgresRegionalAlerts(connection: connection, context: context)
                return try pairs[start..<min(start + Self.regionalChunk, pairs.count)].reduce(0) { count, pair in
                    guard let region = pair.1 else { return count }
                    try regional.lock(around: region, commodity: pair.0)
                    return try regional.evaluate(around: region, commodity: pair.0, commodityName: pair.2) == nil ? count : count + 1
                }
            }
        }
    }

    /// Opens stale-price alerts for held stock without a recent price, chunk by chunk in key order.
    private func sweepNewlyStale(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        var after = PostgresStalePrices.Pair(outletID: "", commodity: "")
        while true {
            let chunk = try database.read {
                try PostgresStalePrices.newlyStale(staleBefore: staleBefore, after: after, limit: Self.sweepChunk, on: $0)
            }
            guard let last = chunk.last else { return }
            outcome.staleOpened += try database.write { connection in
                let stale = PostgresStalePrices(connection: connection, context: context)
                return try chunk.reduce(0) { count, pair in try stale.open(pair) ? count + 1 : count }
            }
            guard chunk.count == Self.sweepChunk else { return }
            after = last
        }
    }

    /// Resolves stale-price alerts whose stock is gone or whose price is recent again, chunk by chunk.
    private func sweepNoLongerStale(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        var after: Int64 = 0
        while true {
            let chunk = try database.read {
                try PostgresStalePrices.noLongerStale(staleBefore: staleBefore, after: after, limit: Self.sweepChunk, on: $0)
            }
            guard let last = chunk.last else { return }
            outcome.staleResolved += try database.write { connection in
                let stale = PostgresStalePrices(connection: connection, context: context)
                return try chunk.reduce(0) { count, item in try stale.resolve(item.pair) ? count + 1 : count }
            }
            guard chunk.count == Self.sweepChunk else { return }
            after = last.seq
        }
    }
}
