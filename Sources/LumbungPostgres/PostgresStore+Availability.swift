import LumbungCore

extension PostgresStore: AvailabilityStore {
    /// Runs the stock check in one read snapshot: the lookups, then one query that lists the first
    /// `limit` outlets and totals them all (window columns computed before the limit).
    public func availability(_ query: AvailabilityQuery) throws -> Availability {
        try database.read { connection in
            let commodity = try PostgresLookups.commodity(query.commodity, on: connection)
            let region = try query.region.map { try PostgresLookups.region($0, on: connection) }
            let bounds = PostgresLookups.bounds(query.region)
            var outletsWithStock = 0
            var totalQuantity = Quantity.zero
            let map = { (row: PostgresRow) throws -> AvailableOutlet in
                outletsWithStock = row.int(11)
                totalQuantity = Quantity(thousandths: row.int64(12))
                return try Self.availableOutlet(row)
            }
            let items: [AvailableOutlet]
            if let near = query.near {
                let box = near.boundingBox(radiusKm: query.radiusKm)
                items = try connection.query(PostgresAvailabilityQueries.nearPoint, [
                    query.commodity.rawValue, near.latitude, near.longitude, box.south, box.north, box.west, box.east,
                    query.radiusKm, bounds.lower, bounds.upper, query.limit,
                ], row: map)
            } else {
                items = try connection.query(PostgresAvailabilityQueries.inRegion,
                                             [query.commodity.rawValue, bounds.lower, bounds.upper, query.limit], row: map)
            }
            return Availability(commodity: commodity, region: region, outletsWithStock: outletsWithStock,
                                totalQuantity: totalQuantity, items: items)
        }
    }

    /// A row of `PostgresAvailabilityQueries` as a listed outlet; a malformed stored code or status is a storage fault.
    private static func availableOutlet(_ row: PostgresRow) throws -> AvailableOutlet {
        guard let code = RegionCode(row.string(3)) else { throw PostgresError.misuse("stored region \(row.string(3))") }
        let status = try row.optionalString(7).map { text in
            guard let status = PriceStatus(rawValue: text) else { throw PostgresError.misuse("stored price status \(text)") }
            return status
        }
        return AvailableOutlet(
            outletID: row.string(0), outletName: row.string(1), cooperativeName: row.string(2),
            region: RegionLabel(code: code, name: row.optionalString(4)),
            quantity: Quantity(thousandths: row.int64(5)), price: row.optionalInt64(6).map { Money($0) },
            priceStatus: status, priceObservedAt: row.optionalInt64(8).map { Timestamp(millisecondsSinceEpoch: $0) },
            stockUpdatedAt: Timestamp(millisecondsSinceEpoch: row.int64(9)),
            distanceKm: row.optionalDouble(10), address: row.optionalString(13),
            location: row.optionalDouble(14).flatMap { latitude in
                row.optionalDouble(15).flatMap { GeoPoint(latitude: latitude, longitude: $0) }
            })
    }
}

/// The SQL of the stock check on PostgreSQL, in the same order as SQLite's: both answer outlet id, outlet
/// name, cooperative name, region, region name, quantity, price, price status, price observed at, stock
/// updated at, distance (NULL without a point), the matching outlet count, their total quantity (numeric
/// sum, held at the largest quantity), address, latitude, longitude. Region bounds compare in byte order.
enum PostgresAvailabilityQueries {
    /// The largest total quantity reported (thousandths in a 64-bit integer).
    private static let largestTotal = "9223372036854775807"

    /// Outlets with stock in a region, cheapest first (unpriced last), then most stock, then by id.
    /// Parameters: commodity, region lower bound, upper bound, limit.
    static let inRegion = """
        WITH chosen AS (
            SELECT b.outlet_id, b.region, b.quantity, b.updated_at, p.price, p.status, p.observed_at,
                count(*) OVER () AS outlets, LEAST(sum(b.quantity) OVER (), \(largestTotal)) AS total
            FROM stock_balances b
            LEFT JOIN current_prices p ON p.outlet_id = b.outlet_id AND p.commodity = b.commodity
            WHERE b.commodity = $1 AND b.region COLLATE "C" >= $2 AND b.region COLLATE "C" < $3 AND b.quantity > 0
            ORDER BY p.price IS NULL, p.price, b.quantity DESC, b.outlet_id COLLATE "C"
            LIMIT $4)
        SELECT k.outlet_id, o.name, c.name, k.region, r.name, k.quantity, k.price, k.status, k.observed_at, k.updated_at,
            NULL::double precision, k.outlets, k.total, o.address, o.latitude, o.longitude
        FROM chosen k
        JOIN outlets o ON o.id = k.outlet_id
        JOIN cooperatives c ON c.id = o.cooperative_id
        LEFT JOIN regions r ON r.code = k.region
        ORDER BY k.price IS NULL, k.price, k.quantity DESC, k.outlet_id COLLATE "C"
        """

    /// Outlets with stock within a radius of a point (and within a region), nearest first, then by id.
    /// The box (on the location index) comes first; the haversine distance then keeps the circle.
    /// Parameters: commodity, latitude, longitude, south, north, west, east, radius km, region lower
    /// bound, upper bound, limit.
    static let nearPoint = """
        WITH near AS (
            SELECT o.id, o.name, o.cooperative_id, o.region, o.address, o.latitude, o.longitude,
                b.quantity, b.updated_at, p.price, p.status, p.observed_at,
                2 * \(GeoPoint.earthRadiusKm) * asin(LEAST(1, sqrt(
                    power(sin(radians(o.latitude - $2) / 2), 2)
                    + cos(radians($2)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - $3) / 2), 2)))) AS distance
            FROM outlets o
            JOIN stock_balances b ON b.outlet_id = o.id AND b.commodity = $1
            LEFT JOIN current_prices p ON p.outlet_id = o.id AND p.commodity = b.commodity
            WHERE o.latitude IS NOT NULL AND o.latitude BETWEEN $4 AND $5 AND o.longitude BETWEEN $6 AND $7
              AND b.quantity > 0 AND o.region COLLATE "C" >= $9 AND o.region COLLATE "C" < $10),
        chosen AS (
            SELECT *, count(*) OVER () AS outlets, LEAST(sum(quantity) OVER (), \(largestTotal)) AS total
            FROM near WHERE distance <= $8
            ORDER BY distance, id COLLATE "C"
            LIMIT $11)
        SELECT k.id, k.name, c.name, k.region, r.name, k.quantity, k.price, k.status, k.observed_at, k.updated_at,
            k.distance, k.outlets, k.total, k.address, k.latitude, k.longitude
        FROM chosen k
        JOIN cooperatives c ON c.id = k.cooperative_id
        LEFT JOIN regions r ON r.code = k.region
        ORDER BY k.distance, k.id COLLATE "C"
        """
}
