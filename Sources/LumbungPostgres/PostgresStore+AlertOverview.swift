import LumbungCore

extension PostgresStore: AlertOverviewStore {
    /// The gap of an alert's price to the band limit it crossed, as a fraction (NULL for other kinds).
    private static let gapSQL = """
        CASE WHEN a.kind = 'price_above_band' AND b.max_price > 0 THEN (a.value - b.max_price)::float8 / b.max_price
             WHEN a.kind = 'price_below_band' AND b.min_price > 0 THEN (b.min_price - a.value)::float8 / b.min_price END
        """

    /// Counts by kind and by region prefix in one snapshot, each with one grouped query.
    public func alertCounts(_ filter: AlertFilter, byRegionLevel level: Int?) throws -> AlertCounts {
        let conditions = PostgresAlertRows.conditions(filter)
        return try database.read { connection in
            var byKind: [AlertKind: Int] = [:]
            for (kind, count) in try connection.query("SELECT a.kind, count(*) FROM alerts a \(conditions.sql) GROUP BY a.kind",
                                                      conditions.arguments, row: { ($0.string(0), $0.int(1)) }) {
                if let kind = AlertKind(rawValue: kind) { byKind[kind] = count }
            }
            var byRegion: [RegionCode: Int] = [:]
            if let level, (1...RegionCode.villageLevel).contains(level) {
                let length = CoverageReport.codeWidth(level: level)
                for (area, count) in try connection.query("""
                    SELECT substr(a.region, 1, \(length)) AS area, count(*) FROM alerts a \(conditions.sql) GROUP BY area
                    """, conditions.arguments, row: { ($0.string(0), $0.int(1)) }) {
                    if let code = RegionCode(area) { byRegion[code] = count }
                }
            }
            return AlertCounts(total: byKind.values.reduce(0, +), byKind: byKind, byRegion: byRegion)
        }
    }

    /// One page ordered by the gap (largest first, alerts without one last), then newest, with the village,
    /// kecamatan and kabupaten names joined in.
    public func alertsByGap(_ filter: AlertFilter, offset: Int, limit: Int) throws -> [PlacedAlert] {
        let conditions = PostgresAlertRows.conditions(filter)
        let limitAt = conditions.arguments.count + 1
        return try database.read { connection in
            try connection.query("""
                SELECT \(PostgresAlertRows.columns), village.name, kecamatan.name, kabupaten.name
                FROM alerts a \(PostgresAlertRows.joins)
                LEFT JOIN regions village ON village.code = a.region
                LEFT JOIN regions kecamatan ON kecamatan.code = substr(a.region, 1, 8)
                LEFT JOIN regions kabupaten ON kabupaten.code = substr(a.region, 1, 5)
                \(conditions.sql)
                ORDER BY (\(Self.gapSQL)) DESC NULLS LAST, a.seq DESC
                LIMIT $\(limitAt) OFFSET $\(limitAt + 1)
                """, conditions.arguments + [limit, max(0, offset)]) { row in
                let names = PostgresAlertRows.columnCount
                return PlacedAlert(alert: try PostgresAlertRows.alert(from: row), village: row.optionalString(names),
                                   kecamatan: row.optionalString(names + 1), kabupaten: row.optionalString(names + 2))
            }
        }
    }
}
