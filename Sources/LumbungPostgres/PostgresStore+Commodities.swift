import LumbungCore

extension PostgresStore: CommodityStore {
    /// A page of the catalogue, by id in byte order, each with its aliases in order.
    public func commodities(page: PageRequest) throws -> Page<Commodity> {
        let fetched = try database.read { connection in
            try connection.query("""
                SELECT id, name, unit, category,
                    (SELECT string_agg(alias, ' ' ORDER BY position) FROM commodity_aliases WHERE commodity = commodities.id)
                FROM commodities WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2
                """, [page.cursor ?? "", page.limit + 1]) { row in
                Commodity(id: CommodityID(row.string(0))!, name: row.string(1), unit: row.string(2),
                          category: CommodityCategory(rawValue: row.string(3))!,
                          aliases: row.optionalString(4).map { $0.split(separator: " ").map(String.init) } ?? [])
            }
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id.rawValue }
    }

    /// Inserts or replaces the entry and its aliases; true when it was new. Throws `conflict` when an
    /// alias belongs to another commodity (also when another process took it a moment earlier).
    @discardableResult
    public func putCommodity(_ commodity: Commodity, now: Timestamp) throws -> Bool {
        try database.write { connection in
            let inserted = try connection.queryOne("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit = excluded.unit, category = excluded.category,
                    updated_at = excluded.updated_at
                RETURNING xmax = 0
                """, [commodity.id.rawValue, commodity.name, commodity.unit, commodity.category.rawValue,
                      now.millisecondsSinceEpoch]) { $0.bool(0) } ?? false
            try connection.run("DELETE FROM commodity_aliases WHERE commodity = $1", [commodity.id.rawValue])
            for (position, alias) in commodity.aliases.enumerated() {
                let owner = try connection.queryOne("SELECT commodity FROM commodity_aliases WHERE alias = $1", [alias]) { $0.string(0) }
                let taken = DomainError.conflict("The alias \(alias) already belongs to \(owner ?? "another commodity").")
                guard owner == nil else { throw taken }
                do {
                    try connection.run("INSERT INTO commodity_aliases (alias, commodity, position) VALUES ($1, $2, $3)",
                                       [alias, commodity.id.rawValue, position])
                } catch let error as PostgresError where error.isUniqueViolation {
                    throw taken  // Another process inserted it since the lookup.
                }
            }
            return inserted
        }
    }
}
