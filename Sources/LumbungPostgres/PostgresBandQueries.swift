import LumbungCore

/// Reading bands and resolving the band in force on PostgreSQL: the same rule as SQLite's `BandQueries`
/// (Core's `BandResolver`).
enum PostgresBandQueries {
    /// The band columns, in the order `PostgresAlertRows.band(from:at:)` reads them.
    static let columns = "id, commodity, region, min_price, max_price, effective_from, source, created_at"

    /// The band in force for `commodity` in `region` at `instant`: among national bands and bands of the
    /// region's lineage in force by then, the longest region, then the latest `effective_from`, then the
    /// latest recorded. Nil `region` asks for the national band. One index seek per level, deepest first.
    static func effective(commodity: CommodityID, region: RegionCode?, at instant: Timestamp,
                          on connection: PostgresConnection) throws -> Band? {
        for level in (region?.lineage.reversed().map(\.rawValue) ?? []) + [""] {
            let found = try connection.queryOne("""
                SELECT \(columns) FROM bands WHERE commodity = $1 AND region = $2 AND effective_from <= $3
                ORDER BY effective_from DESC, created_at DESC, seq DESC LIMIT 1
                """, [commodity.rawValue, level, instant.millisecondsSinceEpoch]) { try PostgresAlertRows.band(from: $0, at: 0) }
            if let found = found ?? nil { return found }
        }
        return nil
    }

    /// Waits until no transaction judges the commodity's current prices against a changed band (a shared,
    /// transaction-scoped advisory lock): a price report holds it from before it reads the bands until it
    /// commits, so a band judging current prices again meanwhile either sees the report's price or is seen by it.
    static func lockForJudging(_ commodity: CommodityID, on connection: PostgresConnection) throws {
        try connection.run("SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))", [lockName(commodity)])
    }

    /// Waits until no price report of the commodity is being judged, and keeps new ones waiting until the
    /// transaction ends (the exclusive side of `lockForJudging`), before current prices are judged again.
    static func lockForRejudging(_ commodity: CommodityID, on connection: PostgresConnection) throws {
        try connection.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [lockName(commodity)])
    }

    /// The advisory lock name of a commodity's judgements.
    private static func lockName(_ commodity: CommodityID) -> String { "bands\u{1F}\(commodity.rawValue)" }

    /// The bands of `commodity` that took effect before `end`.
    static func bands(_ commodity: CommodityID, before end: Timestamp, on connection: PostgresConnection) throws -> [Band] {
        try connection.query("SELECT \(columns) FROM bands WHERE commodity = $1 AND effective_from < $2",
                             [commodity.rawValue, end.millisecondsSinceEpoch]) { try PostgresAlertRows.band(from: $0, at: 0) }
            .compactMap { $0 }
    }

    /// The display name of a commodity, or nil when the catalogue has no such commodity.
    static func commodityName(_ commodity: CommodityID, on connection: PostgresConnection) throws -> String? {
        try connection.queryOne("SELECT name FROM commodities WHERE id = $1", [commodity.rawValue]) { $0.string(0) }
    }
}
