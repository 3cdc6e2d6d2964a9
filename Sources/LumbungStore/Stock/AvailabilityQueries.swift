import LumbungCore

/// The SQL of the stock check. Both kinds start from an index (the covering partial indexes of balances in
/// stock, which hold their current prices, or the `outlet_locations` R*Tree) and never scan a whole table.
/// In a region, the balances are read with their prices' status and time and ranked in memory (`StockRanking`),
/// then each listed outlet's names are sought: a province's or kabupaten/kota's from the heads of its price orders
/// under its kept totals, a smaller region's all at once; `inRegion` answers the same in one statement (what
/// datasette is measured with, and what the tests compare the ranking with). Around a point, one statement answers
/// the columns named in `AvailableOutletColumns` (the totals over every matching outlet, computed before `LIMIT`:
/// the outlet count, and the total quantity in two exact parts, whole `totalSplit`s and the rest, so the sum cannot
/// overflow).
enum AvailabilityQueries {
    /// The divisor that splits each balance for the overflow-safe total.
    static let totalSplit: Int64 = 1_000_000_000

    /// The total from its two parts (see `totalSplit`), held at the largest quantity rather than overflowing.
    static func total(high: Int64, low: Int64) -> Quantity {
        let (scaled, overflow) = high.multipliedReportingOverflow(by: totalSplit)
        let (sum, overflowAgain) = scaled.addingReportingOverflow(low)
        return Quantity(thousandths: overflow || overflowAgain ? Int64.max : sum)
    }

    /// Every balance in stock in a region, from the covering index alone: its ranking key (the outlet's current
    /// price, NULL without one, and the quantity), outlet, village, time, and its price's status and time
    /// (migration 18). Parameters: commodity, region lower bound, upper bound.
    static let regionBalances = """
        SELECT price, quantity, outlet_id, region, updated_at, price_status, price_observed_at
        FROM stock_balances INDEXED BY stock_balances_available
        WHERE commodity = ?1 AND region >= ?2 AND region < ?3 AND quantity > 0
        """

    /// A kabupaten/kota's balances in stock in the check's order (priced first, cheapest first; the rest of the
    /// order is `StockRanking`'s), from the head of the covering index kept in that order (migration 26): the reader
    /// stops once the first `limit` are settled. Parameters: commodity, kabupaten/kota code.
    static let kabupatenBalances = """
        SELECT price, quantity, outlet_id, region, updated_at, price_status, price_observed_at
        FROM stock_balances INDEXED BY stock_balances_by_kabupaten_price
        WHERE commodity = ?1 AND substr(region, 1, 5) = ?2 AND quantity > 0
        ORDER BY price IS NULL, price
        """

    /// The kept totals (migration 26) of the kabupaten/kota in a province or of one kabupaten/kota: each one's code,
    /// outlets with stock and their quantity in two parts. Parameters: commodity, region lower bound, upper bound.
    static let kabupatenTotals = """
        SELECT kabupaten, outlets, total_high, total_low FROM stock_kabupaten_totals
        WHERE commodity = ?1 AND kabupaten >= ?2 AND kabupaten < ?3
        """

    /// The directory's change counter (migration 16), read in the stock check's snapshot.
    static let directoryGeneration = "SELECT generation FROM directory_generation WHERE id = 1"

    /// A listed outlet's names and place: its name, its cooperative's name, the name of its balance's village,
    /// its address and position. Parameters: outlet id, the balance's village.
    static let listedOutlet = """
        SELECT o.name, c.name, r.name, o.address, o.latitude, o.longitude
        FROM outlets o JOIN cooperatives c ON c.id = o.cooperative_id LEFT JOIN regions r ON r.code = ?2
        WHERE o.id = ?1
        """

    /// Outlets with stock in a region, cheapest first (unpriced last), then most stock, then by id, in one
    /// statement with the columns of `AvailableOutletColumns` (the store ranks in memory instead; see above).
    /// The totals are one aggregate over the covering index alone (no window buffering every match); the ranking
    /// reads the same index, which holds each balance's current price (migration 15), and keeps the first `limit`
    /// in a bounded sort: only the listed outlets are joined to their price's status and time.
    /// Parameters: commodity, region lower bound, upper bound, limit.
    static let inRegion = """
        WITH totals AS (
            SELECT count(*) AS outlets, sum(quantity / \(Self.totalSplit)) AS total_high,
                sum(quantity % \(Self.totalSplit)) AS total_low
            FROM stock_balances INDEXED BY stock_balances_available
            WHERE commodity = ?1 AND region >= ?2 AND region < ?3 AND quantity > 0),
        chosen AS (
            SELECT b.outlet_id, b.region, b.quantity, b.updated_at, b.price
            FROM stock_balances b INDEXED BY stock_balances_available
            WHERE b.commodity = ?1 AND b.region >= ?2 AND b.region < ?3 AND b.quantity > 0
            ORDER BY b.price IS NULL, b.price, b.quantity DESC, b.outlet_id
            LIMIT ?4)
        SELECT k.outlet_id AS outlet_id, o.name AS outlet_name, c.name AS cooperative_name, k.region AS region,
            r.name AS region_name, k.quantity AS quantity, p.price AS price, p.status AS price_status,
            p.observed_at AS price_observed_at, k.updated_at AS stock_updated_at, NULL AS distance,
            t.outlets AS outlets_with_stock, t.total_high AS total_high, t.total_low AS total_low, o.address AS address, o.latitude AS latitude,
            o.longitude AS longitude
        FROM totals t
        CROSS JOIN chosen k
        CROSS JOIN outlets o ON o.id = k.outlet_id
        JOIN cooperatives c ON c.id = o.cooperative_id
        LEFT JOIN current_prices p ON p.outlet_id = k.outlet_id AND p.commodity = ?1
        LEFT JOIN regions r ON r.code = k.region
        ORDER BY k.price IS NULL, k.price, k.quantity DESC, k.outlet_id
        """

