import LumbungCore

extension PostgresStore: OutletStore {
    /// The columns an outlet is stored with.
    private static let outletColumns = "id, cooperative_id, name, region, latitude, longitude, address, created_at"

    /// Outlets `o` with their latest report (`outlet_activity`), in the order `outlet(_:)` reads them; add `WHERE …`.
    private static let select = """
        SELECT o.id, o.cooperative_id, o.name, o.region, o.latitude, o.longitude, o.address, o.created_at, a.last_report_at
        FROM outlets o LEFT JOIN outlet_activity a ON a.outlet_id = o.id
        """

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
        try database.read { try $0.queryOne("\(Self.select) WHERE o.id = $1", [id], row: Self.outlet) }
    }

    /// A page of the outlets in the region (whole-segment prefix), of the cooperative and quiet since
    /// `quietSince` (never-reporting ones included), by id in byte order.
    public func outlets(_ query: OutletQuery, page: PageRequest) throws -> Page<Outlet> {
        var conditions = PostgresConditions()
        conditions.add("o.id COLLATE \"C\" > ?", page.cursor ?? "")
        if let region = query.region { conditions.add("o.region", within: region) }
        if let cooperativeID = query.cooperativeID { conditions.add("o.cooperative_id = ?", cooperativeID) }
        if let quietSince = query.quietSince {
            conditions.add("(a.last_report_at IS NULL OR a.last_report_at < ?)", quietSince.millisecondsSinceEpoch)
        }
        let fetched = try database.read { connection in
            try connection.query("""
                \(Self.select) \(conditions.sql) ORDER BY o.id COLLATE "C" LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [page.limit + 1], row: Self.outlet)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// An outlet from a row of `select`.
    private static func outlet(_ row: PostgresRow) throws -> Outlet {
        Outlet(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: try row.region(3),
               latitude: row.optionalDouble(4), longitude: row.optionalDouble(5), address: row.optionalString(6),
               createdAt: row.timestamp(7), lastReportAt: row.optionalTimestamp(8))
    }
}
