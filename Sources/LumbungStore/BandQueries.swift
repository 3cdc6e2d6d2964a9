import LumbungCore

/// Reading bands from rows and resolving the band in force: the one SQL form of `BandResolver`'s rule.
enum BandQueries {
    /// The band columns in the order `band(from:at:)` reads them.
    static let columns = "id, commodity, region, min_price, max_price, effective_from, source, created_at"

    /// The band of a row read from `bands` itself, whose id is never NULL.
    static func requiredBand(from row: Row) throws -> Band {
        guard let band = try band(from: row) else { throw row.malformed(0, "") }
        return band
    }

    /// The band whose columns start at `offset`, or nil when its id is NULL (an outer join found none).
    static func band(from row: Row, at offset: Int = 0) throws -> Band? {
        guard let id = row.optionalString(offset) else { return nil }
        return Band(id: id, commodity: try row.commodity(offset + 1),
                    region: RegionCode(row.string(offset + 2)),
                    min: row.optionalInt64(offset + 3).map { Money($0) }, max: row.optionalInt64(offset + 4).map { Money($0) },
                    effectiveFrom: Timestamp(millisecondsSinceEpoch: row.int64(offset + 5)),
                    source: row.optionalString(offset + 6),
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(offset + 7)))
    }

    /// The band in force for `commodity` in `region` at `instant`: among national bands and bands of
    /// the region's lineage in force by then, the longest region, then the latest `effective_from`,
    /// then the latest recorded. Nil `region` asks for the national band.
    static func effective(commodity: CommodityID, region: RegionCode?, at instant: Timestamp,
                          on connection: Connection) throws -> Band? {
        var regions = region?.lineage.map(\.rawValue) ?? []
        regions += Array(repeating: "", count: RegionCode.segmentWidths.count + 1 - regions.count)
        let found = try connection.queryOne("""
            SELECT \(columns) FROM bands
            WHERE commodity = ? AND region IN (?, ?, ?, ?, ?) AND effective_from <= ?
            ORDER BY length(region) DESC, effective_from DESC, created_at DESC, seq DESC LIMIT 1
            """, [commodity.rawValue as any SQLBindable] + regions + [instant.millisecondsSinceEpoch]) { try band(from: $0) }
        return found ?? nil
    }

    /// The stored region text of a band: `""` for national.
    static func regionText(_ band: Band) -> String {
        band.region?.rawValue ?? ""
    }
}
