import LumbungCore

extension SQLiteStore: TokenStore {
    /// The principal of the live token with this secret hash.
    public func principal(secretHash: String) throws -> Principal? {
        try database.read { connection in
            try connection.queryOne("""
                SELECT id, name, role, region, cooperative_id FROM tokens
                WHERE secret_hash = ? AND revoked_at IS NULL
                """, [secretHash]) { row in
                Principal(tokenID: row.string(0), name: row.string(1), role: Role(rawValue: row.string(2)) ?? .shopkeeper,
                          region: row.optionalString(3).flatMap { RegionCode($0) }, cooperativeID: row.optionalString(4))
            }
        }
    }
}
