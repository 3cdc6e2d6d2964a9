import LumbungCore

extension SQLiteStore: RegionalReportStore {
    /// Reads the subject, the bands and the rows' histories in one snapshot: from the stored
    /// distributions (the rows one level down, the region's own or its provinces merged) for the
    /// country, a province or a kabupaten/kota over stored days; otherwise each outlet's village and
    /// price at `start` and its reports until `end`, to be replayed.
    public func earlyWarningPrices(commodity: CommodityID, region: RegionCode?, from start: Timestamp,
                                   before end: Timestamp) throws -> EarlyWarningSnapshot {
        try database.read { connection in
            let subject = PriceReportSubject(commodity: try ReportLookups.commodity(commodity, on: connection),
                                             region: try ReportLookups.region(region, on: connection),
                                             children: try ReportLookups.children(of: region, on: connection))
            let bands = try ReportLookups.bands(commodity, before: end, on: connection)
            let bounds = RegionBounds(RegionScope(region))
            let childLevel = (region?.level ?? 0) + 1
            guard let first = DistributionCalendar.day(startingAt: start), let last = DistributionCalendar.day(endingAt: end),
                  first <= last, DistributionCalendar.levels.contains(childLevel) else {
                let walk = try PriceWalk(commodity, in: bounds, from: start, before: end, on: connection)
                return EarlyWarningSnapshot(subject: subject, bands: bands, villages: walk.villages, opening: walk.opening,
                                            changes: walk.changes)
            }
            let reads = DistributionReads(connection: connection, commodity: commodity)
            let tallies = try DistributionTallies(reads: reads, bands: BandIndex(bands, commodity: commodity,
                                                                                 at: end.adding(milliseconds: -1)),
                                                  day: last).tallies(level: childLevel, in: bounds)
            let days = try reads.days(level: childLevel, in: bounds, from: first, through: last)
            var children: [RegionCode: RegionHistory] = [:]
            for (code, history) in days {
                children[code] = RegionHistory(days: history, aboveBand: tallies[code]?.aboveBand ?? 0)
            }
            let overallDays = region == nil
                ? DistributionReads.merged(Array(days.values), count: Int(last.days(since: first)) + 1)
                : try reads.days(of: region, from: first, through: last)
            let overall = RegionHistory(days: overallDays, aboveBand: tallies.values.reduce(0) { $0 + $1.aboveBand })
            return EarlyWarningSnapshot(subject: subject, bands: bands,
                                        histories: RegionHistories(overall: overall, children: children))
        }
    }

    /// Counts villages, cooperatives, outlets and active outlets per child region, each by walking an index
    /// on the region code one child at a time (`regions` primary key, `cooperatives_by_region`,
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
///
/// Each query walks its index group by group rather than row by row: it seeks a group's first code, counts the
/// group's range, and seeks past it to the next group. A group is the codes under one child code (`63.71` up to
/// `63.71/`: a child's codes go on with `.`, which sorts just before `/`), or a code shorter than a child's (a
/// cooperative registered above the child level) alone. `GROUP BY substr(…)` sorted every row instead: about
/// 40 ms per table for the country.
enum CoverageQueries {
    /// Villages in the region list.
    static let villages = countsByChild(table: "regions", code: "code", condition: "level = 4")
    /// Registered cooperatives.
    static let cooperatives = countsByChild(table: "cooperatives", code: "region")
    /// Registered outlets.
    static let outlets = countsByChild(table: "outlets", code: "region")
    /// Outlets whose latest report was recorded at or after ?4.
    static let activeOutlets = countsByChild(table: "outlet_activity", code: "region", condition: "last_report_at >= ?4")

    /// Rows of `table` (those meeting `condition`) per child code of their `code` column, for every child holding a row.
    static func countsByChild(table: String, code: String, condition: String? = nil) -> String {
        let groupEnd = "key || iif(length(key) = ?1, '/', ' ')"
        let filter = condition.map { " AND " + $0 } ?? ""
        return """
            WITH RECURSIVE groups(key) AS (
                SELECT substr(min(\(code)), 1, ?1) FROM \(table) WHERE \(code) >= ?2 AND \(code) < ?3
                UNION ALL
                SELECT (SELECT substr(min(\(code)), 1, ?1) FROM \(table) WHERE \(code) >= \(groupEnd) AND \(code) < ?3)
                FROM groups WHERE key IS NOT NULL
            )
            SELECT key, (SELECT count(*) FROM \(table) WHERE \(code) >= key AND \(code) < \(groupEnd)\(filter))
            FROM groups WHERE key IS NOT NULL
            """
    }

    /// The nonzero counts of one query by child code.
    static func counts(_ sql: String, _ arguments: [any SQLBindable], on connection: Connection) throws -> [String: Int] {
        Dictionary(try connection.query(sql, arguments) { ($0.string(0), $0.int(1)) }.filter { $0.1 > 0 }, uniquingKeysWith: +)
    }
}
