import LumbungCore

extension PostgresStore: TokenStore {
    /// The principal of the live token with this secret hash, with an assistant's cooperatives.
    public func principal(secretHash: String) throws -> Principal? {
        try database.read { connection in
            try connection.queryOne("""
                SELECT id, name, role, region, cooperative_id FROM tokens WHERE secret_hash = $1 AND revoked_at IS NULL
                """, [secretHash]) { try Self.principal($0, on: connection) }
        }
    }

    /// The principal in the token columns id, name, role, region, cooperative_id of `row`, with an
    /// assistant's cooperatives (read on `connection`).
    static func principal(_ row: PostgresRow, on connection: PostgresConnection) throws -> Principal {
        let role = try role(row.string(2))
        guard role == .assistant else {
            return Principal(tokenID: row.string(0), name: row.string(1), role: role,
                             region: row.optionalString(3).flatMap { RegionCode($0) }, cooperativeID: row.optionalString(4))
        }
        return Principal(tokenID: row.string(0), name: row.string(1), role: role, region: nil, cooperativeID: nil,
                         cooperativeIDs: try cooperativeIDs(ofToken: row.string(0), on: connection))
    }

    /// Stores a new token with the hash of its secret (and an assistant's cooperatives).
    public func addToken(_ token: AccessToken, secretHash: String) throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO tokens (id, name, role, region, cooperative_id, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [token.id, token.name, token.role.rawValue, token.region?.rawValue, token.cooperativeID, secretHash,
                      token.createdAt.millisecondsSinceEpoch])
            for cooperativeID in token.cooperativeIDs ?? [] {
                try connection.run("INSERT INTO token_cooperatives (token_id, cooperative_id) VALUES ($1, $2)", [token.id, cooperativeID])
            }
        }
    }

    /// A page of the live tokens, ordered by id (byte order, as in SQLite).
    public func tokens(page: PageRequest) throws -> Page<AccessToken> {
        let fetched = try database.read { connection in
            let tokens = try connection.query("""
                SELECT id, name, role, region, cooperative_id, created_at FROM tokens
                WHERE revoked_at IS NULL AND id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2
                """, [page.cursor ?? "", page.limit + 1]) { row in
                AccessToken(id: row.string(0), name: row.string(1), role: try Self.role(row.string(2)),
                            region: row.optionalString(3).flatMap { RegionCode($0) }, cooperativeID: row.optionalString(4),
                            createdAt: Timestamp(millisecondsSinceEpoch: row.int64(5)))
            }
            return try tokens.map { token in
                guard token.role == .assistant else { return token }
                return AccessToken(id: token.id, name: token.name, role: token.role, region: nil, cooperativeID: nil,
                                   createdAt: token.createdAt, cooperativeIDs: try Self.cooperativeIDs(ofToken: token.id, on: connection))
            }
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// Which of `ids` are live tokens, in one indexed query.
    public func liveTokenIDs(among ids: Set<String>) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let placeholders = (1...ids.count).map { "$\($0)" }.joined(separator: ", ")
        return try database.read { connection in
            Set(try connection.query("SELECT id FROM tokens WHERE revoked_at IS NULL AND id IN (\(placeholders))", Array(ids)) { $0.string(0) })
        }
    }

    /// Marks the live token revoked; false when there is no live token with this id.
    public func revokeToken(id: String, at time: Timestamp) throws -> Bool {
        try database.write { connection in
            try connection.run("UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                               [time.millisecondsSinceEpoch, id]) == 1
        }
    }

    /// The cooperatives an assistant token is bound to, by id.
    private static func cooperativeIDs(ofToken id: String, on connection: PostgresConnection) throws -> [String] {
        try connection.query("SELECT cooperative_id FROM token_cooperatives WHERE token_id = $1 ORDER BY cooperative_id COLLATE \"C\"",
                             [id]) { $0.string(0) }
    }

    /// A stored role; one this version does not know is a storage fault, never a guess.
    private static func role(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else { throw PostgresError.misuse("stored role \(text)") }
        return role
    }
}
