import LumbungCore

extension SQLiteStore: OutletLookup {
    /// The outlet with this id, or nil.
    public func outletSummary(id: String) throws -> OutletSummary? {
        try database.read { try Self.outletSummary(id: id, on: $0) }
    }

    /// The token's principal and the outlet, in one read transaction (one snapshot, one reader lent).
    public func principal(secretHash: String, outletID: String) throws -> (principal: Principal?, outlet: OutletSummary?) {
        try database.read { connection in
            guard let principal = try Self.principal(secretHash: secretHash, on: connection) else { return (nil, nil) }
            return (principal, try Self.outletSummary(id: outletID, on: connection))
        }
    }

    /// The outlet with this id read on a connection already in hand (inside a transaction).
    static func outletSummary(id: String, on connection: Connection) throws -> OutletSummary? {
        try connection.queryOne("SELECT id, cooperative_id, name, region FROM outlets WHERE id = ?", [id]) { row in
            OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                          region: try row.region(3))
        }
    }
}
