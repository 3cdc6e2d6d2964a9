import LumbungCore

/// Reading bands from rows and resolving the band in force: the one SQL form of `BandResolver`'s rule.
enum BandQueries {
    /// The band columns in the order `band(from:at:)` reads them.
    static let columns = "id, commodity, region, min_price, max_price, effective_from, source, created_at"

    /// The band whose columns start at `offset`, or nil when its id is NULL (an outer join found none).
    static func band(from row: Row, at offset: Int = 0) -> Band? {
        guard let id = row.optionalString(offset) else { return nil }
        return Band(id: id, commodity: CommodityID(row.string(offset + 1))!,
                    region: RegionCode(row.string(offset + 2)),
                    min: row.optionalInt64(offset + 3).map { Money($0) }, max: row.optionalInt64(offset + 4).map { Money($0) },
                    effectiveFrom: Timestamp(millisecondsSinceEpoch: row.int64(offset + 5)),
                    source: row.optionalString(offset + 6),
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(offset + 7)))
    }

    /// The band in force for `commodity` in `region` at `instant`: among national bands and bands of
    /// the region's lineage in force by then, the longest region, then the latest `effective_from`,
    /// then the latest recorded. Nil `region` asks for the national band. One index seek per level of
    /// the lineage, deepest first, stopping at the first level with a band (an `IN` list of the levels
    /// made SQLite build and sort a temporary table on every price report).
    static func effective(commodity: CommodityID, region: RegionCode?, at instant: Timestamp,
                          on connection: Connection) throws -> Band? {
        for level in (region?.lineage.reversed().map(\.rawValue) ?? []) + [""] {
            let found = try connection.queryOne(effectiveAtLevel, [commodity.rawValue, level, instant.millisecondsSinceEpoch]) {
                band(from: $0)
            }
            if let found = found ?? nil { return found }
        }
        return nil
    }

    /// The latest band of one region level in force at an instant. Parameters: commodity, region, instant.
    static let effectiveAtLevel = """
        SELECT \(columns) FROM bands
        WHERE commodity = ? AND region = ? AND effective_from <= ?
        ORDER BY effective_from DESC, created_at DESC, seq DESC LIMIT 1
        """

    /// The stored region text of a band: `""` for national.
    static func regionText(_ band: Band) -> String {
        band.region?.rawValue ?? ""
    }
}
