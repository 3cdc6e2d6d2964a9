/// The SQL of the dinas price reports. Both walk `current_prices_by_region` over the region's range:
/// an outlet without a current price never reported, and one whose current price was observed in
/// time needs no look into its history, which is found by the outlet's key in `price_report_rows`.
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
}
