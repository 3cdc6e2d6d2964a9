import LumbungCore

extension PostgresStore: OutletLookup {
    /// The outlet with this id, or nil.
    public func outletSummary(id: String) throws -> OutletSummary? {
        try database.read { connection in
            try connection.queryOne("SELECT id, cooperative_id, name, region FROM outlets WHERE id = $1", [id]) { row in
                OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: RegionCode(row.string(3))!)
            }
        }
    }

    /// The token's principal, then the outlet (each its own short read).
    public func principal(secretHash: String, outletID: String) throws -> (principal: Principal?, outlet: OutletSummary?) {
        guard let principal = try principal(secretHash: secretHash) else { return (nil, nil) }
        return (principal, try outletSummary(id: outletID))
    }
}

extension PostgresStore: CooperativeStore {
    /// Stores a new cooperative.
    public func addCooperative(_ cooperative: Cooperative) throws {
        try database.write { connection in
            try connection.run("INSERT INTO cooperatives (id, name, region, created_at) VALUES ($1, $2, $3, $4)",
                               [cooperative.id, cooperative.name, cooperative.region.rawValue, cooperative.createdAt.millisecondsSinceEpoch])
        }
    }

    /// The cooperative with this id, or nil.
    public func cooperative(id: String) throws -> Cooperative? {
        try database.read { try $0.queryOne("SELECT id, name, region, created_at FROM cooperatives WHERE id = $1", [id], row: Self.cooperative) }
    }

    /// A page of the cooperatives in the region (whole-segment prefix), ordered by id in byte order.
    public func cooperatives(in region: RegionCode?, page: PageRequest) throws -> Page<Cooperative> {
        var conditions = PostgresConditions()
        conditions.add("id COLLATE \"C\" > ?", page.cursor ?? "")
        if let region {
            conditions.add("region COLLATE \"C\" >= ? AND region COLLATE \"C\" < ?", region.subtreeRange.lower, region.subtreeRange.upper)
        }
        let fetched = try database.read { connection in
            try connection.query("""
                SELECT id, name, region, created_at FROM cooperatives \(conditions.sql) ORDER BY id COLLATE "C" LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [page.limit + 1], row: Self.cooperative)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// A cooperative from an `id, name, region, created_at` row.
    private static func cooperative(_ row: PostgresRow) -> Cooperative {
        Cooperative(id: row.string(0), name: row.string(1), region: RegionCode(row.string(2))!,
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(3)))
    }
}
