import LumbungCore

extension SQLiteStore: AlertOverviewStore {
    /// The gap of an alert's price to the band limit it crossed, as a fraction (NULL for stock alerts).
    private static let gapSQL = """
        CASE WHEN a.kind = 'price_above_band' AND b.max_price > 0 THEN (a.value - b.max_price) * 1.0 / b.max_price
             WHEN a.kind = 'price_below_band' AND b.min_price > 0 THEN (b.min_price - a.value) * 1.0 / b.min_price END
        """

    /// Counts by kind and by region prefix in one snapshot, each with one grouped query.
    public func alertCounts(_ filter: AlertFilter, byRegionLevel level: Int?) throws -> AlertCounts {
        let conditions = AlertRows.conditions(filter)
        return try database.read { connection in
            var byKind: [AlertKind: Int] = [:]
            _ = try connection.query("SELECT a.kind, count(*) FROM alerts a \(conditions.sql) GROUP BY a.kind",
                                     conditions.arguments) { row in
                if let kind = AlertKind(rawValue: row.string(0)) { byKind[kind] = row.int(1) }
            }
            var byRegion: [RegionCode: Int] = [:]
            if let level, (1...RegionCode.villageLevel).contains(level) {
                let length = RegionCode.segmentWidths.prefix(level).reduce(level - 1, +)
                _ = try connection.query("""
                    SELECT substr(a.region, 1, \(length)) AS area, count(*) FROM alerts a \(conditions.sql) GROUP BY area
                    """, conditions.arguments) { row in
                    if let code = RegionCode(row.string(0)) { byRegion[code] = row.int(1) }
                }
            }
            return AlertCounts(total: byKind.values.reduce(0, +), byKind: byKind, byRegion: byRegion)
        }
    }

    /// One page ordered by the gap, with the village, kecamatan and kabupaten names joined in.
    public func alertsByGap(_ filter: AlertFilter, offset: Int, limit: Int) throws -> [PlacedAlert] {
        let conditions = AlertRows.conditions(filter)
        return try database.read { connection in
            try connection.query("""
                SELECT \(AlertRows.columns), village.name AS village_name, kecamatan.name AS kecamatan_name,
                       kabupaten.name AS kabupaten_name
                FROM alerts a \(AlertRows.joins)
                LEFT JOIN regions village ON village.code = a.region
                LEFT JOIN regions kecamatan ON kecamatan.code = substr(a.region, 1, 8)
                LEFT JOIN regions kabupaten ON kabupaten.code = substr(a.region, 1, 5)
                \(conditions.sql)
                ORDER BY (\(Self.gapSQL)) IS NULL, (\(Self.gapSQL)) DESC, a.seq DESC
                LIMIT ? OFFSET ?
                """, conditions.arguments + [limit, max(0, offset)]) { row in
                PlacedAlert(alert: try AlertRows.alert(from: row), village: row.optionalString(try row.column("village_name")),
                            kecamatan: row.optionalString(try row.column("kecamatan_name")),
                            kabupaten: row.optionalString(try row.column("kabupaten_name")))
            }
        }
    }
}
