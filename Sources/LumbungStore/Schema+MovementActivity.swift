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
