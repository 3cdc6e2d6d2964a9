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

    /// Reserves `count` consecutive seqs; returns the first.
    static func reserveSeqs(_ count: Int, on connection: Connection) throws -> Int64 {
        let last = try connection.queryOne("UPDATE price_report_sequence SET last = last + ? RETURNING last", [count]) {
            $0.int64(0)
        }
        return (last ?? Int64(count)) - Int64(count) + 1
    }

    /// Inserts one report of the outlet with key `outlet`, recorded at `recordedAt`.
    static func insert(id: String, outlet: Int64, seq: Int64, commodity: CommodityID, price: Money,
                       observedAt: Timestamp, recordedAt: Timestamp, on connection: Connection) throws {
        try connection.run("""
            INSERT INTO price_report_rows (outlet, commodity, observed_at, seq, price, recorded_after, id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [outlet, commodity.rawValue, observedAt.millisecondsSinceEpoch, seq, price.rawValue,
                  recordedAt.millisecondsSinceEpoch - observedAt.millisecondsSinceEpoch,
                  StoredReportID.stored(id, recordedAt: recordedAt)])
    }
}
