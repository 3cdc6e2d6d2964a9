import LumbungCore

/// An outlet's latest report time (`outlet_activity`): moved forward by its price reports and its movements.
enum OutletActivity {
    /// Records that outlet `outletID` reported at `time` as the transaction commits: the writer's times never go back
    /// (`LedgerClock`), so the outlet's last report of the transaction, which replaces the earlier ones, is its latest.
    static func touchAtCommit(outletID: String, at time: Timestamp, on connection: Connection) throws {
        try connection.deferWrite(.outletActivity(outletID: outletID, at: time))
    }

    /// Records that outlet `outletID` reported at `time` (`outlet_activity` keeps the latest). An outlet that reported
    /// before (nearly every report) costs one `UPDATE`; only its first report inserts the row, with an
    /// `INSERT … SELECT … ON CONFLICT` that SQLite runs through a temporary table.
    static func touch(outletID: String, at time: Timestamp, on connection: Connection) throws {
        let known = try connection.run("""
            UPDATE outlet_activity SET last_report_at = max(last_report_at, ?2) WHERE outlet_id = ?1
            """, [outletID, time.millisecondsSinceEpoch])
        guard known == 0 else { return }
        try connection.run("""
            INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            SELECT o.id, o.region, ?2 FROM outlets o WHERE o.id = ?1
            ON CONFLICT (outlet_id) DO UPDATE SET last_report_at = max(last_report_at, excluded.last_report_at)
            """, [outletID, time.millisecondsSinceEpoch])
    }
}
