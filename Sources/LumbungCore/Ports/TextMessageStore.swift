/// Storage of inbound text messages (each handled once) and the outbox of replies.
public protocol TextMessageStore: Sendable {
    /// Runs `handle` once per `eventID` in one transaction with everything it writes, keeping its
    /// answer and queuing the reply's parts to `sender`; a repeat returns the kept answer
    /// (`replayed` true) without running it, and a concurrent repeat waits for the first.
    func receiveText(eventID: String, sender: String, text: String, now: Timestamp,
                     _ handle: () throws -> TextAnswer) throws -> (answer: TextAnswer, replayed: Bool)

    /// Runs `body` so that its writes are kept together or not at all (a savepoint inside
    /// `receiveText`); rethrows its error.
    func allOrNothing<T>(_ body: () throws -> T) throws -> T

    /// The outbox, newest first, optionally of one status.
    func outbox(status: OutboxStatus?, page: PageRequest) throws -> Page<OutboxMessage>

    /// How many outbox messages are pending and how many failed (the backlog worth watching).
    func outboxBacklog() throws -> [OutboxStatus: Int]

    /// Pending messages whose next attempt is due at `now`, oldest first.
    func dueOutbox(now: Timestamp, limit: Int) throws -> [OutboxMessage]

    /// Marks the pending reply parts of `eventID` sent at `time`: the caller delivered them itself
    /// (Gammu's `RunOnReceive` script sends the printed reply).
    func recordRepliesHandedOver(eventID: String, at time: Timestamp) throws

    /// Records a delivery attempt: sent (`error` nil), or failed and retried at `retryAt` (nil: give up).
    func recordDelivery(id: String, at time: Timestamp, error: String?, retryAt: Timestamp?) throws
}
