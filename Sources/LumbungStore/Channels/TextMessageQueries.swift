/// The SQL of the text message channel's hot and periodic queries, named so their plans can be tested.
enum TextMessageQueries {
    /// The columns an `OutboxMessage` is read from.
    static let outboxColumns = """
        SELECT seq, id, recipient, text, status, attempts, created_at, sent_at, last_error FROM outbox
        """

    /// Pending messages due at `?`, oldest first, at most `?` (the sender's round, every second). The
    /// partial index of pending messages is named: without statistics SQLite would pick the status index
    /// and sort every pending message each round.
    static let dueOutbox = """
        \(outboxColumns) INDEXED BY outbox_due WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, seq LIMIT ?
        """

    /// How many outbox messages have status `?`.
    static let outboxCount = "SELECT count(*) FROM outbox WHERE status = ?"

    /// Sent and failed replies queued before `?`.
    static let forgetSettledReplies = "DELETE FROM outbox WHERE created_at < ? AND status <> 'pending'"

    /// Messages received before `?` whose replies are all gone.
    static let forgetMessages = """
        DELETE FROM text_messages_in WHERE received_at < ?
        AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.event_id = text_messages_in.event_id)
        """
}
