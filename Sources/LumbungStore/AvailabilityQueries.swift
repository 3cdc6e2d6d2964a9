import LumbungCore

/// The SQL of the stock check: both start from an index (the in-stock partial index on
/// `stock_balances`, or the `outlet_locations` R*Tree) and never scan a whole table.
enum AvailabilityQueries {
    /// The listed columns, then two window columns with the totals over every matching row
    /// (computed before `LIMIT`).
    static let columns = """
        o.id, o.name, c.name, o.region, r.name, b.quantity, p.price, p.status, p.observed_at, b.updated_at
        """

    /// Outlets with stock in a region, cheapest first (unpriced last), then most stock, then by id.
    /// Parameters: commodity, region lower bound, upper bound, limit.
    static let inRegion = """
        SELECT \(columns), NULL, count(*) OVER (), sum(b.quantity) OVER ()
        FROM stock_balances b
        CROSS JOIN outlets o ON o.id = b.outlet_id
        JOIN cooperatives c ON c.id = o.cooperative_id
        LEFT JOIN current_prices p ON p.outlet_id = b.outlet_id AND p.commodity = b.commodity
        LEFT JOIN regions r ON r.code = b.region
        WHERE b.commodity = ?1 AND b.region >= ?2 AND b.region < ?3 AND b.quantity > 0
        ORDER BY p.price IS NULL, p.price, b.quantity DESC, b.outlet_id
        LIMIT ?4
        """

    /// Outlets with stock within a radius of a point (and within a region), nearest first, then by id.
    /// The R*Tree box prefilter comes first; the haversine distance then keeps the circle.
    /// Parameters: commodity, latitude, longitude, south, north, west, east, radius km,
    /// region lower bound, upper bound, limit.
    static let nearPoint = """
        SELECT \(columns),
            2 * \(GeoPoint.earthRadiusKm) * asin(min(1, sqrt(
                pow(sin(radians(o.latitude - ?2) / 2), 2)
                + cos(radians(?2)) * cos(radians(o.latitude)) * pow(sin(radians(o.longitude - ?3) / 2), 2)))) AS distance,
            count(*) OVER (), sum(b.quantity) OVER ()
        FROM outlet_locations g
        CROSS JOIN outlets o ON o.rowid = g.id
        CROSS JOIN stock_balances b ON b.outlet_id = o.id AND b.commodity = ?1
        JOIN cooperatives c ON c.id = o.cooperative_id
        LEFT JOIN current_prices p ON p.outlet_id = o.id AND p.commodity = b.commodity
        LEFT JOIN regions r ON r.code = o.region
        WHERE g.max_latitude >= ?4 AND g.min_latitude <= ?5 AND g.max_longitude >= ?6 AND g.min_longitude <= ?7
          AND b.quantity > 0 AND distance <= ?8 AND o.region >= ?9 AND o.region < ?10
        ORDER BY distance, o.id
        LIMIT ?11
        """
}
