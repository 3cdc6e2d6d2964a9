import LumbungCore

extension SQLiteStore: IdempotencyStore {
    /// Looks the key up and runs `write` inside one writer transaction, so the write and its kept
    /// response commit together; the single writer makes a concurrent repeat wait and then replay.
    public func once(scope: String, key: String, requestHash: String, now: Timestamp,
                     _ write: () throws -> StoredResponse) throws -> (response: StoredResponse, replayed: Bool) {
        try database.write { connection in
            let kept = try connection.queryOne("""
                SELECT request_hash, status, headers, body FROM idempotency_keys WHERE token_id = ? AND key = ?
                """, [scope, key]) { row in
                (hash: row.string(0), response: StoredResponse(status: row.int(1), headers: StoredResponse.headers(fromLines: row.string(2)),
                                                               body: row.blob(3)))
            }
            if let kept {
                guard kept.hash == requestHash else { throw DomainError.idempotencyKeyReused }
                return (kept.response, true)
            }
            let response = try write()
            try connection.run("""
                INSERT INTO idempotency_keys (token_id, key, request_hash, status, headers, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [scope, key, requestHash, response.status, response.headerLines, response.body,
                      now.millisecondsSinceEpoch])
            return (response, false)
        }
    }

    /// Forgets kept responses older than `cutoff` (they are kept at least 24 hours).
    public func forgetIdempotencyKeys(before cutoff: Timestamp) throws {
        try database.write { try $0.run("DELETE FROM idempotency_keys WHERE created_at < ?", [cutoff.millisecondsSinceEpoch]) }
    }
}
