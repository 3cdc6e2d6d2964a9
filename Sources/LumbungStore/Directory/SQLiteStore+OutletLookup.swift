import LumbungCore

extension SQLiteStore: OutletLookup {
    /// The outlet with this id, or nil.
    public func outletSummary(id: String) throws -> OutletSummary? {
        try database.read { try Self.outletSummary(id: id, on: $0) }
    }

    /// The outlet with this id read on a connection already in hand (inside a transaction).
    static func outletSummary(id: String, on connection: Connection) throws -> OutletSummary? {
        try connection.queryOne("SELECT id, cooperative_id, name, region FROM outlets WHERE id = ?", [id]) { row in
            OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                          region: try row.region(3))
        }
    }
}
