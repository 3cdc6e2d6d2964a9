import LumbungCore

extension PostgresStore: RegionalReportStore {
    /// Reads the subject, the bands, each outlet's village and price at `start`, and its reports until `end`
    /// in one snapshot.
    public func earlyWarningPrices(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                                   before end: Timestamp) throws -> EarlyWarningSnapshot {
        try database.read { connection in
            let subject = try PostgresReportLookups.subject(commodity, region, on: connection)
            let walk = try PostgresPriceWalk(commodity, in: region, from: start, before: end, on: connection)
            return EarlyWarningSnapshot(subject: subject, bands: try PostgresBandQueries.bands(commodity, before: end, on: connection),
                                        villages: walk.villages, opening: walk.opening, changes: walk.changes)
        }
    }

    /// Counts villages, cooperatives, outlets and active outlets per child region, each with one grouped
    /// range query on the region code (byte order).
    public func coverage(region: RegionCode?, activeSince: Timestamp) throws -> CoverageReport {
        try database.read { connection in
            let label = try PostgresLookups.region(region, on: connection)
            let known = try PostgresReportLookups.children(of: region, on: connection)
            let childLevel = (region?.level ?? 0) + 1
            let width = CoverageReport.codeWidth(level: min(childLevel, RegionCode.villageLevel))
            let bounds = PostgresLookups.bounds(region)
            func counts(_ table: String, _ extra: String = "", _ arguments: [any PostgresBindable] = []) throws -> [String: Int] {
                let column = table == "regions" ? "code" : "region"
                let rows = try connection.query("""
                    SELECT substr(\(column), 1, $1::int), count(*) FROM \(table)
                    WHERE \(column) COLLATE "C" >= $2 AND \(column) COLLATE "C" < $3 \(extra) GROUP BY 1
                    """, [width, bounds.lower, bounds.upper] + arguments) { ($0.string(0), $0.int(1)) }
                return Dictionary(rows, uniquingKeysWith: +)
            }
            let villages = try counts("regions", "AND level = 4")
            let cooperatives = try counts("cooperatives")
            let outlets = try counts("outlets")
            let active = try counts("outlet_activity", "AND last_report_at >= $4", [activeSince.millisecondsSinceEpoch])
            return CoverageReport(region: label, childLevel: childLevel, known: known, villages: villages,
                                  cooperatives: cooperatives, outlets: outlets, active: active)
        }
    }
}
