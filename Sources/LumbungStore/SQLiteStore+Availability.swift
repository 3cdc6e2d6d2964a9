import LumbungCore

extension SQLiteStore: AvailabilityStore {
    /// Runs the stock check in one read snapshot: the lookups, then one indexed query that lists
    /// the first `limit` outlets and totals them all.
    public func availability(_ query: AvailabilityQuery) throws -> Availability {
        try database.read { connection in
            let commodity = try ReportLookups.commodity(query.commodity, on: connection)
            let region = try query.region.map { try ReportLookups.region($0, on: connection) }
            let bounds = RegionBounds(RegionScope(query.region))
            var outletsWithStock = 0
            var totalQuantity: Int64 = 0
            let map = { (row: Row) throws -> AvailableOutlet in
                outletsWithStock = row.int(11)
                totalQuantity = row.int64(12)
                return try Self.availableOutlet(row)
            }
            let items: [AvailableOutlet]
            if let near = query.near {
                let box = near.boundingBox(radiusKm: query.radiusKm)
                items = try connection.query(AvailabilityQueries.nearPoint, [
                    query.commodity.rawValue, near.latitude, near.longitude, box.south, box.north, box.west, box.east,
                    query.radiusKm, bounds.lower, bounds.upper, query.limit,
                ], row: map)
            } else {
                items = try connection.query(AvailabilityQueries.inRegion,
                                             [query.commodity.rawValue, bounds.lower, bounds.upper, query.limit], row: map)
            }
            return Availability(commodity: commodity, region: region, outletsWithStock: outletsWithStock,
                                totalQuantity: Quantity(thousandths: totalQuantity), items: items)
        }
    }

    /// An outlet from a row of `AvailabilityQueries` (columns 0–10 and 13–15).
    private static func availableOutlet(_ row: Row) throws -> AvailableOutlet {
        AvailableOutlet(
            outletID: row.string(0), outletName: row.string(1), cooperativeName: row.string(2),
            region: RegionLabel(code: try row.region(3), name: row.optionalString(4)),
            quantity: Quantity(thousandths: row.int64(5)), price: row.optionalInt64(6).map { Money($0) },
            priceStatus: try row.optionalParsed(7, PriceStatus.init(rawValue:)),
            priceObservedAt: row.optionalInt64(8).map { Timestamp(millisecondsSinceEpoch: $0) },
            stockUpdatedAt: Timestamp(millisecondsSinceEpoch: row.int64(9)), distanceKm: row.optionalDouble(10),
            address: row.optionalString(13),
            location: row.optionalDouble(14).flatMap { latitude in
                row.optionalDouble(15).flatMap { GeoPoint(latitude: latitude, longitude: $0) }
            })
    }
}
