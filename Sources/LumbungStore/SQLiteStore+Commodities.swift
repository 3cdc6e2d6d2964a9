import LumbungCore

extension SQLiteStore: CommodityStore {
    /// A page of the catalogue, ordered by id.
    public func commodities(page: PageRequest) throws -> Page<Commodity> {
        let fetched = try database.read { connection in
            try connection.query("SELECT id, name, unit, category FROM commodities WHERE id > ? ORDER BY id LIMIT ?",
                                 [page.cursor ?? "", page.limit + 1]) { row in
                Commodity(id: CommodityID(row.string(0))!, name: row.string(1), unit: row.string(2),
                          category: CommodityCategory(rawValue: row.string(3))!)
            }
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id.rawValue }
    }

    /// Inserts or replaces the entry; true when it was new.
    @discardableResult
    public func putCommodity(_ commodity: Commodity, now: Timestamp) throws -> Bool {
        try database.write { connection in
            let exists = try connection.queryOne("SELECT 1 FROM commodities WHERE id = ?", [commodity.id.rawValue]) { _ in true }
            try connection.run("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit, category = excluded.category,
                    updated_at = excluded.updated_at
                """, [commodity.id.rawValue, commodity.name, commodity.unit, commodity.category.rawValue,
                      now.millisecondsSinceEpoch, now.millisecondsSinceEpoch])
            return exists == nil
        }
    }
}
