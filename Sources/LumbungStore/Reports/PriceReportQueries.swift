/// Every query of the reports and of the stored price distributions that reads price reports (the lean
/// `price_report_rows`, found by the outlet's key). The report walks go through `current_prices_by_region`
/// over the region's range: an outlet without a current price never reported, and one whose current price
/// was observed in time needs no look into its history. The others seek one outlet's commodity in the key.
enum PriceReportQueries {
    /// Each outlet's latest price observed before an instant (NULL when it had none yet); reports
    /// with equal `observed_at` are ordered by recording, as the current price is.
    /// Parameters: commodity, instant, region lower bound, upper bound. Columns: `outlet_id`,
    /// `region`, `price`, `observed_at`.
    static let latestBefore = """
        SELECT cp.outlet_id AS outlet_id, cp.region AS region,
            CASE WHEN cp.observed_at < ?2 THEN cp.price ELSE (
                SELECT p.price FROM outlet_keys k CROSS JOIN price_report_rows p ON p.outlet = k.key
                WHERE k.outlet_id = cp.outlet_id AND p.commodity = cp.commodity AND p.observed_at < ?2
                ORDER BY p.observed_at DESC, p.seq DESC LIMIT 1) END AS price,
            CASE WHEN cp.observed_at < ?2 THEN cp.observed_at ELSE (
                SELECT p.observed_at FROM outlet_keys k CROSS JOIN price_report_rows p ON p.outlet = k.key
                WHERE k.outlet_id = cp.outlet_id AND p.commodity = cp.commodity AND p.observed_at < ?2
                ORDER BY p.observed_at DESC, p.seq DESC LIMIT 1) END AS observed_at
        FROM current_prices cp
        WHERE cp.commodity = ?1 AND cp.region >= ?3 AND cp.region < ?4
        """

    /// Every report observed in a period by the outlets of a region.
    /// Parameters: commodity, period start, period end (exclusive), region lower bound, upper bound.
    static let changesDuring = """
        SELECT cp.outlet_id, p.price, p.observed_at, p.seq
        FROM current_prices cp
        CROSS JOIN outlet_keys k ON k.outlet_id = cp.outlet_id
        CROSS JOIN price_report_rows p ON p.outlet = k.key AND p.commodity = cp.commodity
            AND p.observed_at >= ?2 AND p.observed_at < ?3
        WHERE cp.commodity = ?1 AND cp.region >= ?4 AND cp.region < ?5
        """

    /// The reports next to a new one of an outlet's commodity in observation order, by two seeks of
    /// `price_report_rows`' key: the one just before it (the latest observed earlier, or at the same instant and
    /// recorded earlier; its row only when there is one), then when the next one after it was observed (always a
    /// row; NULL when none). The new report must have the highest seq.
    /// Parameters: outlet key, commodity, observed at, seq. Columns: `price` (NULL in the second row), `observed_at`.
    static let neighbours = """
        SELECT * FROM (SELECT price, observed_at FROM price_report_rows
                       WHERE outlet = ?1 AND commodity = ?2 AND (observed_at, seq) < (?3, ?4)
                       ORDER BY observed_at DESC, seq DESC LIMIT 1)
        UNION ALL
        SELECT NULL, min(observed_at) FROM price_report_rows WHERE outlet = ?1 AND commodity = ?2 AND observed_at > ?3
        """

    /// Every outlet that reported a commodity, with its village, by village code.
    /// Parameter: commodity. Columns: `outlet_id`, `region`.
    static let outletsByRegion = """
        SELECT outlet_id, region FROM current_prices WHERE commodity = ?1 ORDER BY region, outlet_id
        """

    /// One outlet's reports of a commodity in observation order.
    /// Parameters: outlet, commodity. Columns: `price`, `observed_at`.
    /// It reads `price_reports`, the table before migration 14 and the view of `price_report_rows` after
    /// (a seek of its key either way), as migration 13 builds the distributions before 14 runs.
    static let outletHistory = """
        SELECT price, observed_at FROM price_reports WHERE outlet_id = ?1 AND commodity = ?2 ORDER BY observed_at, seq
        """
}
