import LumbungCore

extension SQLiteStore: WebSessionStore {
    /// Stores a new session of a token.
    public func startWebSession(secretHash: String, tokenID: String, at time: Timestamp, until expiry: Timestamp) throws {
        try database.write { connection in
            try connection.run("""
                INSERT INTO web_sessions (secret_hash, token_id, created_at, expires_at) VALUES (?, ?, ?, ?)
                """, [secretHash, tokenID, time.millisecondsSinceEpoch, expiry.millisecondsSinceEpoch])
        }
    }

    /// The principal of a live session (not ended, not expired) of a live token.
    public func webSessionPrincipal(secretHash: String, at time: Timestamp) throws -> Principal? {
        try database.read { connection in
            try connection.queryOne("""
                SELECT t.id, t.name, t.role, t.region, t.cooperative_id FROM web_sessions s JOIN tokens t ON t.id = s.token_id
                WHERE s.secret_hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND t.revoked_at IS NULL
                """, [secretHash, time.millisecondsSinceEpoch], row: Self.principal)
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
