/// Triggers that refuse a malformed region code in every table holding one, as a CHECK constraint would
/// (SQLite cannot add a CHECK to an existing table without rebuilding it).
enum RegionCodeChecks {
    /// The tables with a `region` column, and what each accepts besides a code.
    private static let tables: [(table: String, alsoAllowed: String?)] = [
        ("cooperatives", nil), ("outlets", nil), ("tokens", "NEW.region IS NULL"), ("stock_balances", nil),
        ("price_reports", nil), ("current_prices", nil), ("bands", "NEW.region = ''"), ("alerts", nil),
        ("outlet_activity", nil),
    ]

    /// The GLOB shapes of the four levels: `63`, `63.71`, `63.71.01`, `63.71.01.1001`.
    private static let shapes = ["[0-9][0-9]", "[0-9][0-9].[0-9][0-9]", "[0-9][0-9].[0-9][0-9].[0-9][0-9]",
                                 "[0-9][0-9].[0-9][0-9].[0-9][0-9].[0-9][0-9][0-9][0-9]"]

    /// The triggers' SQL, one insert and one update trigger per table.
    static var sql: String {
        let wellFormed = (shapes.map { "NEW.region GLOB '\($0)'" }).joined(separator: " OR ")
        return tables.flatMap { table, alsoAllowed in
            let accepted = (alsoAllowed.map { [$0] } ?? []) + [wellFormed]
            return [("insert", "INSERT"), ("update", "UPDATE OF region")].map { name, event in
                """
                CREATE TRIGGER \(table)_region_\(name) BEFORE \(event) ON \(table)
                WHEN NOT (\(accepted.joined(separator: " OR ")))
                BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: \(table).region is not a region code'); END;
                """
            }
        }.joined(separator: "\n")
    }
}
