import LumbungCore

extension PostgresStore: PriceReportStore, OutletPriceSheetStore {
    /// Reads the subject, the bands and every outlet's latest price before `end` in one snapshot.
    public func dailyPrices(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> DailyPriceSnapshot {
        try database.read { connection in
            let subject = try PostgresReportLookups.subject(commodity, region, on: connection)
            let bounds = PostgresLookups.bounds(region)
            let prices = try connection.query(PostgresPriceReportQueries.latestBefore, [
                commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
            ]) { row -> OutletPrice? in
                guard let price = row.optionalInt64(2) else { return nil }
                return OutletPrice(region: try row.region(1), price: Money(price), observedAt: row.optionalTimestamp(3))
            }.compactMap { $0 }
            return DailyPriceSnapshot(subject: subject, bands: try PostgresBandQueries.bands(commodity, before: end, on: connection),
                                      prices: prices)
        }
    }

    /// Reads the subject, the bands, each outlet's price at `start` and its reports until `end` in one snapshot.
    public func priceSeries(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                            before end: Timestamp) throws -> PriceSeriesSnapshot {
        try database.read { connection in
            let item = try PostgresLookups.commodity(commodity, on: connection)
            let label = try PostgresLookups.region(region, on: connection)
            let walk = try PostgresPriceWalk(commodity, in: region, from: start, before: end, on: connection)
            return PriceSeriesSnapshot(commodity: item, region: label,
                                       bands: try PostgresBandQueries.bands(commodity, before: end, on: connection),
                                       opening: walk.opening, changes: walk.changes)
        }
    }

    /// Every outlet's latest price before `end` with its name and its places' names, and the bands, in one snapshot.
    public func outletPriceSheet(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> OutletPriceSheet {
        try database.read { connection in
            _ = try PostgresLookups.commodity(commodity, on: connection)
            _ = try PostgresLookups.region(region, on: connection)
            let bounds = PostgresLookups.bounds(region)
            let lines = try connection.query("""
                SELECT o.name, latest.region, village.name, kecamatan.name, latest.price, latest.observed_at
                FROM (\(PostgresPriceReportQueries.latestBefore)) latest
                JOIN outlets o ON o.id = latest.outlet_id
                LEFT JOIN regions village ON village.code = latest.region
                LEFT JOIN regions kecamatan ON kecamatan.code = substr(latest.region, 1, 8)
                WHERE latest.price IS NOT NULL
                ORDER BY latest.region COLLATE "C", o.name COLLATE "C"
                """, [commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper]) { row in
                OutletPriceSheet.Line(outletName: row.string(0), region: try row.region(1), villageName: row.optionalString(2),
                                      kecamatanName: row.optionalString(3), price: Money(row.int64(4)),
                                      observedAt: row.timestamp(5))
            }
            return OutletPriceSheet(lines: lines, bands: try PostgresBandQueries.bands(commodity, before: end, on: connection))
        }
    }
}
