import LumbungCore

/// Reading bands from rows and resolving the band in force: the one SQL form of `BandResolver`'s rule.
enum BandQueries {
    /// The band columns `band(from:)` reads by name.
    static let columns = "id, commodity, region, min_price, max_price, effective_from, source, created_at"

    /// The band columns of a band `b` joined to another table, named `band_…`.
    static let joinedColumns = columns.split(separator: ",").map { "b.\($0.trimmingPrefix(" ")) AS band_\($0.trimmingPrefix(" "))" }
        .joined(separator: ", ")

    /// The band of a row read from `bands` itself, whose id is never NULL.
    static func requiredBand(from row: Row) throws -> Band {
        guard let band = try band(from: row) else { throw row.malformed(try row.column("id"), "") }
        return band
    }

    /// The band in the columns named `prefix` + a band column, or nil when its id is NULL (an outer join found
    /// none). A region that is neither empty (national) nor a code is malformed.
    static func band(from row: Row, prefix: String = "") throws -> Band? {
        guard let id = row.optionalString(try row.column(prefix + "id")) else { return nil }
        let region = try row.column(prefix + "region")
        return Band(id: id, commodity: try row.commodity(try row.column(prefix + "commodity")),
                    region: row.string(region).isEmpty ? nil : try row.region(region),
                    min: row.optionalInt64(try row.column(prefix + "min_price")).map { Money($0) },
                    max: row.optionalInt64(try row.column(prefix + "max_price")).map { Money($0) },
                    effectiveFrom: Timestamp(millisecondsSinceEpoch: row.int64(try row.column(prefix + "effective_from"))),
                    source: row.optionalString(try row.column(prefix + "source")),
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(try row.column(prefix + "created_at"))))
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
                try band(from: $0)
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
