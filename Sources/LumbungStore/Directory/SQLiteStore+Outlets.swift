import LumbungCore

extension SQLiteStore: OutletStore {
    /// The columns an outlet is stored with.
    private static let columns = "id, cooperative_id, name, region, latitude, longitude, address, created_at"

    /// Outlets `o` with their latest report, in the order `outlet(_:)` reads them; add `WHERE …`.
    private static let select = """
        SELECT o.id, o.cooperative_id, o.name, o.region, o.latitude, o.longitude, o.address, o.created_at, a.last_report_at
        FROM outlets o LEFT JOIN outlet_activity a ON a.outlet_id = o.id
        """

    /// Stores a new outlet.
    public func addOutlet(_ outlet: Outlet) throws {
        try database.write { try Self.insert(outlet, on: $0) }
    }

    /// The outlet with this id, or nil.
    public func outlet(id: String) throws -> Outlet? {
        try database.read { connection in
            try connection.queryOne("\(Self.select) WHERE o.id = ?", [id], row: Self.outlet)
        }
    }

    /// A page of the outlets in the region (whole-segment prefix) and of the cooperative, ordered by id.
    public func outlets(_ query: OutletQuery, page: PageRequest) throws -> Page<Outlet> {
        var conditions = SQLConditions()
        conditions.add("o.id > ?", page.cursor ?? "")
        if let region = query.region { conditions.add("o.region", within: region) }
        if let cooperativeID = query.cooperativeID { conditions.add("o.cooperative_id = ?", cooperativeID) }
        if let quietSince = query.quietSince {
            conditions.add("(a.last_report_at IS NULL OR a.last_report_at < ?)", quietSince.millisecondsSinceEpoch)
        }
        let fetched = try database.read {
            try $0.query("\(Self.select) \(conditions.sql) ORDER BY o.id LIMIT ?",
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

    /// An outlet from a row of `select`.
    private static func outlet(_ row: Row) throws -> Outlet {
        Outlet(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: try row.region(3),
               latitude: row.optionalDouble(4), longitude: row.optionalDouble(5), address: row.optionalString(6),
               createdAt: Timestamp(millisecondsSinceEpoch: row.int64(7)),
               lastReportAt: row.optionalInt64(8).map { Timestamp(millisecondsSinceEpoch: $0) })
    }
}
