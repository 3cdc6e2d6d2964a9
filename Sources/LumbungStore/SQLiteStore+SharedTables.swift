extension SQLiteStore {
    /// SQLite's tables that PostgreSQL does not have: the migrations' record, the lean storage behind
    /// the `price_reports` view (outlet keys, report rows, their seq counter), and what the stock check keeps
    /// (the directory's change counter, the kabupaten/kota totals), the admission keeps (the tokens' change counter) and
    /// the price reports keep (the bands' change counter), kept by triggers.
    static let sqliteOnlyTables: Set<String> = ["schema_migrations", "outlet_keys", "price_report_rows", "price_report_sequence",
                                                "directory_generation", "stock_kabupaten_totals", "token_generation",
                                                "band_generation"]

    /// The tables both storages have, as SQLite names them (a view stands for a table stored otherwise here),
    /// without SQLite's own bookkeeping, spatial index and derived tables: what `lumbung copy` moves.
    public static func sharedTables(on connection: Connection) throws -> [String] {
        try connection.query("""
            SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            AND name NOT LIKE 'outlet_locations%' ORDER BY name
            """) { $0.string(0) }.filter { !sqliteOnlyTables.contains($0) && !DerivedTables.names.contains($0) }
    }
}
