import LumbungCore

extension PostgresStore: TextMessageStore {
    /// Takes a transaction-scoped advisory lock on the event id, looks the event up and runs `handle` in
    /// the same writer transaction, so the message's writes, its kept answer and its queued reply commit
    /// together; a repeat reaching any process at the same moment waits for the first and then replays.
    public func receiveText(eventID: String, sender: String, text: String, now: Timestamp,
                            _ handle: () throws -> TextAnswer) throws -> (answer: TextAnswer, replayed: Bool) {
        try database.write { connection in
            try connection.run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", ["text\u{1F}\(eventID)"])
            let kept = try connection.queryOne("SELECT status, reply FROM text_messages_in WHERE event_id = $1", [eventID]) { row in
                TextAnswer(status: try Self.textStatus(row.string(0)), parts: row.optionalString(1).map { [$0] } ?? [])
            }
            if let kept { return (kept, true) }
            let answer = try handle()
            try connection.run("""
                INSERT INTO text_messages_in (event_id, sender, text, status, reply, received_at) VALUES ($1, $2, $3, $4, $5, $6)
                """, [eventID, sender, text, answer.status.rawValue, answer.reply, now.millisecondsSinceEpoch])
            for part in answer.parts {
                try connection.run("""
                    INSERT INTO outbox (id, event_id, recipient, text, status, next_attempt_at, created_at)
                    VALUES ($1, $2, $3, $4, 'pending', $5, $6)
                    """, [EntityID.make("sms", at: now), eventID, sender, part, now.millisecondsSinceEpoch, now.millisecondsSinceEpoch])
            }
            return (answer, false)
        }
    }

    /// A savepoint inside the caller's transaction (or a transaction of its own).
    public func allOrNothing<T>(_ body: () throws -> T) throws -> T {
        try database.write { _ in try body() }
    }

    /// The outbox, newest first.
    public func outbox(status: OutboxStatus?, page: PageRequest) throws -> Page<OutboxMessage> {
        var conditions = PostgresConditions()
        if let cursor = page.cursor {
            guard let seq = Int64(cursor), seq > 0 else { throw DomainError.unknownCursor }
            conditions.add("seq < ?", seq)
        }
        if let status { conditions.add("status = ?", status.rawValue) }
        let sql = "\(Self.outboxColumns) \(conditions.sql) ORDER BY seq DESC LIMIT \(conditions.nextPlaceholder)"
        let fetched = try database.read { try $0.query(sql, conditions.arguments + [page.limit + 1], row: Self.outboxMessage) }
        return Page(fetched: fetched, limit: page.limit) { String($0.seq) }
    }

    /// Pending and failed counts, each from the status index.
    public func outboxBacklog() throws -> [OutboxStatus: Int] {
        try database.read { connection in
            var counts: [OutboxStatus: Int] = [:]
            for status in [OutboxStatus.pending, .failed] {
                counts[status] = try connection.queryOne("SELECT count(*) FROM outbox WHERE status = $1", [status.rawValue]) { $0.int(0) } ?? 0
            }
            return counts
        }
    }

    /// Pending messages due at `now`, oldest first (read by the one process sending, see `exclusively`).
    public func dueOutbox(now: Timestamp, limit: Int) throws -> [OutboxMessage] {
        try database.read { connection in
            try connection.query("""
                \(Self.outboxColumns) WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, seq LIMIT $2
                """, [now.millisecondsSinceEpoch, limit], row: Self.outboxMessage)
        }
    }

    /// Counts the attempt and records its result, if the message is still pending.
    public func recordDelivery(id: String, at time: Timestamp, error: String?, retryAt: Timestamp?) throws {
        let status: OutboxStatus = error == nil ? .sent : retryAt == nil ? .failed : .pending
        let sentAt: Int64? = error == nil ? time.millisecondsSinceEpoch : nil
        try database.write { connection in
            try connection.run("""
                UPDATE outbox SET attempts = attempts + 1, status = $1, sent_at = $2, last_error = $3, next_attempt_at = $4
                WHERE id = $5 AND status = 'pending'
                """, [status.rawValue, sentAt, error, (retryAt ?? time).millisecondsSinceEpoch, id])
        }
    }

    /// Marks the pending reply parts of `eventID` sent at `time`: the caller delivered them itself.
    public func recordRepliesHandedOver(eventID: String, at time: Timestamp) throws {
        try database.write { connection in
            try connection.run("UPDATE outbox SET status = 'sent', sent_at = $1, last_error = NULL WHERE event_id = $2 AND status = 'pending'",
                               [time.millisecondsSinceEpoch, eventID])
        }
    }

    /// Forgets messages received before `cutoff` and the replies queued before it that are settled
    /// (sent or failed); a message whose reply is still pending is kept with it.
    public func forgetTextMessages(before cutoff: Timestamp) throws {
        try database.write { connection in
            try connection.run("DELETE FROM outbox WHERE created_at < $1 AND status <> 'pending'", [cutoff.millisecondsSinceEpoch])
            try connection.run("""
                DELETE FROM text_messages_in m WHERE m.received_at < $1
                AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = m.event_id)
                """, [cutoff.millisecondsSinceEpoch])
        }
    }

    /// The columns an `OutboxMessage` is read from.
    private static let outboxColumns = "SELECT seq, id, recipient, text, status, attempts, created_at, sent_at, last_error FROM outbox"

    /// An outbox row as a message.
    private static func outboxMessage(_ row: PostgresRow) throws -> OutboxMessage {
        guard let status = OutboxStatus(rawValue: row.string(4)) else { throw PostgresError.misuse("stored outbox status \(row.string(4))") }
        return OutboxMessage(seq: row.int64(0), id: row.string(1), to: row.string(2), text: row.string(3), status: status,
                             attempts: row.int(5), createdAt: Timestamp(millisecondsSinceEpoch: row.int64(6)),
                             sentAt: row.optionalInt64(7).map(Timestamp.init(millisecondsSinceEpoch:)), lastError: row.optionalString(8))
    }

    /// A stored message status; one this version does not know is a storage fault.
    private static func textStatus(_ text: String) throws -> TextStatus {
        guard let status = TextStatus(rawValue: text) else { throw PostgresError.misuse("stored text message status \(text)") }
        return status
    }
}
