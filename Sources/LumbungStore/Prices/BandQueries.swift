import LumbungCore

/// Reading bands from rows and resolving the band in force: the one SQL form of `BandResolver`'s rule.
enum BandQueries {
    /// The band columns `band(from:)` reads by name.
    static let columns = "id, commodity, region, min_price, max_price, effective_from, source, created_at"

    /// The band columns of a band `b` joined to another table, named `band_…`.
    static let joinedColumns = zip(columnNames, joinedColumnNames).map { "b.\($0) AS \($1)" }.joined(separator: ", ")

    /// The band of a row read from `bands` itself, whose id is never NULL.
    static func requiredBand(from row: Row) throws -> Band {
        guard let band = try band(from: row) else { throw row.malformed(try row.column("id"), "") }
        return band
    }

    /// The band in the columns of `columns` or, when `joined`, of `joinedColumns`, or nil when its id is NULL (an
    /// outer join found none). A region that is neither empty (national) nor a code is malformed.
    static func band(from row: Row, joined: Bool = false) throws -> Band? {
        try band(from: row, at: try (joined ? joinedColumnNames : columnNames).map { try row.column($0) })
    }

    /// The names of `columns`, in order.
    private static let columnNames = columns.split(separator: ",").map { String($0.trimmingPrefix(" ")) }

    /// The names of `joinedColumns`, in order.
    private static let joinedColumnNames = columnNames.map { "band_" + $0 }

    /// The band in the columns at `indexes` (those of `columns`, in its order), or nil when its id is NULL.
    static func band(from row: Row, at indexes: [Int]) throws -> Band? {
        guard let id = row.optionalString(indexes[0]) else { return nil }
        return Band(id: id, commodity: try row.commodity(indexes[1]),
                    region: row.string(indexes[2]).isEmpty ? nil : try row.region(indexes[2]),
                    min: row.optionalInt64(indexes[3]).map { Money($0) },
                    max: row.optionalInt64(indexes[4]).map { Money($0) },
                    effectiveFrom: Timestamp(millisecondsSinceEpoch: row.int64(indexes[5])),
                    source: row.optionalString(indexes[6]),
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(indexes[7])))
    }

    /// The indexes of a row of `columns` alone.
    private static let ownColumns = Array(0..<columnNames.count)

    /// The band in force for `commodity` in `region` at `instant`: among national bands and bands of
    /// the region's lineage in force by then, the longest region, then the latest `effective_from`,
    /// then the latest recorded. Nil `region` asks for the national band. One statement (`effectiveInLineage`):
    /// one index seek per level of the lineage, deepest first, stopping at the first level with a band (an `IN`
    /// list of the levels made SQLite build and sort a temporary table on every price report; a statement per
    /// level cost a price report four or five statements' binding, stepping and resetting).
    /// The parameters are bound one by one (no array of boxed values); the levels a region lacks stay NULL, as
    /// a statement handed out by the connection has its bindings cleared.
    static func effective(commodity: CommodityID, region: RegionCode?, at instant: Timestamp,
                          on connection: Connection) throws -> Band? {
        let statement = try connection.statement(effectiveInLineage)
        defer { statement.reset() }
        try statement.bind(commodity.rawValue, at: 1)
        var position = 2
        for level in region?.lineage.reversed() ?? [] {
            try statement.bind(level.rawValue, at: position)
            position += 1
        }
        try statement.bind("", at: position)
        try statement.bind(instant.millisecondsSinceEpoch, at: 2 + lineageLevels)
        return try statement.step() ? try band(from: statement.row, at: ownColumns) : nil
    }

    /// The levels `effectiveInLineage` looks at: a village, its kecamatan, kabupaten/kota and province, and national.
    static let lineageLevels = 5

    /// The latest band in force at an instant of the first of five region levels that has one. Parameters:
    /// commodity, the five region texts deepest first (NULL for a level the region lacks, `""` for national),
    /// instant. `coalesce` stops at its first non-NULL argument, so the levels after the one found are not read.
    static let effectiveInLineage = """
        SELECT \(columns) FROM bands WHERE seq = coalesce(\((2...(1 + lineageLevels)).map { """
            (SELECT seq FROM bands WHERE commodity = ?1 AND region = ?\($0) AND effective_from <= ?\(2 + lineageLevels)
             ORDER BY effective_from DESC, created_at DESC, seq DESC LIMIT 1)
            """ }.joined(separator: ",\n")))
        """

    /// The stored region text of a band: `""` for national.
    static func regionText(_ band: Band) -> String {
        band.region?.rawValue ?? ""
    }
}
