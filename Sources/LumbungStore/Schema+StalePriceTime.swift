extension Schema {
    /// Migration 27, the twin of PostgreSQL's: its balances now carry their current price's time, as SQLite's have
    /// since migration 18 (`listedPrices`), so there is nothing to do here. Recorded under the same id and name, so
    /// that both stores count the same migrations.
    static let stalePriceTime = Migration(
        id: 27, name: "balances carry their current price's time, so the stale-price walk reads no prices", sql: "SELECT 1;")
}
