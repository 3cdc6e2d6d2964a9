import LumbungCore

extension PostgresStore: WebSessionStore {
    /// Stores a new session of a token.
    public func startWebSession(secretHash: String, tokenID: String, formKey: String, at time: Timestamp,
                                until expiry: Timestamp) throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO web_sessions (secret_hash, token_id, form_key, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
                """, [secretHash, tokenID, formKey, time.millisecondsSinceEpoch, expiry.millisecondsSinceEpoch])
        }
    }

    /// A live session (not ended, not expired) of a live token.
    public func webSession(secretHash: String, at time: Timestamp) throws -> LiveWebSession? {
        try database.read { connection in
            try connection.queryOne("""
                SELECT t.id, t.name, t.role, t.region, t.cooperative_id, s.form_key
                FROM web_sessions s JOIN tokens t ON t.id = s.token_id
                WHERE s.secret_hash = $1 AND s.ended_at IS NULL AND s.expires_at > $2 AND t.revoked_at IS NULL
                """, [secretHash, time.millisecondsSinceEpoch]) { row in
                LiveWebSession(principal: try Self.principal(row, on: connection), formKey: row.string(5))
            }
        }
    }

    /// Marks a live session ended.
    public func endWebSession(secretHash: String, at time: Timestamp) throws {
        try database.write { connection in
            try connection.run("UPDATE web_sessions SET ended_at = $1 WHERE secret_hash = $2 AND ended_at IS NULL",
                               [time.millisecondsSinceEpoch, secretHash])
        }
    }
}
