import LumbungCore

/// Writes price reports into their lean table (`price_report_rows`): seqs come from
/// `price_report_sequence`, outlets are named by their integer key.
enum PriceReportRows {
    /// The integer key of outlet `outletID` (outlets get one when they are added).
    static func outletKey(_ outletID: String, on connection: Connection) throws -> Int64 {
        guard let key = try connection.queryOne("SELECT key FROM outlet_keys WHERE outlet_id = ?", [outletID], row: {
            $0.int64(0)
        }) else { throw DomainError.notFound("outlet \(outletID)") }
        return key
    }

    /// What recording one report reads before it writes, in one statement: the commodity's display name (nil when the
    /// catalogue lacks it), the outlet's integer key (nil when it has none), the band generation (migration 21), the
    /// last seq handed out (nil without a sequence row), which `takeSeq` then moves on, and the outlet's current price
    /// of the commodity (nil when it has none).
    static func facts(commodity: CommodityID, outletID: String, on connection: Connection) throws -> ReportFacts {
        let statement = try connection.statement(factsSQL)
        defer { statement.reset() }
        try statement.bind(commodity.rawValue, at: 1)
        try statement.bind(outletID, at: 2)
        guard try statement.step() else {
            return ReportFacts(commodityName: nil, outletKey: nil, bandGeneration: nil, lastSeq: nil, current: nil)
        }
        let row = statement.row
        let current = row.optionalInt64(4).map { price in
            ObservedPrice(price: Money(price), observedAt: Timestamp(millisecondsSinceEpoch: row.int64(5)))
        }
        return ReportFacts(commodityName: row.optionalString(0), outletKey: row.optionalInt64(1),
                           bandGeneration: row.optionalInt64(2), lastSeq: row.optionalInt64(3), current: current)
    }

    /// The statement of `facts`. Parameters: commodity, outlet id.
    private static let factsSQL = """
        SELECT (SELECT name FROM commodities WHERE id = ?1), (SELECT key FROM outlet_keys WHERE outlet_id = ?2),
            (\(SQLiteStore.bandGeneration)), (SELECT last FROM price_report_sequence), cp.price, cp.observed_at
        FROM (SELECT 1) LEFT JOIN current_prices cp ON cp.outlet_id = ?2 AND cp.commodity = ?1
        """

    /// Takes the seq after `facts.lastSeq`, read in the same transaction: what `reserveSeqs(1, …)` returns, with one
    /// statement fewer.
    static func takeSeq(after facts: ReportFacts, on connection: Connection) throws -> Int64 {
        let statement = try connection.statement("UPDATE price_report_sequence SET last = last + 1")
        defer { statement.reset() }
        while try statement.step() {}
        return (facts.lastSeq ?? 0) + 1
    }

    /// Reserves `count` consecutive seqs; returns the first. An update then a read, in the caller's transaction:
    /// `UPDATE … RETURNING` makes SQLite keep the returned rows in a temporary table, which cost more than both.
    static func reserveSeqs(_ count: Int, on connection: Connection) throws -> Int64 {
        try connection.run("UPDATE price_report_sequence SET last = last + ?", [count])
        let last = try connection.queryOne("SELECT last FROM price_report_sequence") { $0.int64(0) }
        return (last ?? Int64(count)) - Int64(count) + 1
    }

    /// The insert `insert(…, with:)` binds.
    static let insertSQL = """
        INSERT INTO price_report_rows (outlet, commodity, observed_at, seq, price, recorded_after, id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """

    /// Inserts one report of outlet `outletID`, whose key is `outlet`, recorded at `recordedAt`, whose id is stored as
    /// `storedID` (`StoredReportID.stored`), and counts it in the outlet's activity as the transaction commits.
    static func insert(storedID: String, outlet: Int64, outletID: String, seq: Int64, commodity: CommodityID, price: Money,
                       observedAt: Timestamp, recordedAt: Timestamp, on connection: Connection) throws {
        try insert(storedID: storedID, outlet: outlet, seq: seq, commodity: commodity, price: price, observedAt: observedAt,
                   recordedAt: recordedAt, with: try connection.statement(insertSQL))
        try OutletActivity.touchAtCommit(outletID: outletID, at: recordedAt, on: connection)
    }

    /// Inserts one report whose id is stored as `storedID` with `statement` (prepared from `insertSQL`, reused across
    /// a bulk load); the outlet's activity is the caller's to keep.
    static func insert(storedID: String, outlet: Int64, seq: Int64, commodity: CommodityID, price: Money,
                       observedAt: Timestamp, recordedAt: Timestamp, with statement: Statement) throws {
        defer { statement.reset() }
        let observed = observedAt.millisecondsSinceEpoch
        try statement.bind(outlet, at: 1)
        try statement.bind(commodity.rawValue, at: 2)
        try statement.bind(observed, at: 3)
        try statement.bind(seq, at: 4)
        try statement.bind(price.rawValue, at: 5)
        try statement.bind(recordedAt.millisecondsSinceEpoch - observed, at: 6)
        try statement.bind(storedID, at: 7)
        while try statement.step() {}
    }
}

/// What recording one price report reads before it writes (`PriceReportRows.facts`).
struct ReportFacts {
    /// The commodity's display name; nil when the catalogue lacks it.
    let commodityName: String?
    /// The outlet's integer key; nil when it has none.
    let outletKey: Int64?
    /// The band generation (migration 21); nil when none is stored.
    let bandGeneration: Int64?
    /// The last seq handed out; nil without a sequence row.
    let lastSeq: Int64?
    /// The outlet's current price of the commodity; nil when it has none.
    let current: ObservedPrice?
}

/// A price and when it was observed, e.g. an outlet's current price of a commodity (`current_prices`: its latest
/// report in observation order).
struct ObservedPrice {
    /// The price.
    let price: Money
    /// When it was observed.
    let observedAt: Timestamp
}
