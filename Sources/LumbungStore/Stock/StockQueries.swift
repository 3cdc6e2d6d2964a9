/// The SQL of the stock ledger, shelf and thresholds, named so the query-plan tests can check them.
enum StockQueries {
    /// A commodity's catalogue entry: name, unit, category. Argument: commodity.
    static let catalogueEntry = "SELECT name, unit, category FROM commodities WHERE id = ?"

    /// A balance row's figures: quantity, low threshold. Arguments: outlet, commodity.
    static let balance = "SELECT quantity, low_threshold, region FROM stock_balances WHERE outlet_id = ? AND commodity = ?"

    /// Appends a ledger row. Arguments: id, outlet, commodity, kind, quantity, delta, balance after, occurred at,
    /// recorded at, note.
    static let appendMovement = """
        INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at,
                                     recorded_at, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Creates a balance. Arguments: outlet, commodity, region, quantity, updated at.
    static let insertBalance = """
        INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES (?, ?, ?, ?, ?)
        """

    /// Moves an existing balance (its region is its outlet's, which never changes). Arguments: quantity, updated
    /// at, outlet, commodity. Half the work of an upsert, which also runs the region checks of an insert and of a
    /// changed region.
    static let moveBalance = "UPDATE stock_balances SET quantity = ?, updated_at = ? WHERE outlet_id = ? AND commodity = ?"

    /// Sets a threshold, creating the balance at 0 if needed. Arguments: outlet, commodity, region, threshold,
    /// updated at.
    static let storeThreshold = """
        INSERT INTO stock_balances (outlet_id, commodity, region, quantity, low_threshold, updated_at)
        VALUES (?, ?, ?, 0, ?, ?)
        ON CONFLICT (outlet_id, commodity) DO UPDATE SET low_threshold = excluded.low_threshold
        """

    /// The ledger columns read back as a `Movement`.
    private static let movementColumns = """
        SELECT seq, id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at, note
        FROM stock_movements
        """

    /// A page of an outlet's ledger, newest first. Arguments: outlet, before seq, limit.
    static let ledgerPage = movementColumns + " WHERE outlet_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?"

    /// A page of an outlet's ledger of one commodity, newest first. Arguments: outlet, commodity, before seq, limit.
    static let ledgerPageOfCommodity = movementColumns
        + " WHERE outlet_id = ? AND commodity = ? AND seq < ? ORDER BY seq DESC LIMIT ?"

    /// Shelf items with units and current prices. Arguments: outlet, commodity or NULL for all.
    static let shelf = """
        SELECT b.commodity AS commodity, b.quantity AS quantity, c.unit AS unit, b.low_threshold AS low_threshold,
            b.updated_at AS updated_at, p.price AS price, p.observed_at AS price_observed_at, p.status AS price_status
        FROM stock_balances b
        JOIN commodities c ON c.id = b.commodity
        LEFT JOIN current_prices p ON p.outlet_id = b.outlet_id AND p.commodity = b.commodity
        WHERE b.outlet_id = ?1 AND (?2 IS NULL OR b.commodity = ?2)
        UNION ALL
        SELECT p.commodity, 0, c.unit, NULL, NULL, p.price, p.observed_at, p.status
        FROM current_prices p
        JOIN commodities c ON c.id = p.commodity
        WHERE p.outlet_id = ?1 AND (?2 IS NULL OR p.commodity = ?2)
          AND NOT EXISTS (SELECT 1 FROM stock_balances b WHERE b.outlet_id = p.outlet_id AND b.commodity = p.commodity)
        ORDER BY 1
        """
}
