import LumbungCore

extension SQLiteStore: OutletStore {
    /// The columns every outlet query reads, in the order `outlet(_:)` expects.
    private static let columns = "id, cooperative_id, name, region, latitude, longitude, address, created_at"

    /// Stores a new outlet.
    public func addOutlet(_ outlet: Outlet) throws {
        try database.write { try Self.insert(outlet, on: $0) }
    }

    /// The outlet with this id, or nil.
    public func outlet(id: String) throws -> Outlet? {
        try database.read { connection in
            try connection.queryOne("SELECT \(Self.columns) FROM outlets WHERE id = ?", [id], row: Self.outlet)
        }
    }

    /// A page of the outlets in the region (whole-segment prefix) and of the cooperative, ordered by id.
    public func outlets(_ query: OutletQuery, page: PageRequest) throws -> Page<Outlet> {
        var conditions = SQLConditions()
        conditions.add("id > ?", page.cursor ?? "")
        if let region = query.region { conditions.add("region", within: region) }
        if let cooperativeID = query.cooperativeID { conditions.add("cooperative_id = ?", cooperativeID) }
        let fetched = try database.read {
            try $0.query("SELECT \(Self.columns) FROM outlets \(conditions.sql) ORDER BY id LIMIT ?",
                         conditions.arguments + [page.limit + 1], row: Self.outlet)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// Inserts an outlet on a connection already in a write transaction.
    static func insert(_ outlet: Outlet, on connection: Connection) throws {
        try connection.run("INSERT INTO outlets (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [outlet.id, outlet.cooperativeID, outlet.name, outlet.region.rawValue, outlet.latitude,
                            outlet.longitude, outlet.address, outlet.createdAt.millisecondsSinceEpoch])
    }

    /// An outlet from a row of `columns`.
    private static func outlet(_ row: Row) throws -> Outlet {
        Outlet(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: try row.region(3),
               latitude: row.optionalDouble(4), longitude: row.optionalDouble(5), address: row.optionalString(6),
               createdAt: Timestamp(millisecondsSinceEpoch: row.int64(7)))
    }
}
