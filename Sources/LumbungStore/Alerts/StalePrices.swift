import LumbungCore

/// Stale-price alerts: stock held without a recent price report. Found by the sweep; the check is
/// repeated inside the write transaction before anything changes.
struct StalePrices {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts, when, and how old a price may be.
    let context: WriteContext

    /// One outlet's commodity.
    struct Pair: Hashable {
        /// The outlet.
        let outletID: String
        /// The commodity.
        let commodity: String
    }

    /// Balances held (> 0) whose latest price was observed before the cutoff — or that never had a
    /// price and first moved before it. Parameter ?1 is the cutoff; add conditions after it. The price's
    /// time is the balance's own copy (`price_observed_at`, kept equal to the current price's by triggers,
    /// migration 18), so a balance with a recent price is passed over without joining anything: the sweep
    /// looks at every balance held, every minute.
    private static let staleStock = """
        FROM stock_balances s
        JOIN outlets o ON o.id = s.outlet_id
        JOIN commodities c ON c.id = s.commodity
        LEFT JOIN current_prices cp ON cp.outlet_id = s.outlet_id AND cp.commodity = s.commodity
        WHERE s.quantity > 0 AND COALESCE(s.price_observed_at, (
            SELECT m.recorded_at FROM stock_movements m
            WHERE m.outlet_id = s.outlet_id AND m.commodity = s.commodity ORDER BY m.seq LIMIT 1)) < ?1
        """

    /// Open stale-price alerts whose stock is gone or whose price is recent again (?1 the cutoff).
    private static let endedStale = """
        FROM alerts a
        LEFT JOIN stock_balances s ON s.outlet_id = a.outlet_id AND s.commodity = a.commodity
        LEFT JOIN current_prices cp ON cp.outlet_id = a.outlet_id AND cp.commodity = a.commodity
        WHERE a.status = 'open' AND a.kind = 'stale_price' AND (COALESCE(s.quantity, 0) <= 0 OR cp.observed_at >= ?1)
        """

    /// Up to `limit` stale stock pairs without an open stale-price alert, after `after` in key order.
    static func newlyStale(staleBefore: Int64, after: Pair, limit: Int, on connection: Connection) throws -> [Pair] {
        try connection.query("""
            SELECT s.outlet_id, s.commodity \(staleStock) AND NOT EXISTS (
                SELECT 1 FROM alerts a WHERE a.kind = 'stale_price' AND a.status = 'open'
                AND a.outlet_id = s.outlet_id AND a.commodity = s.commodity)
            AND (s.outlet_id, s.commodity) > (?2, ?3) ORDER BY s.outlet_id, s.commodity LIMIT ?4
            """, [staleBefore, after.outletID, after.commodity, limit]) { Pair(outletID: $0.string(0), commodity: $0.string(1)) }
    }

    /// Up to `limit` open stale-price alerts whose condition ended, after alert seq `after`, with their seq.
    static func noLongerStale(staleBefore: Int64, after: Int64, limit: Int,
                              on connection: Connection) throws -> [(seq: Int64, pair: Pair)] {
        try connection.query("""
            SELECT a.seq, a.outlet_id, a.commodity \(endedStale) AND a.seq > ?2 ORDER BY a.seq LIMIT ?3
            """, [staleBefore, after, limit]) { ($0.int64(0), Pair(outletID: $0.string(1), commodity: $0.string(2))) }
    }

    /// Opens the alert if the pair is still stale; returns whether one was opened.
    func open(_ pair: Pair) throws -> Bool {
        let found = try connection.queryOne("""
            SELECT o.id, o.cooperative_id, o.name, o.region, c.name, cp.price \(Self.staleStock)
            AND s.outlet_id = ?2 AND s.commodity = ?3
            """, [context.staleBefore.millisecondsSinceEpoch, pair.outletID, pair.commodity]) { row in
            (outlet: OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                                   region: try row.region(3)),
             commodityName: row.string(4), price: row.optionalInt64(5))
        }
        guard let found, let commodity = CommodityID(pair.commodity) else { return false }
        let message = AlertMessage.text(kind: .stalePrice, commodityName: found.commodityName, outletName: found.outlet.name,
                                        value: found.price.map { .price(Money($0)) },
                                        staleAfterHours: context.staleAfterHours)
        let event = try AlertLedger(connection: connection, context: context)
            .apply(AlertCheck(kind: .stalePrice, finding: AlertFinding(value: found.price, message: message), resolvedValue: nil),
                   at: .outlet(found.outlet), commodity: commodity)
        return event == .opened
    }

    /// Resolves the alert if its condition still ended; returns whether one was resolved.
    func resolve(_ pair: Pair) throws -> Bool {
        let ended = try connection.queryOne("""
            SELECT cp.price \(Self.endedStale) AND a.outlet_id = ?2 AND a.commodity = ?3
            """, [context.staleBefore.millisecondsSinceEpoch, pair.outletID, pair.commodity]) { $0.optionalInt64(0) }
        guard let ended, let commodity = CommodityID(pair.commodity) else { return false }
        return try AlertLedger(connection: connection, context: context)
            .clear(.stalePrice, outletID: pair.outletID, commodity: commodity, value: ended)
    }
}
