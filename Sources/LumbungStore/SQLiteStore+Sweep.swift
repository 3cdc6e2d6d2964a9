import LumbungCore

/// What one sweep changed.
public struct SweepOutcome: Sendable, Hashable {
    /// Bands that came into force since the previous sweep and were applied to current prices.
    public var bandsApplied = 0
    /// Stale-price alerts opened.
    public var staleOpened = 0
    /// Stale-price alerts resolved because the stock is gone or a recent price arrived.
    public var staleResolved = 0

    /// Whether the sweep changed nothing.
    public var isEmpty: Bool { bandsApplied == 0 && staleOpened == 0 && staleResolved == 0 }
}

extension SQLiteStore {
    /// Catches up with the passing of time: applies bands whose future `effectiveFrom` arrived after
    /// `since` (every such band when `since` is nil), opens stale-price alerts for stock held without
    /// a recent price, and resolves those whose stock is gone. Candidates are found on a reader;
    /// each change is re-checked and written in a short write transaction.
    public func sweepAlerts(since: Timestamp?, context: WriteContext) throws -> SweepOutcome {
        var outcome = SweepOutcome()
        let now = context.now.millisecondsSinceEpoch
        let staleBefore = context.staleBefore.millisecondsSinceEpoch
        let arrived = try database.read { connection in
            try connection.query("""
                SELECT DISTINCT commodity, region FROM bands
                WHERE effective_from > created_at AND effective_from <= ? AND effective_from > ?
                """, [now, since?.millisecondsSinceEpoch ?? Int64.min]) { (CommodityID($0.string(0))!, RegionScope($0.string(1))!) }
        }
        for (commodity, scope) in arrived {
            try database.write { try PriceReevaluation(connection: $0, context: context).run(commodity: commodity, within: scope) }
            outcome.bandsApplied += 1
        }
        let (toOpen, toResolve) = try database.read { connection in
            (try StalePrices.newlyStale(staleBefore: staleBefore, on: connection),
             try StalePrices.noLongerStale(staleBefore: staleBefore, on: connection))
        }
        for pair in toOpen {
            let opened = try database.write { try StalePrices(connection: $0, context: context).open(pair) }
            if opened { outcome.staleOpened += 1 }
        }
        for pair in toResolve {
            let resolved = try database.write { try StalePrices(connection: $0, context: context).resolve(pair) }
            if resolved { outcome.staleResolved += 1 }
        }
        return outcome
    }
}
