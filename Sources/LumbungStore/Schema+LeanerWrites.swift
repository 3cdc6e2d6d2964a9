/// Writes without SQLite work that answers nothing: a sort per band lookup, a temporary table per row.
extension Schema {
    /// Migration 17: cheaper writes, same rules.
    ///
    /// - the band in force was read with a sort on every lookup (four or five per price report): the index
    ///   `bands_in_force` holds the whole order (`effective_from`, `created_at`, `seq`) and replaces
    ///   `bands_by_commodity`, of which it is an extension;
    /// - a movement noted its outlet's activity with an `INSERT … SELECT … ON CONFLICT`, which SQLite runs
    ///   through a temporary table on every movement; now an outlet's first movement inserts the row (`VALUES`, no
    ///   temporary table) and every later one moves its time forward with one `UPDATE`;
    /// - `CHECK (kind IN ('a', 'b', 'c'))` made SQLite build a temporary table of the list on every insert and
    ///   update: the same checks are now written as chains of equalities (`ConstantListChecks`).
    static let leanerWrites = Migration(
        id: 17, name: "cheaper writes: the band order in its index, one update per movement's activity, CHECK lists as equalities",
        sql: """
        CREATE INDEX bands_in_force ON bands(commodity, region, effective_from, created_at, seq);
        DROP INDEX bands_by_commodity;
        DROP TRIGGER outlet_activity_after_movement;
        \(movementActivityTriggers)
        """,
        derive: ConstantListChecks.rewriteSchema)

    /// The triggers that note an outlet's activity when a movement is recorded: the first movement inserts the row,
    /// every later one moves its time forward (migration 17; migration 23 recreates them on the rebuilt ledger; migration
    /// 24 drops them).
    static let movementActivityTriggers = """
        CREATE TRIGGER outlet_activity_after_movement AFTER INSERT ON stock_movements BEGIN
            UPDATE outlet_activity SET last_report_at = NEW.recorded_at
            WHERE outlet_id = NEW.outlet_id AND last_report_at < NEW.recorded_at;
        END;
        CREATE TRIGGER outlet_activity_after_first_movement AFTER INSERT ON stock_movements
        WHEN NOT EXISTS (SELECT 1 FROM outlet_activity WHERE outlet_id = NEW.outlet_id) BEGIN
            INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            VALUES (NEW.outlet_id, (SELECT region FROM outlets WHERE id = NEW.outlet_id), NEW.recorded_at);
        END;
        """
}
