import LumbungCore

extension SQLiteStore: WebSessionStore {
    /// Stores a new session of a token.
    public func startWebSession(secretHash: String, tokenID: String, formKey: String, at time: Timestamp,
                                until expiry: Timestamp) throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO web_sessions (secret_hash, token_id, form_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, [secretHash, tokenID, formKey, time.millisecondsSinceEpoch, expiry.millisecondsSinceEpoch])
        }
    }

    /// A live session (not ended, not expired) of a live token.
    public func webSession(secretHash: String, at time: Timestamp) throws -> LiveWebSession? {
        try database.read { connection in
            let found = try connection.queryOne("""
                SELECT t.id, t.name, t.role, t.region, t.cooperative_id, s.form_key
                FROM web_sessions s JOIN tokens t ON t.id = s.token_id
                WHERE s.secret_hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND t.revoked_at IS NULL
                """, [secretHash, time.millisecondsSinceEpoch]) { row in (principal: try Self.principal(row), formKey: row.string(5)) }
            return try found.map {
                LiveWebSession(principal: try Self.withCooperatives($0.principal, on: connection), formKey: $0.formKey)
            }
        }
    }

    /// Marks a live session ended.
    public func endWebSession(secretHash: String, at time: Timestamp) throws {
        try database.write { connection in
            try connection.run("UPDATE web_sessions SET ended_at = ? WHERE secret_hash = ? AND ended_at IS NULL",
                               [time.millisecondsSinceEpoch, secretHash])
        }
    }
}
