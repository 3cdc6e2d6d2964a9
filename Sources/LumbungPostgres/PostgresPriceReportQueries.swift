import LumbungCore

/// The SQL of the dinas price reports on PostgreSQL, the same walks as SQLite's `PriceReportQueries`: both
/// start from `current_prices` over the region's range (compared in byte order), since an outlet without a
/// current price never reported and one whose current price was observed in time needs no look into its history.
enum PostgresPriceReportQueries {
    /// Each outlet's latest price observed before an instant (NULL when it had none yet); reports with
    /// equal `observed_at` are ordered by recording, as the current price is.
    /// Parameters: commodity, instant, region lower bound, upper bound. Columns: `outlet_id`, `region`,
    /// `price`, `observed_at`.
    static let latestBefore = """
        SELECT cp.outlet_id AS outlet_id, cp.region AS region,
            CASE WHEN cp.observed_at < $2 THEN cp.price ELSE earlier.price END AS price,
            CASE WHEN cp.observed_at < $2 THEN cp.observed_at ELSE earlier.observed_at END AS observed_at
        FROM current_prices cp
        LEFT JOIN LATERAL (
            SELECT p.price, p.observed_at FROM price_reports p
            WHERE cp.observed_at >= $2 AND p.outlet_id = cp.outlet_id AND p.commodity = cp.commodity AND p.observed_at < $2
            ORDER BY p.observed_at DESC, p.seq DESC LIMIT 1) earlier ON true
        WHERE cp.commodity = $1 AND cp.region COLLATE "C" >= $3 AND cp.region COLLATE "C" < $4
        """

    /// Every report observed in a period by the outlets of a region, in recording order.
    /// Parameters: commodity, period start, period end (exclusive), region lower bound, upper bound.
    static let changesDuring = """
        SELECT cp.outlet_id, p.price, p.observed_at, p.seq
        FROM current_prices cp
        JOIN price_reports p ON p.outlet_id = cp.outlet_id AND p.commodity = cp.commodity
            AND p.observed_at >= $2 AND p.observed_at < $3
        WHERE cp.commodity = $1 AND cp.region COLLATE "C" >= $4 AND cp.region COLLATE "C" < $5
        ORDER BY p.seq
        """
}

/// The two walks a price series makes on PostgreSQL: each outlet's price at the start and village, then every
/// change until the end, each change naming its outlet by position.
struct PostgresPriceWalk {
    /// Each outlet's price at the start (nil when it had none yet), in outlet order.
    let opening: [Money?]
    /// Each outlet's village, in the same order.
    let villages: [RegionCode]
    /// The changes during the period, in recording order.
    let changes: [PriceChange]

    /// Walks the prices of `commodity` in `region` (nil: the whole country) from `start` until `end`; a change
    /// of an outlet the opening walk did not list is a malformed row.
    init(_ commodity: CommodityID, in region: RegionCode?, from start: Timestamp, before end: Timestamp,
         on connection: PostgresConnection) throws {
        let bounds = PostgresLookups.bounds(region)
        var ordinals: [String: Int] = [:]
        var villages: [RegionCode] = []
        opening = try connection.query(PostgresPriceReportQueries.latestBefore, [
            commodity.rawValue, start.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { row -> Money? in
            ordinals[row.string(0)] = ordinals.count
            villages.append(try row.region(1))
            return row.optionalInt64(2).map { Money($0) }
        }
        self.villages = villages
        changes = try connection.query(PostgresPriceReportQueries.changesDuring, [
            commodity.rawValue, start.millisecondsSinceEpoch, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { row in
            PriceChange(outlet: try row.parsed(0) { ordinals[$0] }, price: Money(row.int64(1)), observedAt: row.timestamp(2),
                        sequence: row.int64(3))
        }
    }
}
