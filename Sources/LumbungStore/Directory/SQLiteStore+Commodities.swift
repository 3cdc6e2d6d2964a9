import LumbungCore

extension SQLiteStore: CommodityStore {
    /// A page of the catalogue, ordered by id.
    public func commodities(page: PageRequest) throws -> Page<Commodity> {
        let fetched = try database.read { connection in
            try connection.query("""
                SELECT id, name, unit, category,
                    (SELECT group_concat(alias, ' ') FROM (SELECT alias FROM commodity_aliases WHERE commodity = commodities.id
                                                           ORDER BY position))
                FROM commodities WHERE id > ? ORDER BY id LIMIT ?
                """, [page.cursor ?? "", page.limit + 1]) { row in
                Commodity(id: try row.commodity(0), name: row.string(1), unit: row.string(2),
                          category: try row.parsed(3, CommodityCategory.init(rawValue:)),
                          aliases: row.optionalString(4).map { $0.split(separator: " ").map(String.init) } ?? [])
            }
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id.rawValue }
    }

    /// Inserts or replaces the entry and its aliases; true when it was new. Throws `conflict` when
    /// an alias belongs to another commodity.
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
            try replaceAliases(of: commodity, on: connection)
            return exists == nil
        }
    }

    /// Gives the commodity exactly its aliases, in order.
    private func replaceAliases(of commodity: Commodity, on connection: Connection) throws {
        try connection.run("DELETE FROM commodity_aliases WHERE commodity = ?", [commodity.id.rawValue])
        for (position, alias) in commodity.aliases.enumerated() {
            let owner = try connection.queryOne("SELECT commodity FROM commodity_aliases WHERE alias = ?", [alias]) {
                $0.string(0)
            }
            if let owner { throw DomainError.conflict("The alias \(alias) already belongs to \(owner).") }
            try connection.run("INSERT INTO commodity_aliases (alias, commodity, position) VALUES (?, ?, ?)",
                               [alias, commodity.id.rawValue, position])
        }
    }
}
