import LumbungCore

extension PostgresStore: IdempotencyStore {
    /// Takes a transaction-scoped advisory lock on (scope, key) before looking the key up, so a
    /// repeat reaching any process at the same moment waits for the first and then replays it;
    /// the primary key on (token_id, key) backs this up.
    public func once(scope: String, key: String, requestHash: String, now: Timestamp,
                     _ write: () throws -> StoredResponse) throws -> (response: StoredResponse, replayed: Bool) {
        try database.write { connection in
            try connection.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", ["\(scope)\u{1F}\(key)"])
            let kept = try connection.queryOne("""
                SELECT request_hash, status, headers, body FROM idempotency_keys WHERE token_id = $1 AND key = $2
                """, [scope, key]) { row in
                (hash: row.string(0), response: StoredResponse(status: row.int(1), headers: StoredResponse.headers(fromLines: row.string(2)),
                                                               body: row.bytes(3)))
            }
            if let kept {
                guard kept.hash == requestHash else { throw DomainError.idempotencyKeyReused }
                return (kept.response, true)
            }
            let response = try write()
            try connection.run("""
                INSERT INTO idempotency_keys (token_id, key, request_hash, status, headers, body, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [scope, key, requestHash, response.status, response.headerLines, response.body, now.millisecondsSinceEpoch])
            return (response, false)
        }
    }

    /// Forgets kept responses older than `cutoff`.
    public func forgetIdempotencyKeys(before cutoff: Timestamp) throws {
        try database.write { try $0.run("DELETE FROM idempotency_keys WHERE created_at < $1", [cutoff.millisecondsSinceEpoch]) }
    }
}
