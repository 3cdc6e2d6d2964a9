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