    /// Outlets with stock within a radius of a point (and within a region), nearest first, then by id.
    /// The R*Tree box prefilter comes first; the haversine distance then keeps the circle.
    /// Parameters: commodity, latitude, longitude, south, north, west, east, radius km,
    /// region lower bound, upper bound, limit.
    static let nearPoint = """
        WITH chosen AS (
            SELECT o.id AS outlet_id, o.name, o.cooperative_id, o.region, b.quantity, b.updated_at,
                o.address, o.latitude, o.longitude,
                p.price, p.status, p.observed_at,
                2 * \(GeoPoint.earthRadiusKm) * asin(min(1, sqrt(
                    pow(sin(radians(o.latitude - ?2) / 2), 2)
                    + cos(radians(?2)) * cos(radians(o.latitude)) * pow(sin(radians(o.longitude - ?3) / 2), 2)))) AS distance,
                count(*) OVER () AS outlets, sum(b.quantity / \(Self.totalSplit)) OVER () AS total_high,
                sum(b.quantity % \(Self.totalSplit)) OVER () AS total_low
            FROM outlet_locations g
            CROSS JOIN outlets o ON o.rowid = g.id
            CROSS JOIN stock_balances b ON b.outlet_id = o.id AND b.commodity = ?1
            LEFT JOIN current_prices p ON p.outlet_id = o.id AND p.commodity = b.commodity
            WHERE g.max_latitude >= ?4 AND g.min_latitude <= ?5 AND g.max_longitude >= ?6 AND g.min_longitude <= ?7
              AND b.quantity > 0 AND distance <= ?8 AND o.region >= ?9 AND o.region < ?10
            ORDER BY distance, o.id
            LIMIT ?11)
        SELECT k.outlet_id AS outlet_id, k.name AS outlet_name, c.name AS cooperative_name, k.region AS region,
            r.name AS region_name, k.quantity AS quantity, k.price AS price, k.status AS price_status,
            k.observed_at AS price_observed_at, k.updated_at AS stock_updated_at, k.distance AS distance,
            k.outlets AS outlets_with_stock, k.total_high AS total_high, k.total_low AS total_low, k.address AS address, k.latitude AS latitude,
            k.longitude AS longitude
        FROM chosen k
        JOIN cooperatives c ON c.id = k.cooperative_id
        LEFT JOIN regions r ON r.code = k.region
        ORDER BY k.distance, k.outlet_id
        """
}

/// The column positions of an `AvailabilityQueries` answer, found by name once per query.
struct AvailableOutletColumns {
    let outletID, outletName, cooperativeName, region, regionName, quantity, price, priceStatus: Int
    let priceObservedAt, stockUpdatedAt, distance, outletsWithStock, totalHigh, totalLow, address, latitude, longitude: Int

    /// The positions in `row`'s query; a missing name throws `MalformedRow`.
    init(_ row: Row) throws {
        (outletID, outletName, cooperativeName) = (try row.column("outlet_id"), try row.column("outlet_name"),
                                                   try row.column("cooperative_name"))
        (region, regionName, quantity) = (try row.column("region"), try row.column("region_name"), try row.column("quantity"))
        (price, priceStatus, priceObservedAt) = (try row.column("price"), try row.column("price_status"),
                                                 try row.column("price_observed_at"))
        (stockUpdatedAt, distance) = (try row.column("stock_updated_at"), try row.column("distance"))
        (outletsWithStock, totalHigh, totalLow) = (try row.column("outlets_with_stock"), try row.column("total_high"),
                                                   try row.column("total_low"))
        (address, latitude, longitude) = (try row.column("address"), try row.column("latitude"), try row.column("longitude"))
    }

    /// The outlet in `row`.
    func outlet(_ row: Row) throws -> AvailableOutlet {
        AvailableOutlet(
            outletID: row.string(outletID), outletName: row.string(outletName), cooperativeName: row.string(cooperativeName),
            region: RegionLabel(code: try row.region(region), name: row.optionalString(regionName)),
            quantity: Quantity(thousandths: row.int64(quantity)), price: row.optionalInt64(price).map { Money($0) },
            priceStatus: try row.optionalParsed(priceStatus, PriceStatus.init(rawValue:)),
            priceObservedAt: row.optionalInt64(priceObservedAt).map { Timestamp(millisecondsSinceEpoch: $0) },
            stockUpdatedAt: Timestamp(millisecondsSinceEpoch: row.int64(stockUpdatedAt)),
            distanceKm: row.optionalDouble(distance), address: row.optionalString(address),
            location: row.optionalDouble(latitude).flatMap { latitude in
                row.optionalDouble(longitude).flatMap { GeoPoint(latitude: latitude, longitude: $0) }
            })
    }
}
