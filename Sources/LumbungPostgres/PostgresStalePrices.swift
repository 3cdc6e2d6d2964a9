import LumbungCore

/// Stale-price alerts on PostgreSQL: stock held without a recent price report (the same rules and SQL shape
/// as SQLite's `StalePrices`). Found by the sweep; the check is repeated inside the write transaction, with
/// the balance row locked, before anything changes.
struct PostgresStalePrices {
    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// Who acts, when, and how old a price may be.
    let context: WriteContext

    /// One outlet's commodity.
    struct Pair: Hashable {
        /// The outlet.
        let outletID: String
        /// The commodity.
        let commodity: String
    }

    /// When a balance first moved: the time its staleness counts from while it has never had a price.
    private static let firstMovement = """
        (SELECT m.recorded_at FROM stock_movements m
         WHERE m.outlet_id = s.outlet_id AND m.commodity = s.commodity ORDER BY m.seq LIMIT 1)
        """

    /// Balances held (> 0) whose current price, by the time the balance keeps of it (migration 27), was observed
    /// before the cutoff, or that have none and first moved before it: the walk's candidates, found without
    /// joining a balance with a recent price to anything. Parameter $1 is the cutoff; add conditions after it.
    private static let staleBalances = """
        FROM stock_balances s WHERE s.quantity > 0 AND COALESCE(s.price_observed_at, \(firstMovement)) < $1
        """

    /// Balances held (> 0) whose latest price was observed before the cutoff — or that never had a price
    /// and first moved before it — read from the prices themselves: the check before an alert is opened.
    /// Parameter $1 is the cutoff; add conditions after it.
    private static let staleStock = """
        FROM stock_balances s
        JOIN outlets o ON o.id = s.outlet_id
        JOIN commodities c ON c.id = s.commodity
        LEFT JOIN current_prices cp ON cp.outlet_id = s.outlet_id AND cp.commodity = s.commodity
        WHERE s.quantity > 0 AND COALESCE(cp.observed_at, \(firstMovement)) < $1
        """

    /// Open stale-price alerts whose stock is gone or whose price is recent again ($1 the cutoff).
    private static let endedStale = """
        FROM alerts a
        LEFT JOIN stock_balances s ON s.outlet_id = a.outlet_id AND s.commodity = a.commodity
        LEFT JOIN current_prices cp ON cp.outlet_id = a.outlet_id AND cp.commodity = a.commodity
        WHERE a.status = 'open' AND a.kind = 'stale_price' AND (COALESCE(s.quantity, 0) <= 0 OR cp.observed_at >= $1)
        """

    /// Up to `limit` stale stock pairs without an open stale-price alert, after `after` in key order (byte order).
    /// Run in a transaction of its own: it turns off JIT compilation there, which the planner asks for because it
    /// prices the first-movement subquery as if it ran for every balance (on the national data set compiling took
    /// 250 ms, the walk itself 200 ms).
    static func newlyStale(staleBefore: Int64, after: Pair, limit: Int, on connection: PostgresConnection) throws -> [Pair] {
        try connection.execute("SET LOCAL jit = off")
        return try connection.query("""
            SELECT s.outlet_id, s.commodity \(staleBalances) AND NOT EXISTS (
                SELECT 1 FROM alerts a WHERE a.kind = 'stale_price' AND a.status = 'open'
                AND a.outlet_id = s.outlet_id AND a.commodity = s.commodity)
            AND (s.outlet_id COLLATE "C", s.commodity COLLATE "C") > ($2, $3)
            ORDER BY s.outlet_id COLLATE "C", s.commodity COLLATE "C" LIMIT $4
            """, [staleBefore, after.outletID, after.commodity, limit]) { Pair(outletID: $0.string(0), commodity: $0.string(1)) }
    }

    /// Up to `limit` open stale-price alerts whose condition ended, after alert seq `after`, with their seq.
    static func noLongerStale(staleBefore: Int64, after: Int64, limit: Int,
                              on connection: PostgresConnection) throws -> [(seq: Int64, pair: Pair)] {
        try connection.query("""
            SELECT a.seq, a.outlet_id, a.commodity \(endedStale) AND a.seq > $2 ORDER BY a.seq LIMIT $3
            """, [staleBefore, after, limit]) { ($0.int64(0), Pair(outletID: $0.string(1), commodity: $0.string(2))) }
    }

    /// Opens the alert if the pair is still stale; returns whether one was opened.
    func open(_ pair: Pair) throws -> Bool {
        try lockBalance(pair)
        let found = try connection.queryOne("""
            SELECT o.id, o.cooperative_id, o.name, o.region, c.name, cp.price \(Self.staleStock)
            AND s.outlet_id = $2 AND s.commodity = $3
            """, [context.staleBefore.millisecondsSinceEpoch, pair.outletID, pair.commodity]) { row in
            (outlet: OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: try row.region(3)),
             commodityName: row.string(4), price: row.optionalInt64(5))
        }
        guard let found, let commodity = CommodityID(pair.commodity) else { return false }
        let message = AlertMessage.text(kind: .stalePrice, commodityName: found.commodityName, outletName: found.outlet.name,
                                        value: found.price.map { .price(Money($0)) }, staleAfterHours: context.staleAfterHours)
        let event = try PostgresAlertLedger(connection: connection, context: context)
            .apply(AlertCheck(kind: .stalePrice, finding: AlertFinding(value: found.price, message: message), resolvedValue: nil),
                   at: .outlet(found.outlet), commodity: commodity)
        return event == .opened
    }

    /// Resolves the alert if its condition still ended; returns whether one was resolved.
    func resolve(_ pair: Pair) throws -> Bool {
        try lockBalance(pair)
        let ended = try connection.queryOne("""
            SELECT cp.price \(Self.endedStale) AND a.outlet_id = $2 AND a.commodity = $3
            """, [context.staleBefore.millisecondsSinceEpoch, pair.outletID, pair.commodity]) { $0.optionalInt64(0) }
        guard let ended, let commodity = CommodityID(pair.commodity) else { return false }
        return try PostgresAlertLedger(connection: connection, context: context)
            .clear(.stalePrice, outletID: pair.outletID, commodity: commodity, value: ended)
    }

    /// Locks the pair's balance row (if any), so a movement through another process waits until the check is written.
    private func lockBalance(_ pair: Pair) throws {
        try connection.run("SELECT 1 FROM stock_balances WHERE outlet_id = $1 AND commodity = $2 FOR UPDATE",
                           [pair.outletID, pair.commodity])
    }
}
