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
            var totalQuantity = Quantity.zero
            let map = { (row: Row) -> AvailableOutlet in
                outletsWithStock = row.int(11)
                totalQuantity = Self.total(high: row.int64(12), low: row.int64(13))
                return Self.availableOutlet(row)
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
                                totalQuantity: totalQuantity, items: items)
        }
    }

    /// The total from its two parts (see `AvailabilityQueries.totalSplit`), held at the largest quantity
    /// rather than overflowing.
    private static func total(high: Int64, low: Int64) -> Quantity {
        let (scaled, overflow) = high.multipliedReportingOverflow(by: AvailabilityQueries.totalSplit)
        let (sum, overflowAgain) = scaled.addingReportingOverflow(low)
        return Quantity(thousandths: overflow || overflowAgain ? Int64.max : sum)
    }

    /// An outlet from a row of `AvailabilityQueries` (columns 0–10 and 14–16).
    private static func availableOutlet(_ row: Row) -> AvailableOutlet {
        AvailableOutlet(
            outletID: row.string(0), outletName: row.string(1), cooperativeName: row.string(2),
            region: RegionLabel(code: RegionCode(row.string(3))!, name: row.optionalString(4)),
            quantity: Quantity(thousandths: row.int64(5)), price: row.optionalInt64(6).map { Money($0) },
            priceStatus: row.optionalString(7).flatMap(PriceStatus.init(rawValue:)),
            priceObservedAt: row.optionalInt64(8).map { Timestamp(millisecondsSinceEpoch: $0) },
            stockUpdatedAt: Timestamp(millisecondsSinceEpoch: row.int64(9)), distanceKm: row.optionalDouble(10),
            address: row.optionalString(14),
            location: row.optionalDouble(15).flatMap { latitude in
                row.optionalDouble(16).flatMap { GeoPoint(latitude: latitude, longitude: $0) }
            })
    }
}
