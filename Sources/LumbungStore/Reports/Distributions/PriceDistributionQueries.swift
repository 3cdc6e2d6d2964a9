/// The SQL of `price_distributions`: per commodity, region level (1–3), region and stored day on
/// which something changed, the outlets' latest prices at the end of that day and how many outlets
/// reported that day. A day without a row has the prices of the latest earlier row and no reports.
enum PriceDistributionQueries {
    /// The table and its key.
    static let createTable = """
        CREATE TABLE price_distributions (
            commodity TEXT NOT NULL,
            level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
            region    TEXT NOT NULL,
            day       INTEGER NOT NULL,
            prices    BLOB NOT NULL,
            reported  INTEGER NOT NULL CHECK (reported >= 0),
            PRIMARY KEY (commodity, level, region, day)
        );
        """

    /// The regions of a level holding rows inside bounds, found by skipping from one to the next.
    /// Parameters: ?1 commodity, ?2 level, ?3 and ?4 the bounds of the region codes.
    private static let regionsAt = """
        WITH RECURSIVE regions_at(region) AS (
            SELECT min(region) FROM price_distributions WHERE commodity = ?1 AND level = ?2 AND region >= ?3 AND region < ?4
            UNION ALL
            SELECT (SELECT min(d.region) FROM price_distributions d
                    WHERE d.commodity = ?1 AND d.level = ?2 AND d.region > r.region AND d.region < ?4)
            FROM regions_at r WHERE r.region IS NOT NULL
        )
        """

    /// Each region's row in force on a day (its latest on or before it).
    /// Parameters: those of `regionsAt`, ?5 the day. Columns: `region`, `day`, `prices`, `reported`.
    static let inForce = regionsAt + """
        SELECT r.region, d.day, d.prices, d.reported FROM regions_at r
        JOIN price_distributions d ON d.commodity = ?1 AND d.level = ?2 AND d.region = r.region
            AND d.day = (SELECT max(x.day) FROM price_distributions x
                         WHERE x.commodity = ?1 AND x.level = ?2 AND x.region = r.region AND x.day <= ?5)
        """

    /// Each region's rows over a window: the one in force on its first day and every later one up to
    /// its last day. Parameters: those of `regionsAt`, ?5 the first day, ?6 the last.
    /// Columns: `region`, `day`, `prices`, by region and day.
    static let window = regionsAt + """
        SELECT r.region, d.day, d.prices FROM regions_at r
        JOIN price_distributions d ON d.commodity = ?1 AND d.level = ?2 AND d.region = r.region AND d.day <= ?6
            AND d.day >= coalesce((SELECT max(x.day) FROM price_distributions x
                                   WHERE x.commodity = ?1 AND x.level = ?2 AND x.region = r.region AND x.day <= ?5), ?5)
        ORDER BY r.region, d.day
        """

    /// One region's latest row on or before a day.
    /// Parameters: commodity, level, region, day. Columns: `day`, `prices`, `reported`.
    static let latestOnOrBefore = """
        SELECT day, prices, reported FROM price_distributions
        WHERE commodity = ?1 AND level = ?2 AND region = ?3 AND day <= ?4 ORDER BY day DESC LIMIT 1
        """

    /// One region's rows from a day on, by day.
    /// Parameters: commodity, level, region, first day. Columns: `day`, `prices`, `reported`.
    static let fromDay = """
        SELECT day, prices, reported FROM price_distributions
        WHERE commodity = ?1 AND level = ?2 AND region = ?3 AND day >= ?4 ORDER BY day
        """

    /// Writes one row. Parameters: commodity, level, region, day, prices, reported.
    static let upsert = """
        INSERT INTO price_distributions (commodity, level, region, day, prices, reported) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (commodity, level, region, day) DO UPDATE SET prices = excluded.prices, reported = excluded.reported
        """
}
