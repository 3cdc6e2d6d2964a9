import LumbungCore

extension SQLiteStore: RegionalReportStore {
    /// Reads the subject, the bands, each outlet's village and price at `start`, and its reports until
    /// `end` in one snapshot (the two walks of `current_prices_by_region` the price series makes).
    public func earlyWarningPrices(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                                   before end: Timestamp) throws -> EarlyWarningSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let bounds = RegionBounds(RegionScope(region))
            let walk = try PriceWalk(commodity, in: bounds, from: start, before: end, on: connection)
            return EarlyWarningSnapshot(subject: subject, bands: try ReportLookups.bands(commodity, before: end, on: connection),
                                        villages: walk.villages, opening: walk.opening, changes: walk.changes)
        }
    }

    /// Counts villages, cooperatives, outlets and active outlets per child region, each with one range
    /// walk of an index on the region code (`regions` primary key, `cooperatives_by_region`,
    /// `outlets_by_region`, `outlet_activity_by_region`).
    public func coverage(region: RegionCode?, activeSince: Timestamp) throws -> CoverageReport {
        try database.read { connection in
            let label = try ReportLookups.region(region, on: connection)
            let known = try ReportLookups.children(of: region, on: connection)
            let childLevel = (region?.level ?? 0) + 1
            let width = CoverageReport.codeWidth(level: min(childLevel, RegionCode.villageLevel))
            let bounds = RegionBounds(RegionScope(region))
            let range: [any SQLBindable] = [width, bounds.lower, bounds.upper]
            let villages = try CoverageQueries.counts(CoverageQueries.villages, range, on: connection)
            let cooperatives = try CoverageQueries.counts(CoverageQueries.cooperatives, range, on: connection)
            let outlets = try CoverageQueries.counts(CoverageQueries.outlets, range, on: connection)
            let active = try CoverageQueries.counts(CoverageQueries.activeOutlets, range + [activeSince.millisecondsSinceEpoch],
                                                    on: connection)
            return CoverageReport(region: label, childLevel: childLevel, known: known, villages: villages,
                                  cooperatives: cooperatives, outlets: outlets, active: active)
        }
    }
}

/// The SQL of the coverage report: counts per child region, each with parameters ?1 the width of a
/// child code, ?2 and ?3 the bounds of the region's codes.
enum CoverageQueries {
    /// Villages in the region list.
    static let villages = """
        SELECT substr(code, 1, ?1), count(*) FROM regions WHERE code >= ?2 AND code < ?3 AND level = 4 GROUP BY 1
        """
    /// Registered cooperatives.
    static let cooperatives = """
        SELECT substr(region, 1, ?1), count(*) FROM cooperatives WHERE region >= ?2 AND region < ?3 GROUP BY 1
        """
    /// Registered outlets.
    static let outlets = """
        SELECT substr(region, 1, ?1), count(*) FROM outlets WHERE region >= ?2 AND region < ?3 GROUP BY 1
        """
    /// Outlets whose latest report was recorded at or after ?4.
    static let activeOutlets = """
        SELECT substr(region, 1, ?1), count(*) FROM outlet_activity
        WHERE region >= ?2 AND region < ?3 AND last_report_at >= ?4 GROUP BY 1
        """

    /// The counts of one query by child code.
    static func counts(_ sql: String, _ arguments: [any SQLBindable], on connection: Connection) throws -> [String: Int] {
        Dictionary(try connection.query(sql, arguments) { ($0.string(0), $0.int(1)) }, uniquingKeysWith: +)
    }
}
