import LumbungCore

extension SQLiteStore: TextMessageStore {
    /// Looks the event up and runs `handle` inside one writer transaction, so the message's writes,
    /// its kept answer and its queued reply commit together; the single writer makes a concurrent
    /// repeat wait and then replay.
    public func receiveText(eventID: String, sender: String, text: String, now: Timestamp,
                            _ handle: () throws -> TextAnswer) throws -> (answer: TextAnswer, replayed: Bool) {
        try database.write { connection in
            let kept = try connection.queryOne("SELECT status, reply FROM text_messages_in WHERE event_id = ?", [eventID]) { row in
                TextAnswer(status: try row.parsed(0, TextStatus.init(rawValue:)), parts: row.optionalString(1).map { [$0] } ?? [])
            }
            if let kept { return (kept, true) }
            let answer = try handle()
            try connection.run("""
                INSERT INTO text_messages_in (event_id, sender, text, status, reply, received_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [eventID, sender, text, answer.status.rawValue, answer.reply, now.millisecondsSinceEpoch])
            for part in answer.parts {
                try connection.run("""
                    INSERT INTO outbox (id, event_id, recipient, text, status, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, 'pending', ?, ?)
                    """, [EntityID.make("sms", at: now), eventID, sender, part, now.millisecondsSinceEpoch,
                          now.millisecondsSinceEpoch])
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
        var conditions = SQLConditions()
        if let cursor = page.cursor {
            guard let seq = Int64(cursor), seq > 0 else { throw DomainError.unknownCursor }
            conditions.add("seq < ?", seq)
        }
        if let status { conditions.add("status = ?", status.rawValue) }
        let sql = "\(TextMessageQueries.outboxColumns) \(conditions.sql) ORDER BY seq DESC LIMIT ?"
        let fetched = try database.read { try $0.query(sql, conditions.arguments + [page.limit + 1], row: Self.outboxMessage) }
        return Page(fetched: fetched, limit: page.limit) { String($0.seq) }
    }

    /// Pending and failed counts, each from the status index.
    public func outboxBacklog() throws -> [OutboxStatus: Int] {
        try database.read { connection in
            var counts: [OutboxStatus: Int] = [:]
            for status in [OutboxStatus.pending, .failed] {
                counts[status] = try connection.queryOne(TextMessageQueries.outboxCount, [status.rawValue]) { $0.int(0) } ?? 0
            }
            return counts
        }
    }

    /// Pending messages due at `now`, oldest first.
    public func dueOutbox(now: Timestamp, limit: Int) throws -> [OutboxMessage] {
        try database.read { connection in
            try connection.query(TextMessageQueries.dueOutbox, [now.millisecondsSinceEpoch, limit], row: Self.outboxMessage)
        }
    }

    /// Counts the attempt and records its result.
    public func recordDelivery(id: String, at time: Timestamp, error: String?, retryAt: Timestamp?) throws {
        let status: OutboxStatus = error == nil ? .sent : retryAt == nil ? .failed : .pending
        let sentAt: Int64? = error == nil ? time.millisecondsSinceEpoch : nil
        try database.write { connection in
            try connection.run("""
                UPDATE outbox SET attempts = attempts + 1, status = ?, sent_at = ?, last_error = ?, next_attempt_at = ?
                WHERE id = ? AND status = 'pending'
                """, [status.rawValue, sentAt, error,
                      (retryAt ?? time).millisecondsSinceEpoch, id])
        }
    }

    /// Marks the pending reply parts of `eventID` sent at `time`: the caller delivered them itself.
    public func recordRepliesHandedOver(eventID: String, at time: Timestamp) throws {
        try database.write { connection in
            try connection.run("""
                UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE event_id = ? AND status = 'pending'
                """, [time.millisecondsSinceEpoch, eventID])
        }
    }

    /// Forgets messages received before `cutoff` and the replies queued before it that are settled
    /// (sent or failed); a message whose reply is still pending is kept with it.
    public func forgetTextMessages(before cutoff: Timestamp) throws {
        try database.write { connection in
            try connection.run(TextMessageQueries.forgetSettledReplies, [cutoff.millisecondsSinceEpoch])
            try connection.run(TextMessageQueries.forgetMessages, [cutoff.millisecondsSinceEpoch])
        }
    }

    /// An outbox row as a message.
    private static func outboxMessage(_ row: Row) throws -> OutboxMessage {
        OutboxMessage(seq: row.int64(0), id: row.string(1), to: row.string(2), text: row.string(3),
                      status: try row.parsed(4, OutboxStatus.init(rawValue:)), attempts: row.int(5),
                      createdAt: Timestamp(millisecondsSinceEpoch: row.int64(6)),
                      sentAt: row.optionalInt64(7).map(Timestamp.init(millisecondsSinceEpoch:)), lastError: row.optionalString(8))
    }
}
