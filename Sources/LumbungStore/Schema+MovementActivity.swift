/// A movement's outlet activity, written as its transaction commits.
extension Schema {
    /// Migration 24: the triggers that moved an outlet's activity forward with each movement (migration 17) are
    /// dropped. The ledger now notes it (`OutletActivity.touchAtCommit`) once per outlet and transaction, as the
    /// transaction commits, like a price report: the movements of a group commit to one outlet no longer each rewrite
    /// its activity row and index entry. The demo's history loader notes its receipts' times itself.
    static let movementActivityAtCommit = Migration(
        id: 24, name: "a movement's outlet activity: SQLite's is written once per transaction, as it commits", sql: """
        DROP TRIGGER outlet_activity_after_movement;
        DROP TRIGGER outlet_activity_after_first_movement;
        """)
}

/// A movement's change to its province's stock totals, added as its transaction commits.
extension Schema {
    /// Migration 25: the trigger that added each moving balance's change to its province's `stock_province_totals`
    /// row (migration 16) is dropped. The ledger puts the change off (`StockTotalsChange.deferMove`) and the
    /// changes of one transaction are added with one update as it commits: the movements of a group commit in one
    /// province and commodity no longer each rewrite the row (a trigger program and an update, about 16k of the
    /// writer's instructions per movement). A balance's insert, delete, and change of region or commodity keep
    /// their triggers.
    static let provinceTotalsAtCommit = Migration(
        id: 25, name: "province stock totals: SQLite's gain a transaction's moves once, as it commits", sql: """
        DROP TRIGGER stock_province_totals_after_balance_change;
        """)
}
