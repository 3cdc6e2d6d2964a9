import LumbungCore

extension PostgresStore: OutletStore {
    /// The columns every outlet query reads, in the order `outlet(_:)` expects.
    private static let outletColumns = "id, cooperative_id, name, region, latitude, longitude, address, created_at"

    /// Stores a new outlet.
    public func addOutlet(_ outlet: Outlet) throws {
        try database.write { connection in
            try connection.run("INSERT INTO outlets (\(Self.outletColumns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                               [outlet.id, outlet.cooperativeID, outlet.name, outlet.region.rawValue, outlet.latitude,
                                outlet.longitude, outlet.address, outlet.createdAt.millisecondsSinceEpoch])
        }
    }

    /// The outlet with this id, or nil.
    public func outlet(id: String) throws -> Outlet? {
        try database.read { try $0.queryOne("SELECT \(Self.outletColumns) FROM outlets WHERE id = $1", [id], row: Self.outlet) }
    }

    /// A page of the outlets in the region (whole-segment prefix) and of the cooperative, by id in byte order.
    public func outlets(_ query: OutletQuery, page: PageRequest) throws -> Page<Outlet> {
        var conditions = PostgresConditions()
        conditions.add("id COLLATE \"C\" > ?", page.cursor ?? "")
        if let region = query.region {
            conditions.add("region COLLATE \"C\" >= ? AND region COLLATE \"C\" < ?", region.subtreeRange.lower, region.subtreeRange.upper)
        }
        if let cooperativeID = query.cooperativeID { conditions.add("cooperative_id = ?", cooperativeID) }
        let fetched = try database.read { connection in
            try connection.query("""
                SELECT \(Self.outletColumns) FROM outlets \(conditions.sql) ORDER BY id COLLATE "C" LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [page.limit + 1], row: Self.outlet)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// An outlet from a row of `outletColumns`.
    private static func outlet(_ row: PostgresRow) -> Outlet {
        Outlet(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: RegionCode(row.string(3))!,
               latitude: row.optionalDouble(4), longitude: row.optionalDouble(5), address: row.optionalString(6),
               createdAt: Timestamp(millisecondsSinceEpoch: row.int64(7)))
    }
}
