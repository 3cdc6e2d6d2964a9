import LumbungCore

extension SQLiteStore: OutletPriceSheetStore {
    /// The daily report's latest prices with each outlet's name and its places' names joined in.
    /// Parameters: those of `PriceReportQueries.latestBefore`.
    private static let outletPriceSheetSQL = """
        SELECT o.name, latest.region, village.name, kecamatan.name, latest.price, latest.observed_at
        FROM (\(PriceReportQueries.latestBefore)) latest
        JOIN outlets o ON o.id = latest.outlet_id
        LEFT JOIN regions village ON village.code = latest.region
        LEFT JOIN regions kecamatan ON kecamatan.code = substr(latest.region, 1, 8)
        WHERE latest.price IS NOT NULL
        ORDER BY latest.region, o.name
        """

    /// Reads the lines and the bands in one snapshot.
    public func outletPriceSheet(commodity: CommodityID, region: RegionCode?, before end: Timestamp) throws -> OutletPriceSheet {
        try database.read { connection in
            _ = try ReportLookups.commodity(commodity, on: connection)
            _ = try ReportLookups.region(region, on: connection)
            let bounds = RegionBounds(RegionScope(region))
            let lines = try connection.query(Self.outletPriceSheetSQL, [
                commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
            ]) { row in
                OutletPriceSheet.Line(outletName: row.string(0), region: try row.region(1),
                                      villageName: row.optionalString(2), kecamatanName: row.optionalString(3),
                                      price: Money(row.int64(4)), observedAt: Timestamp(millisecondsSinceEpoch: row.int64(5)))
            }
            return OutletPriceSheet(lines: lines, bands: try ReportLookups.bands(commodity, before: end, on: connection))
        }
    }
}
