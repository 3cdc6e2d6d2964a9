/// Leaner indexes and stored region codes checked by the database.
extension Schema {
    /// Migration 11: drop the balances-in-stock index the covering stock-check index superseded.
    static let supersededBalanceIndex = Migration(id: 11, name: "drop the balances-in-stock index the covering stock-check index superseded", sql: """
        DROP INDEX IF EXISTS stock_balances_in_stock;
        """)

    /// Migration 12: stored region codes are well formed (kinds, statuses and roles have CHECKs already).
    static let wellFormedRegionCodes = Migration(
        id: 12, name: "stored region codes are well formed (kinds, statuses and roles have CHECKs already)",
        sql: RegionCodeChecks.sql)
}
