import LumbungCore

/// What one sweep changed.
public struct SweepOutcome: Sendable, Hashable {
    /// Bands that came into force since the previous sweep and were applied to current prices.
    public var bandsApplied = 0
    /// Stale-price alerts opened.
    public var staleOpened = 0
    /// Stale-price alerts resolved because the stock is gone or a recent price arrived.
    public var staleResolved = 0
    /// Regional alerts opened, updated or resolved because a new day moved the week-ago median.
    public var regionalChanged = 0

    /// Nothing changed yet.
    public init() {}

    /// Whether the sweep changed nothing.
    public var isEmpty: Bool { bandsApplied == 0 && staleOpened == 0 && staleResolved == 0 && regionalChanged == 0 }
}

extension SQLiteStore {
    /// Catches up with the passing of time: applies bands whose future `effectiveFrom` arrived after
    /// `since` (every such band when `since` is nil), opens stale-price alerts for stock held without
    /// a recent price, resolves those whose stock is gone or whose price is recent again, and on the
    /// first sweep of a day re-evaluates every regional alert.
    /// Candidates are found on a reader in chunks of `sweepChunk`; each chunk is re-checked and written
    /// in one short write transaction, so requests keep being served during a large sweep.
    public func sweepAlerts(since: Timestamp?, context: WriteContext) throws -> SweepOutcome {
        var outcome = SweepOutcome()
        let now = context.now.millisecondsSinceEpoch
        let arrived = try database.read(withinBudget: false) { connection in
            try connection.query("""
                SELECT DISTINCT commodity, region FROM bands
                WHERE effective_from > created_at AND effective_from <= ? AND effective_from > ?
                """, [now, since?.millisecondsSinceEpoch ?? Int64.min]) { (try $0.commodity(0), try $0.parsed(1) { RegionScope($0) }) }
        }
        for (commodity, scope) in arrived {
            _ = try write(context) { try PriceReevaluation(connection: $0, context: $1).run(commodity: commodity, within: scope) }
            outcome.bandsApplied += 1
        }
        try sweepNewlyStale(context, into: &outcome)
        try sweepNoLongerStale(context, into: &outcome)
        if context.earlyWarning.isNewDay(since: since, now: context.now) {
            try sweepRegional(context, into: &outcome)
        }
        return outcome
    }

    /// Re-evaluates the regional alert of every kabupaten/kota and commodity with prices or an open
    /// regional alert, a chunk of pairs per write transaction. Between two price reports only a new
    /// day can change a level (the week-ago median moves), so the sweep does this once a day. The pairs
    /// are read outside the requests' time budget, as the sweep's other reads: they come from every current
    /// price (a second or more at national scale).
    private func sweepRegional(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let pairs = try database.read(withinBudget: false) { connection in
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
                let regional = RegionalAlerts(connection: connection, context: context, kept: keptDistributions)
                return try pairs[start..<min(start + Self.regionalChunk, pairs.count)].reduce(0) { count, pair in
                    guard let region = pair.1 else { return count }
                    let changed = try regional.evaluate(around: region, commodity: pair.0, commodityName: pair.2)
                    return changed == nil ? count : count + 1
                }
            }
        }
    }

    /// The most candidates read, re-checked and written together.
    static let sweepChunk = 500

    /// The most kabupaten/commodity pairs re-evaluated in one write transaction (each reads the
    /// kabupaten's prices twice, so chunks stay small to keep writes flowing).
    static let regionalChunk = 50

    /// Opens stale-price alerts for held stock without a recent price, chunk by chunk in key order.
    private func sweepNewlyStale(_ context: WriteContext, into outcome: inout SweepOutcome) throws {
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        outcome.staleOpened += try ChunkedWalk.run(
            from: StalePrices.Pair(outletID: "", commodity: ""), limit: Self.sweepChunk,
            find: { after, limit in
                try database.read(withinBudget: false) { try StalePrices.newlyStale(staleBefore: staleBefore, after: after, limit: limit, on: $0) }
            },
            position: { $0 },
            write: { chunk in
                try write(context) { connection, context in
                    let stale = StalePrices(connection: connection, context: context)
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
                try database.read(withinBudget: false) { try StalePrices.noLongerStale(staleBefore: staleBefore, after: after, limit: limit, on: $0) }
            },
            position: \.seq,
            write: { chunk in
                try write(context) { connection, context in
                    let stale = StalePrices(connection: connection, context: context)
                    return try chunk.reduce(0) { count, item in try stale.resolve(item.pair) ? count + 1 : count }
                }
            })
    }
}
