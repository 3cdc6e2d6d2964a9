import LumbungCore

extension SQLiteStore: CooperativeStore {
    /// Stores a new cooperative.
    public func addCooperative(_ cooperative: Cooperative) throws {
        try database.write { try Self.insert(cooperative, on: $0) }
    }

    /// The cooperative with this id, or nil.
    public func cooperative(id: String) throws -> Cooperative? {
        try database.read { connection in
            try connection.queryOne("SELECT id, name, region, created_at FROM cooperatives WHERE id = ?", [id],
                                    row: Self.cooperative)
        }
    }

    /// A page of the cooperatives in the region (whole-segment prefix), ordered by id.
    public func cooperatives(in region: RegionCode?, page: PageRequest) throws -> Page<Cooperative> {
        var conditions = SQLConditions()
        conditions.add("id > ?", page.cursor ?? "")
        if let region { conditions.add("region", within: region) }
        let fetched = try database.read {
            try $0.query("SELECT id, name, region, created_at FROM cooperatives \(conditions.sql) ORDER BY id LIMIT ?",
                         conditions.arguments + [page.limit + 1], row: Self.cooperative)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// Inserts a cooperative on a connection already in a write transaction.
    static func insert(_ cooperative: Cooperative, on connection: Connection) throws {
        try connection.run("INSERT INTO cooperatives (id, name, region, created_at) VALUES (?, ?, ?, ?)",
                           [cooperative.id, cooperative.name, cooperative.region.rawValue,
                            cooperative.createdAt.millisecondsSinceEpoch])
    }

    /// A cooperative from an `id, name, region, created_at` row.
    private static func cooperative(_ row: Row) throws -> Cooperative {
        Cooperative(id: row.string(0), name: row.string(1), region: try row.region(2),
                    createdAt: Timestamp(millisecondsSinceEpoch: row.int64(3)))
    }
}
