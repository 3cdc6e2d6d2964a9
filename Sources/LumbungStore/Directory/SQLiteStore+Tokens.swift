import LumbungCore

extension SQLiteStore: TokenStore {
    /// The principal of the live token with this secret hash, with an assistant's cooperatives.
    public func principal(secretHash: String) throws -> Principal? {
        if let kept = admittedCallers.value(of: secretHash, generation: try currentGenerations().tokens) { return kept }
        return try database.read { connection in
            try admittedCaller(secretHash: secretHash, generation: DirectoryGenerations(on: connection).tokens, on: connection)
        }
    }

    /// The principal of the live token with this secret hash as kept under the tokens' `generation`, else read on
    /// `connection` (in the same snapshot as the generation) and kept.
    func admittedCaller(secretHash: String, generation: Int64, on connection: Connection) throws -> Principal? {
        try admittedCallers.value(of: secretHash, generation: generation,
                                  ifFound: { try Self.principal(secretHash: secretHash, on: connection) })
    }

    /// The principal of the live token whose secret hashes to `secretHash`, read on a connection in a transaction.
    static func principal(secretHash: String, on connection: Connection) throws -> Principal? {
        let found = try connection.queryOne("""
            SELECT id, name, role, region, cooperative_id FROM tokens
            WHERE secret_hash = ? AND revoked_at IS NULL
            """, [secretHash], row: Self.principal)
        return try found.map { try Self.withCooperatives($0, on: connection) }
    }

    /// The principal in columns id, name, role, region, cooperative_id of a `tokens` row.
    static func principal(_ row: Row) throws -> Principal {
        Principal(tokenID: row.string(0), name: row.string(1), role: try row.parsed(2, Role.init(rawValue:)),
                  region: try row.optionalParsed(3) { RegionCode($0) }, cooperativeID: row.optionalString(4))
    }

    /// An assistant's principal with the cooperatives its token is bound to; any other as it is.
    static func withCooperatives(_ principal: Principal, on connection: Connection) throws -> Principal {
        guard principal.role == .assistant else { return principal }
        return Principal(tokenID: principal.tokenID, name: principal.name, role: principal.role, region: nil,
                         cooperativeID: nil, cooperativeIDs: try cooperativeIDs(ofToken: principal.tokenID, on: connection))
    }

    /// The cooperatives an assistant token is bound to, by id.
    private static func cooperativeIDs(ofToken id: String, on connection: Connection) throws -> [String] {
        try connection.query("SELECT cooperative_id FROM token_cooperatives WHERE token_id = ? ORDER BY cooperative_id",
                             [id]) { $0.string(0) }
    }

    /// Stores a new token with the hash of its secret.
    public func addToken(_ token: AccessToken, secretHash: String) throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO tokens (id, name, role, region, cooperative_id, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [token.id, token.name, token.role.rawValue, token.region?.rawValue, token.cooperativeID, secretHash,
                      token.createdAt.millisecondsSinceEpoch])
            for cooperativeID in token.cooperativeIDs ?? [] {
                try connection.run("INSERT INTO token_cooperatives (token_id, cooperative_id) VALUES (?, ?)",
                                   [token.id, cooperativeID])
            }
        }
    }

    /// A page of the live tokens, ordered by id.
    public func tokens(page: PageRequest) throws -> Page<AccessToken> {
        let fetched = try database.read { connection in
            let tokens = try connection.query("""
                SELECT id, name, role, region, cooperative_id, created_at FROM tokens
                WHERE revoked_at IS NULL AND id > ? ORDER BY id LIMIT ?
                """, [page.cursor ?? "", page.limit + 1]) { row in
                AccessToken(id: row.string(0), name: row.string(1), role: try row.parsed(2, Role.init(rawValue:)),
                            region: try row.optionalParsed(3) { RegionCode($0) }, cooperativeID: row.optionalString(4),
                            createdAt: Timestamp(millisecondsSinceEpoch: row.int64(5)))
            }
            return try tokens.map { token in
                guard token.role == .assistant else { return token }
                return AccessToken(id: token.id, name: token.name, role: token.role, region: nil, cooperativeID: nil,
                                   createdAt: token.createdAt,
                                   cooperativeIDs: try Self.cooperativeIDs(ofToken: token.id, on: connection))
            }
        }
        return Page(fetched: fetched, limit: page.limit) { $0.id }
    }

    /// Which of `ids` are live tokens, in one indexed query.
    public func liveTokenIDs(among ids: Set<String>) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try database.read { connection in
            Set(try connection.query("SELECT id FROM tokens WHERE revoked_at IS NULL AND id IN (\(placeholders))",
                                     Array(ids)) { $0.string(0) })
        }
    }

    /// Marks the live token revoked; false when there is no live token with this id.
    public func revokeToken(id: String, at time: Timestamp) throws -> Bool {
        try database.write { connection in
            try connection.run("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                               [time.millisecondsSinceEpoch, id]) == 1
        }
    }
}
