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
            var columns: AvailableOutletColumns?
            let map = { (row: Row) throws -> AvailableOutlet in
                let found = try columns ?? AvailableOutletColumns(row)
                columns = found
                outletsWithStock = row.int(found.outletsWithStock)
                totalQuantity = Self.total(high: row.int64(found.totalHigh), low: row.int64(found.totalLow))
                return try found.outlet(row)
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
}
